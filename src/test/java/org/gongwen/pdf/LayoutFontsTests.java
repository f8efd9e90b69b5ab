package org.gongwen.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongwen.pdf.LayoutFaces.Element;
import org.gongwen.pdf.LayoutFaces.ElementFace;
import org.gongwen.pdf.LayoutFaces.Source;
import org.gongwen.pdf.internal.LayoutSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutFontsTests {

    @TempDir
    Path folder;

    private static LayoutSettings settings(String title, String body, String heading1, String heading2, String folder) {
        return new LayoutSettings(
                36, 1.5f, "#FF0000", 6, new LayoutSettings.Fonts(title, body, heading1, heading2, folder));
    }

    private static Map<Element, ElementFace> faces(LayoutRenderer renderer) {
        return renderer.faces().elements().stream()
                .collect(Collectors.toMap(ElementFace::element, Function.identity()));
    }

    @Test
    void aMissingFontStopsTheRendererWithTheSettingAndLocation() {
        LayoutSettings settings = settings(null, "file:/nonexistent/FangSong_GB2312.ttf", null, null, null);
        assertThatThrownBy(() -> new LayoutRenderer(settings))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gongwen.layout.fonts.body")
                .hasMessageContaining("file:/nonexistent/FangSong_GB2312.ttf")
                .hasMessageContaining("not found");
    }

    @Test
    void aFileThatIsNotAFontIsRefused() {
        LayoutSettings settings = settings("classpath:fonts/NotoSerifSC-OFL.txt", null, null, null, null);
        assertThatThrownBy(() -> new LayoutRenderer(settings))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gongwen.layout.fonts.title");
    }

    @Test
    void withoutLicensedFacesTheBundledOpenFacesStandInAndSaySo() {
        Map<Element, ElementFace> faces = faces(new LayoutRenderer(LayoutSettings.defaults()));
        assertThat(faces).hasSize(14);
        assertThat(faces.get(Element.BODY)).satisfies(f -> {
            assertThat(f.family()).isEqualTo("FandolFang");
            assertThat(f.expected()).isEqualTo("仿宋_GB2312");
            assertThat(f.source()).isEqualTo(Source.BUNDLED);
            assertThat(f.substitute()).isTrue();
            assertThat(f.fallback()).isEqualTo("Noto Serif SC");
        });
        assertThat(faces.get(Element.HEADING2).family()).isEqualTo("FandolKai");
        assertThat(faces.get(Element.SIGNER).family()).isEqualTo("FandolKai");
        assertThat(faces.get(Element.HEADING1).family()).isEqualTo("Noto Sans SC Medium");
        assertThat(faces.get(Element.TITLE).family()).isEqualTo("Noto Serif SC Black");
        assertThat(faces.get(Element.RED_HEADER).expected()).isEqualTo("方正小标宋简体");
        for (Element element : new Element[] {
            Element.DOC_NUMBER,
            Element.MAIN_RECIPIENTS,
            Element.ATTACHMENTS,
            Element.SIGNING_ORGAN,
            Element.DATE,
            Element.NOTE,
            Element.COLOPHON
        }) {
            assertThat(faces.get(element).family()).as(element.name()).isEqualTo("FandolFang");
        }
        assertThat(faces.get(Element.PAGE_NUMBER).expected()).isEqualTo("宋体");
        assertThat(faces.get(Element.PAGE_NUMBER).family()).isEqualTo("Noto Serif SC");
    }

    @Test
    void licensedFacesInTheFolderAreRecognisedByTheirNamesAndOthersListed() throws IOException {
        Files.write(
                folder.resolve("FS_GB2312.ttf"),
                RenamedFont.of("/fonts/FandolFang-Regular.otf", "FangSong_GB2312", "仿宋_GB2312"));
        Files.write(folder.resolve("simhei.ttf"), RenamedFont.of("/fonts/FandolFang-Regular.otf", "SimHei", "黑体"));
        Files.write(folder.resolve("kai.otf"), RenamedFont.of("/fonts/FandolKai-Regular.otf", "Some Kai", "某楷"));
        Files.writeString(folder.resolve("readme.txt"), "not a font, not looked at");

        LayoutRenderer renderer = new LayoutRenderer(settings(null, null, null, null, folder.toString()));
        Map<Element, ElementFace> faces = faces(renderer);
        assertThat(faces.get(Element.BODY)).satisfies(f -> {
            assertThat(f.family()).isEqualTo("仿宋_GB2312");
            assertThat(f.file())
                    .isEqualTo(folder.resolve("FS_GB2312.ttf").toAbsolutePath().toString());
            assertThat(f.source()).isEqualTo(Source.FOLDER);
            assertThat(f.substitute()).isFalse();
        });
        assertThat(faces.get(Element.HEADING1).family()).isEqualTo("黑体");
        assertThat(faces.get(Element.HEADING2).source()).isEqualTo(Source.BUNDLED);
        assertThat(renderer.faces().unrecognised()).containsExactly("kai.otf (某楷)");
        assertThat(renderer.faces().folder())
                .isEqualTo(folder.toAbsolutePath().normalize().toString());

        byte[] pdf = renderer.render(SampleDocuments.notice(0));
        assertThat(new PdfFaces(pdf).fontOf("为进一步规范")).contains("FangSong_GB2312");
        assertThat(PdfA.failures2b(pdf)).isEmpty();
    }

    @Test
    void anExplicitSettingWinsOverTheFolder() throws IOException {
        Files.write(
                folder.resolve("FS_GB2312.ttf"),
                RenamedFont.of("/fonts/FandolFang-Regular.otf", "FangSong_GB2312", "仿宋_GB2312"));
        ElementFace body = faces(new LayoutRenderer(
                        settings(null, "classpath:fonts/NotoSerifSC-Regular.ttf", null, null, folder.toString())))
                .get(Element.BODY);
        assertThat(body.source()).isEqualTo(Source.SETTING);
        assertThat(body.family()).isEqualTo("Noto Serif SC");
        assertThat(body.substitute()).isTrue();
    }

    @Test
    void aBrokenFontFileInTheFolderStopsTheStartWithItsName() throws IOException {
        Files.writeString(folder.resolve("仿宋_GB2312.ttf"), "a download that went wrong");
        assertThatThrownBy(() -> new LayoutRenderer(settings(null, null, null, null, folder.toString())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gongwen.layout.fonts.folder")
                .hasMessageContaining(
                        folder.resolve("仿宋_GB2312.ttf").toAbsolutePath().toString());
    }
}
