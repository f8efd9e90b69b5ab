package org.gongwen.seal.internal;

/** The seal image made from a scan, shown at true size before anything is stored. */
public record SealPreview(byte[] png, double diameterMm) {}
