package org.gongwen.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * An attachment as uploaded with a draft: the whole file, or only its first bytes (enough to tell
 * its type) and its size when it is larger than could be sent electronically.
 */
public record AttachmentUpload(String name, String mediaType, byte[] data, long sizeBytes) {

    /** What is kept of a file that goes on paper: its type is told by its first bytes. */
    static final int HEAD_BYTES = 64 * 1024;

    /** The whole file. */
    public AttachmentUpload(String name, String mediaType, byte[] data) {
        this(name, mediaType, data, data == null ? 0 : data.length);
    }

    /** Whether {@link #data} is the whole file. */
    public boolean complete() {
        return data != null && data.length == sizeBytes;
    }

    /**
     * Reads a file, keeping all of it if it has at most {@code keep} bytes; of a larger one only
     * the first bytes are kept and the rest is counted, so its size is known without holding it.
     */
    public static AttachmentUpload read(String name, String mediaType, InputStream in, long keep) throws IOException {
        byte[] data = in.readNBytes((int) Math.min(keep + 1, Integer.MAX_VALUE - 16));
        if (data.length <= keep) {
            return new AttachmentUpload(name, mediaType, data);
        }
        long size = data.length + in.transferTo(OutputStream.nullOutputStream());
        return new AttachmentUpload(name, mediaType, Arrays.copyOf(data, Math.min(data.length, HEAD_BYTES)), size);
    }
}
