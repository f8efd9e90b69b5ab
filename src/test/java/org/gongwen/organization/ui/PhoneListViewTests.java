package org.gongwen.organization.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.gongwen.support.KaribuTest;
import org.junit.jupiter.api.Test;

class PhoneListViewTests extends KaribuTest {

    @Test
    void a32_thePhoneListOffersCsvAndExcelDownloads() {
        login("z01.clerk");
        UI.getCurrent().navigate(PhoneListView.class);
        PhoneListView view = (PhoneListView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        assertThat(_size(view.grid)).isPositive();
        assertThat(view.exportCsv.getText()).isEqualTo("导出 CSV");
        assertThat(view.exportCsv.getHref()).isNotBlank();
        assertThat(view.exportXlsx.getText()).isEqualTo("导出 Excel");
        assertThat(view.exportXlsx.getHref()).isNotBlank();
    }
}
