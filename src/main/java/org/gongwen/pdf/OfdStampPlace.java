package org.gongwen.pdf;

/**
 * Where the seal stands on an OFD page: the page's index (from 0) and the seal's box in millimetres from
 * the page's top left, as an OFD stamp annotation's Boundary takes it.
 */
public record OfdStampPlace(int pageIndex, double xMm, double yMm, double widthMm, double heightMm) {
}
