package org.gongwen.document;

/** An attachment as uploaded with a draft. */
public record AttachmentUpload(String name, String mediaType, byte[] data) {
}
