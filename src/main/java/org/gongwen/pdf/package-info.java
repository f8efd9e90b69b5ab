/**
 * PDF primitives shared by document, receipt and seal: GB/T 9704 layout as PDF/A-2b ({@link
 * org.gongwen.pdf.LayoutRenderer}). iText stays inside this module: no iText type appears in its API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "PDF")
package org.gongwen.pdf;
