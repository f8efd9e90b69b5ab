package org.gongwen.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/** Changes a stored layout file behind the application's back, as an attacker with database access would. */
public final class Tampering {

    private Tampering() {}

    /** Flips one bit of the stored file, inside the signed range, in the middle of its largest stream (a font). */
    public static void flipOneByteOfStoredFile(JdbcTemplate jdbc, String sha256) {
        byte[] stored = jdbc.queryForObject("select data from document_content where sha256 = ?", byte[].class, sha256);
        int at = middleOfLargestStream(stored, firstSignedPartLength(stored));
        stored[at] = (byte) (stored[at] ^ 0x01);
        jdbc.update("update document_content set data = ? where sha256 = ?", stored, sha256);
    }

    /** Flips one bit in the middle of a stored file of any kind (an attachment sent beside the layout). */
    public static void flipOneByteOfStoredAttachment(JdbcTemplate jdbc, String sha256) {
        byte[] stored = jdbc.queryForObject("select data from document_content where sha256 = ?", byte[].class, sha256);
        stored[stored.length / 2] = (byte) (stored[stored.length / 2] ^ 0x01);
        jdbc.update("update document_content set data = ? where sha256 = ?", stored, sha256);
    }

    /** The length of the part before the signature value, which the signature covers. */
    public static int firstSignedPartLength(byte[] pdf) {
        Matcher m = Pattern.compile("/ByteRange\\s*\\[\\s*0\\s+(\\d+)")
                .matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /**
     * A byte in the middle of the largest stream (a font) before {@code end}: inside the signed range and
     * away from the objects that must still parse for the signature to be found at all.
     */
    public static int middleOfLargestStream(byte[] pdf, int end) {
        String text = new String(pdf, 0, end, StandardCharsets.ISO_8859_1);
        int best = -1;
        int bestLength = 0;
        for (int start = text.indexOf("stream\n"); start >= 0; start = text.indexOf("stream\n", start + 1)) {
            int stop = text.indexOf("endstream", start);
            if (stop > start && stop - start > bestLength && !text.startsWith("end", start - 3)) {
                best = start;
                bestLength = stop - start;
            }
        }
        assertThat(best).isPositive();
        return best + bestLength / 2;
    }
}
