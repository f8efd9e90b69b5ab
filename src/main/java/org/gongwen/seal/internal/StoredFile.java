package org.gongwen.seal.internal;

/** A stored file as it is handed out: its media type, its name, its bytes. */
public record StoredFile(String mediaType, String filename, byte[] data) {}
