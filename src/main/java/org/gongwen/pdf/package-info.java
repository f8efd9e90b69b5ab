/**
 * PDF primitives shared by document, receipt and seal: GB/T 9704 layout as PDF/A-2b ({@link
 * org.gongwen.pdf.LayoutRenderer}), OFD, signatures, and the pages of uploaded PDFs ({@link
 * org.gongwen.pdf.PdfPages}). iText, PDFBox and ofdrw stay inside this module: none of their types appears in
 * its API, and no other module uses them (ModularityTests).
 */
@org.springframework.modulith.ApplicationModule(displayName = "PDF")
package org.gongwen.pdf;
