package org.gongwen.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.gongwen.pdf.LayoutRenderer;
import org.gongwen.pdf.OfficialDocument;
import org.gongwen.support.PdfInspection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GB/T 9704 7.3.1: titles break by sense into a trapezoid or a diamond; breaks given by hand stay. */
class TitleLinesTests {

    /** 2号 (22 pt) ideographs a full em wide, digits and Latin letters half: 20 ideographs to a line. */
    static final ToDoubleFunction<String> WIDTH = text ->
            text.codePoints().mapToDouble(c -> c < 0x2E80 && c != '—' ? 11 : 22).sum();

    static List<String> lines(String title) {
        return TitleLines.of(title, WIDTH, PageGrid.WIDTH);
    }

    @Test
    void breaksGivenByHandStay() {
        assertThat(lines("清河县人民政府\n关于规范电子公文交换工作的通知")).containsExactly("清河县人民政府", "关于规范电子公文交换工作的通知");
        assertThat(lines("关于做好\n今冬明春森林防火工作的通知")).containsExactly("关于做好", "今冬明春森林防火工作的通知");
    }

    @Test
    void aTitleThatFitsStaysOnOneLine() {
        assertThat(lines("关于规范电子公文交换工作的通知")).containsExactly("关于规范电子公文交换工作的通知");
    }

    @Test
    void longTitlesBreakAtSenseBoundaries() {
        assertThat(lines("关于做好2026年今冬明春森林草原防灭火工作的通知")).containsExactly("关于做好2026年", "今冬明春森林草原防灭火工作的通知");
        assertThat(lines("清河县人民政府关于同意设立清河县经济开发区管理委员会的批复")).containsExactly("清河县人民政府关于同意设立", "清河县经济开发区管理委员会的批复");
        assertThat(lines("关于进一步加强和改进全县电子公文交换与安全保密管理工作的实施意见")).containsExactly("关于进一步加强和改进全县电子公文交换", "与安全保密管理工作的实施意见");
        assertThat(lines("清河县教育局、清河县财政局、清河县人力资源和社会保障局关于调整全县义务教育阶段教师绩效工资标准的通知"))
                .containsExactly("清河县教育局、清河县财政局、", "清河县人力资源和社会保障局关于调整", "全县义务教育阶段教师绩效工资标准的通知");
        assertThat(lines("关于表彰2025年度全县电子公文交换工作先进集体和先进个人的决定"))
                .containsExactly("关于表彰2025年度", "全县电子公文交换工作先进集体", "和先进个人的决定");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "关于做好2026年今冬明春森林草原防灭火工作的通知",
                "清河县人民政府办公室关于印发清河县电子公文交换系统运行维护管理办法的通知",
                "关于转发《市人民政府办公室关于做好2026年度政务信息公开工作的通知》的通知",
                "清河县人民政府关于2026年上半年全县经济运行情况和下半年重点工作安排的报告",
                "关于申请拨付清河县城关镇老旧小区改造及配套基础设施建设专项资金的请示",
                "清河县人民政府关于印发《清河县突发事件总体应急预案》《清河县防汛抗旱应急预案》的通知"
            })
    void linesAreBalancedAndNeverTooShortOrHourglassShaped(String title) {
        List<String> lines = lines(title);
        assertThat(String.join("", lines)).isEqualTo(title);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.codePointCount(0, line.length())).isGreaterThanOrEqualTo(3);
            assertThat(WIDTH.applyAsDouble(line)).isLessThanOrEqualTo(PageGrid.WIDTH);
        });
        for (int i = 1; i + 1 < lines.size(); i++) {
            double middle = WIDTH.applyAsDouble(lines.get(i));
            assertThat(middle < WIDTH.applyAsDouble(lines.get(i - 1)) - 11
                            && middle < WIDTH.applyAsDouble(lines.get(i + 1)) - 11)
                    .as("hourglass %s", lines)
                    .isFalse();
        }
        assertThat(lines).noneMatch(line -> line.startsWith("》") || line.startsWith("、") || line.endsWith("《"));
        assertThat(String.join("|", lines))
                .doesNotContain("今冬明|春")
                .doesNotContain("年|度")
                .doesNotContain("20|26");
    }

    @Test
    void theLayoutSetsTheTitleOnTheLinesChosen() {
        OfficialDocument doc = new OfficialDocument(
                "清河县人民政府文件",
                null,
                null,
                "清政〔2026〕3号",
                null,
                "关于做好2026年今冬明春森林草原防灭火工作的通知",
                "各乡镇人民政府",
                List.of(new OfficialDocument.Paragraph("请认真贯彻执行。")),
                null,
                "清河县人民政府",
                LocalDate.of(2026, 1, 5),
                null,
                null,
                null,
                null,
                null);
        PdfInspection pdf = new PdfInspection(new LayoutRenderer(LayoutSettings.defaults()).render(doc));
        assertThat(pdf.texts).anySatisfy(run -> assertThat(run.text().strip()).isEqualTo("关于做好2026年"));
        assertThat(pdf.texts).anySatisfy(run -> assertThat(run.text().strip()).isEqualTo("今冬明春森林草原防灭火工作的通知"));
    }
}
