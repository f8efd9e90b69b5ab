package org.gongwen.pdf;

/**
 * Where a seal's stamp annotation sits on an OFD page: the page (0 for the first) and the box in millimetres
 * from the page's top-left corner, the OFD coordinate system (GB/T 33190).
 */
public record OfdStampPlace(int pageIndex, double xMm, double yMm, double widthMm, double heightMm) {}
