package org.gongwen.seal;

/** A scan of the paper seal impression (印模) as uploaded: its type is decided by its content. */
public record ImpressionUpload(String filename, byte[] data) {

    public ImpressionUpload {
        filename = filename == null || filename.isBlank() ? "impression" : filename.strip();
        if (filename.length() > 200) {
            filename = filename.substring(filename.length() - 200);
        }
    }
}
