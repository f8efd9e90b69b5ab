package org.gongwen.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.gongwen.pdf.OfficialDocument.Block;
import org.gongwen.pdf.OfficialDocument.Paragraph;
import org.gongwen.pdf.internal.LayoutSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The faces as printed, read back from the file with PDFBox: the open defaults and the per-character fallback. */
class LayoutFacesTests {

    /** 旸 and 喆 are outside GB 2312, so outside FandolFang and FandolKai. */
    static final String RARE_NAMES = "请县应急管理局王旸、李喆同志负责联络。";

    static LayoutRenderer renderer;
    static byte[] pdf;
    static PdfFaces faces;

    @BeforeAll
    static void render() {
        renderer = new LayoutRenderer(LayoutSettings.defaults());
        OfficialDocument notice = SampleDocuments.notice(0);
        List<Block> body = new ArrayList<>(notice.body());
        body.add(new Paragraph(RARE_NAMES));
        pdf = renderer.render(withSignerAndBody(notice, "张喆", body));
        faces = new PdfFaces(pdf);
    }

    private static OfficialDocument withSignerAndBody(OfficialDocument d, String signer, List<Block> body) {
        return new OfficialDocument(
                d.redHeader(),
                d.copyNumber(),
                d.urgency(),
                d.docNumber(),
                signer,
                d.title(),
                d.mainRecipients(),
                body,
                d.attachments(),
                d.signingOrgan(),
                d.date(),
                d.seal(),
                d.note(),
                d.copyRecipients(),
                d.printingOrgan(),
                d.printingDate(),
                d.bodyPageImages());
    }

    @Test
    void theBodyIsFangsongLevelTwoHeadingsKaitiLevelOneHeadingsHeiti() {
        assertThat(faces.fontOf("为进一步规范全县电子公文交换工作")).matches("[A-Z]{6}\\+FandolFang-Regular.*");
        assertThat(faces.fontOf("（一）明确责任分工")).matches("[A-Z]{6}\\+FandolKai-Regular.*");
        assertThat(faces.fontOf("一、总体要求")).matches("[A-Z]{6}\\+NotoSansSC-Medium");
        assertThat(faces.fontOf("1. 加强值班值守")).contains("FandolFang");
    }

    @Test
    void theHeaderTitleAndTheOtherElementsUseTheirFaces() {
        assertThat(faces.fontOf("清河县人民政府文件")).endsWith("+NotoSerifSC-Black");
        assertThat(faces.fontOf("关于规范电子公文交换工作的通知")).endsWith("+NotoSerifSC-Black");
        assertThat(faces.fontOf("清政〔2026〕12号")).contains("FandolFang");
        assertThat(faces.fontOf("签发人：")).contains("FandolFang");
        assertThat(faces.fontOf("各乡镇人民政府，县政府各部门：")).contains("FandolFang");
        assertThat(faces.fontOf("电子公文交换系统操作手册")).contains("FandolFang");
        assertThat(faces.fontOf(SampleDocuments.DATE)).contains("FandolFang");
        assertThat(faces.fontOf("抄送：县委办公室")).contains("FandolFang");
        assertThat(faces.fontOf("2026年11月26日印发")).contains("FandolFang");
    }

    @Test
    void aRareCharacterOutsideFandolPrintsInTheFallbackInsteadOfFailing() {
        assertThat(faces.fontOf("王")).contains("FandolFang");
        assertThat(faces.fontOf("旸")).endsWith("+NotoSerifSC-Regular");
        assertThat(faces.fontOf("张")).contains("FandolKai");
        assertThat(faces.fontOf("喆")).endsWith("+NotoSerifSC-Regular");
        assertThat(faces.fontOf("同志负责联络")).contains("FandolFang");
    }

    @Test
    void everyFaceIsAnEmbeddedSubsetAndTheFileStaysPdfA2b() {
        assertThat(faces.all()).allMatch(f -> f.matches("[A-Z]{6}\\+.*"));
        assertThat(PdfA.failures2b(pdf)).isEmpty();
    }

    @Test
    void aCharacterNoFaceNorFallbackHasIsRefusedBeforeLayout() {
        OfficialDocument notice = SampleDocuments.notice(0);
        List<Block> body = new ArrayList<>(notice.body());
        body.add(new Paragraph("请回复\uD83D\uDE00"));
        assertThatThrownBy(() -> renderer.render(withSignerAndBody(notice, null, body)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\uD83D\uDE00");
    }
}
