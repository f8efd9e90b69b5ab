package org.gongwen.document.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.List;
import org.gongwen.document.internal.LayoutFacesReport;
import org.gongwen.support.KaribuTest;
import org.junit.jupiter.api.Test;

class LayoutFacesViewTests extends KaribuTest {

    @Test
    void administratorsSeeEveryElementsFaceAndWhereAnOpenFaceStandsIn() {
        login("admin");
        UI.getCurrent().navigate(LayoutFacesView.class);
        LayoutFacesView view = (LayoutFacesView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);

        List<LayoutFacesReport.Row> rows =
                view.grid.getListDataView().getItems().toList();
        assertThat(rows)
                .extracting(LayoutFacesReport.Row::name)
                .containsExactly(
                        "发文机关标志", "标题", "发文字号", "签发人", "主送机关", "正文", "一级标题", "二级标题", "附件说明", "发文机关署名", "成文日期", "附注",
                        "版记", "页码");
        LayoutFacesReport.Row body =
                rows.stream().filter(r -> r.name().equals("正文")).findFirst().orElseThrow();
        assertThat(body.family()).isEqualTo("FandolFang");
        assertThat(body.sourceName()).isEqualTo("内置开源字体");
        assertThat(body.file()).isEqualTo("classpath:fonts/FandolFang-Regular.otf");
        assertThat(body.warning()).isEqualTo("以开源字体 FandolFang 替代 仿宋_GB2312");
        assertThat(rows.stream()
                        .filter(r -> r.name().equals("二级标题"))
                        .findFirst()
                        .orElseThrow()
                        .warning())
                .isEqualTo("以开源字体 FandolKai 替代 楷体_GB2312");
        assertThat(rows.stream()
                        .filter(r -> r.name().equals("标题"))
                        .findFirst()
                        .orElseThrow()
                        .warning())
                .isEqualTo("以开源字体 Noto Serif SC Black 替代 方正小标宋简体");
        assertThat(view.folder.getText()).startsWith("目录：").endsWith("test-fonts");
    }

    @Test
    void clerksDoNotOpenTheLayoutFaces() {
        login("z01.clerk");
        UI.getCurrent().navigate(LayoutFacesView.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isNotInstanceOf(LayoutFacesView.class);
    }
}
