package org.gongwen.shared;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How the REST API hands over a file: its media type and the Content-Disposition that names it.
 * A name the API makes itself (ASCII) goes as {@code filename="…"}; a name that may hold Chinese
 * (an uploaded file's, one made from a document number) is also sent RFC 5987-encoded as
 * {@code filename*=UTF-8''…}, the form browsers save it under.
 */
public final class Downloads {

    /** CSV, in UTF-8. */
    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    public static final String XLSX_VALUE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final MediaType XLSX = MediaType.parseMediaType(XLSX_VALUE);

    private Downloads() {}

    /** A 200 carrying a file of the type, with its Content-Disposition; the caller adds the body. */
    public static ResponseEntity.BodyBuilder file(MediaType type, String contentDisposition) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition);
    }

    /** The browser saves the file under the ASCII name. */
    public static String attachment(String asciiName) {
        return ContentDisposition.attachment().filename(asciiName).build().toString();
    }

    /** The browser shows the file, named with the ASCII name. */
    public static String inline(String asciiName) {
        return ContentDisposition.inline().filename(asciiName).build().toString();
    }

    /** The browser saves the file under the name, Chinese included. */
    public static String attachmentUtf8(String name) {
        return ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8)
                .build()
                .toString();
    }

    /** The browser shows the file, named with the name, Chinese included. */
    public static String inlineUtf8(String name) {
        return ContentDisposition.inline()
                .filename(name, StandardCharsets.UTF_8)
                .build()
                .toString();
    }
}
