package org.gongwen.pdf.internal.ofd;

import com.itextpdf.kernel.pdf.canvas.PdfCanvas;

/**
 * Replays an OFD path's AbbreviatedData (GB/T 33190 9.3.5: S/M move, L line, Q quadratic, B cubic,
 * A arc, C close) on a PDF canvas in the object's coordinates. Arcs are drawn as a line to their end
 * point, which the documents this viewer meets do not use.
 */
final class PathData {

    private PathData() {}

    static void replay(String data, PdfCanvas canvas) {
        String[] t = data.trim().split("\\s+");
        double x = 0;
        double y = 0;
        for (int i = 0; i < t.length; ) {
            switch (t[i++]) {
                case "S", "M" -> {
                    x = num(t[i++]);
                    y = num(t[i++]);
                    canvas.moveTo(x, y);
                }
                case "L" -> {
                    x = num(t[i++]);
                    y = num(t[i++]);
                    canvas.lineTo(x, y);
                }
                case "Q" -> {
                    double cx = num(t[i++]);
                    double cy = num(t[i++]);
                    double ex = num(t[i++]);
                    double ey = num(t[i++]);
                    canvas.curveTo(
                            x + 2.0 / 3 * (cx - x),
                            y + 2.0 / 3 * (cy - y),
                            ex + 2.0 / 3 * (cx - ex),
                            ey + 2.0 / 3 * (cy - ey),
                            ex,
                            ey);
                    x = ex;
                    y = ey;
                }
                case "B" -> {
                    double x1 = num(t[i++]);
                    double y1 = num(t[i++]);
                    double x2 = num(t[i++]);
                    double y2 = num(t[i++]);
                    x = num(t[i++]);
                    y = num(t[i++]);
                    canvas.curveTo(x1, y1, x2, y2, x, y);
                }
                case "A" -> {
                    i += 5;
                    x = num(t[i++]);
                    y = num(t[i++]);
                    canvas.lineTo(x, y);
                }
                case "C" -> canvas.closePath();
                default -> {
                    // an unknown operator: skip its token
                }
            }
        }
    }

    private static double num(String token) {
        return Double.parseDouble(token);
    }
}
