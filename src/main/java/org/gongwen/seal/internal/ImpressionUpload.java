package org.gongwen.seal.internal;

import org.gongwen.shared.FileNames;

/**
 * A scan of the paper seal impression (印模) as uploaded: its type is decided by its content,
 * its name is the safe display name of what the client sent.
 */
public record ImpressionUpload(String filename, byte[] data) {

    public ImpressionUpload {
        filename = FileNames.displayName(filename, "impression");
    }
}
