package org.gongwen.document;

/** An attachment: transmitted electronically, or too large and delivered on paper (A11.3). */
public record AttachmentInfo(long id, String name, String mediaType, long sizeBytes, boolean paperOnly) {}
