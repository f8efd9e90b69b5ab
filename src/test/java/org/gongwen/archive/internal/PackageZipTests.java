package org.gongwen.archive.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.Sha256;
import org.junit.jupiter.api.Test;

class PackageZipTests {

    private static LinkedHashMap<String, byte[]> files() {
        LinkedHashMap<String, byte[]> files = new LinkedHashMap<>();
        files.put("metadata.xml", "<archivalPackage/>".getBytes(StandardCharsets.UTF_8));
        files.put("audit.xml", "".getBytes(StandardCharsets.UTF_8));
        return files;
    }

    @Test
    void theManifestIsInSha256sumFormatAndTheBytesAreTheSameEachTime() {
        byte[] zip = PackageZip.withManifest(files());
        assertThat(PackageZip.withManifest(files())).isEqualTo(zip);
        LinkedHashMap<String, byte[]> read = PackageZip.read(zip, 1024);
        assertThat(read.keySet()).containsExactly("metadata.xml", "audit.xml", PackageZip.MANIFEST);
        assertThat(new String(read.get(PackageZip.MANIFEST), StandardCharsets.UTF_8))
                .isEqualTo(Sha256.hex("<archivalPackage/>".getBytes(StandardCharsets.UTF_8)) + "  metadata.xml\n"
                        + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  audit.xml\n");
        assertThat(PackageZip.parseManifest(read.get(PackageZip.MANIFEST)))
                .containsOnlyKeys("metadata.xml", "audit.xml");
    }

    @Test
    void whatIsNoZipOrUnpacksTooLargeIsRefused() {
        assertThatThrownBy(() -> PackageZip.read("PK? no".getBytes(StandardCharsets.UTF_8), 1024))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.INVALID));
        byte[] zip = PackageZip.withManifest(files());
        assertThatThrownBy(() -> PackageZip.read(zip, 20))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.TOO_LARGE));
    }
}
