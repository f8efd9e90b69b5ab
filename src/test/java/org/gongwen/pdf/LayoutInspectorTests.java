package org.gongwen.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.gongwen.pdf.internal.LayoutSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A10.1 format: the elements and the seal a recipient finds in a layout file. */
class LayoutInspectorTests {

    static LayoutRenderer renderer;

    final LayoutInspector inspector = new LayoutInspector();

    @BeforeAll
    static void fonts() {
        renderer = new LayoutRenderer(LayoutSettings.defaults());
    }

    @Test
    void a10_1_aSealedLayoutShowsItsElementsAndOneSeal() {
        LayoutFacts facts = inspector.inspect(renderer.render(SampleDocuments.notice(0)));

        assertThat(facts.readable()).isTrue();
        assertThat(facts.pages()).isPositive();
        assertThat(facts.sealImages()).isEqualTo(1);
        assertThat(facts.mentions("清河县人民政府文件")).isTrue();
        assertThat(facts.mentions("清政〔2026〕12号")).isTrue();
        assertThat(facts.mentions("清河县人民政府关于规范电子公文交换工作的通知")).isTrue();
        assertThat(facts.mentions(LocalDate.of(2026, 11, 25))).isTrue();
        assertThat(facts.mentions("清政〔2026〕13号")).isFalse();
        assertThat(facts.mentions(LocalDate.of(2026, 11, 24))).isFalse();
    }

    @Test
    void a10_1_anUnsealedLayoutHasNoSealAndBodyPageImagesAreNoSeals() {
        OfficialDocument sealed = SampleDocuments.notice(0);
        OfficialDocument unsealed = new OfficialDocument(
                sealed.redHeader(),
                null,
                sealed.urgency(),
                sealed.docNumber(),
                null,
                sealed.title(),
                sealed.mainRecipients(),
                sealed.body(),
                List.of(),
                sealed.signingOrgan(),
                sealed.date(),
                null,
                null,
                List.of(),
                sealed.printingOrgan(),
                sealed.printingDate(),
                List.of(SampleDocuments.sealPng()));

        LayoutFacts facts = inspector.inspect(renderer.render(unsealed));

        assertThat(facts.readable()).isTrue();
        assertThat(facts.sealImages()).isZero();
    }

    @Test
    void aDamagedFileIsUnreadableNotAnException() {
        LayoutFacts facts = inspector.inspect("%PDF-1.7 这不是完整的文件".getBytes(StandardCharsets.UTF_8));

        assertThat(facts.readable()).isFalse();
        assertThat(facts.pages()).isZero();
        assertThat(facts.mentions("清河县")).isFalse();
        assertThat(inspector.inspect(null).readable()).isFalse();
    }
}
