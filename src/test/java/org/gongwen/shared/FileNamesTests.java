package org.gongwen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileNamesTests {

    @Test
    void aDisplayNameIsTheBaseNameWithoutControlsOrReservedCharacters() {
        assertThat(FileNames.displayName("../../etc/passwd", "附件")).isEqualTo("passwd");
        assertThat(FileNames.displayName("C:\\Users\\王芳\\通知.docx", "附件")).isEqualTo("通知.docx");
        assertThat(FileNames.displayName("<script>alert(1)<_script>.pdf", "附件"))
                .isEqualTo("_script_alert(1)__script_.pdf");
        assertThat(FileNames.displayName("invoice\u202Egnp.exe", "附件")).isEqualTo("invoicegnp.exe");
        assertThat(FileNames.displayName("a\u0000b.pdf", "附件")).isEqualTo("ab.pdf");
        assertThat(FileNames.displayName("..hidden.", "附件")).isEqualTo("hidden");
        assertThat(FileNames.displayName("  ", "附件")).isEqualTo("附件");
        assertThat(FileNames.displayName(null, "附件")).isEqualTo("附件");
        assertThat(FileNames.displayName("dir/", "附件")).isEqualTo("附件");
    }

    @Test
    void aLongNameIsShortenedWithItsExtensionKept() {
        String name = FileNames.displayName("长".repeat(300) + ".pdf", "附件");
        assertThat(name).hasSize(FileNames.MAX_LENGTH).endsWith("长.pdf");
    }

    @Test
    void theContentDecidesTheTypeAndMustMatchAKnownExtension() {
        byte[] pdf = "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);
        byte[] zip = {'P', 'K', 3, 4, 0};
        byte[] text = "hello".getBytes(StandardCharsets.US_ASCII);
        assertThat(FileContent.of(pdf, "x.txt")).isEqualTo(FileContent.PDF);
        assertThat(FileContent.of(zip, "正文.docx")).isEqualTo(FileContent.DOCX);
        assertThat(FileContent.of(zip, "包.zip")).isEqualTo(FileContent.ZIP);
        assertThat(FileContent.of(text, "a.png")).isEqualTo(FileContent.OTHER);
        assertThat(FileContent.of(" <?xml version=\"1.0\"?>".getBytes(StandardCharsets.US_ASCII), null))
                .isEqualTo(FileContent.XML);
        assertThat(FileContent.matchesName(FileContent.OTHER, "a.png")).isFalse();
        assertThat(FileContent.matchesName(FileContent.PDF, "a.pdf")).isTrue();
        assertThat(FileContent.matchesName(FileContent.OTHER, "说明.txt")).isTrue();
        assertThat(FileContent.matchesName(FileContent.DOCX, "a.zip")).isTrue();
    }
}
