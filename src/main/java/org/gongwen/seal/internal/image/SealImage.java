package org.gongwen.seal.internal.image;

/** A seal image ready for the layout: a square ARGB PNG, transparent outside the ink, at {@code dpi}. */
public record SealImage(byte[] png, int sizePx, double diameterMm, int dpi) {}
