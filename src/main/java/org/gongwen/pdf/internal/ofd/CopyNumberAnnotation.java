package org.gongwen.pdf.internal.ofd;

import java.util.List;
import java.util.Locale;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.dom4j.QName;

/**
 * Adds the 份号 to a sealed OFD as an annotation of page 1, where GB/T 9704 puts it: flush left on the first
 * line of the type area (37 mm from the top, 28 mm from the left), 3号 仿宋 on the body's character pitch, drawn as
 * path outlines so that no font is needed (see {@link DigitOutlines}). Only
 * annotation files change, which the seal leaves open; the content stays as sealed.
 */
public final class CopyNumberAnnotation {

    /** A4 type area after GB/T 9704: 156 × 225 mm, 22 lines of 28 characters. */
    private static final double LEFT = 28;

    private static final double TOP = 37;
    private static final double LINE = 225.0 / 22;
    private static final double PITCH = 156.0 / 28;
    private static final double SIZE_3 = 16 * 25.4 / 72;
    private static final double BASELINE = (LINE - SIZE_3) / 2 + 0.88 * SIZE_3;
    /** Object IDs far above the document's own: its Document.xml (MaxUnitID) is sealed and cannot change. */
    private static final long ID_OFFSET = 1_000_000;

    private final int digits;

    public CopyNumberAnnotation(int digits) {
        this.digits = digits;
    }

    public String text(int copyNumber) {
        if (copyNumber < 1 || String.valueOf(copyNumber).length() > digits) {
            throw new IllegalArgumentException("a copy number has 1 to " + digits + " digits: " + copyNumber);
        }
        return String.format("%0" + digits + "d", copyNumber);
    }

    public byte[] add(byte[] ofd, int copyNumber) {
        String text = text(copyNumber);
        OfdPackage pkg = OfdPackage.read(ofd);
        List<String> pages = OfdPages.of(pkg);
        if (pages.isEmpty()) {
            throw new OfdFormatException("文档没有页面");
        }
        long id = OfdPages.maxUnitId(pkg) + ID_OFFSET;
        double width = PITCH * digits;
        Element annot = element("Annot")
                .addAttribute("ID", Long.toString(id))
                .addAttribute("Type", "Stamp")
                .addAttribute("Subtype", "份号")
                .addAttribute("Creator", "gongwen")
                .addAttribute("ReadOnly", "true");
        annot.addElement(name("Remark")).setText("份号 " + text);
        annot.addElement(name("Parameters"))
                .addElement(name("Parameter"))
                .addAttribute("Name", "份号")
                .setText(text);
        Element appearance = annot.addElement(name("Appearance")).addAttribute("Boundary", box(LEFT, TOP, width, LINE));
        // the digits as outlines: the document's embedded fonts are subsets that may lack them
        for (int i = 0; i < text.length(); i++) {
            appearance
                    .addElement(name("PathObject"))
                    .addAttribute("ID", Long.toString(id + 1 + i))
                    .addAttribute("Boundary", box(PITCH * i, 0, PITCH, LINE))
                    .addAttribute("Stroke", "false")
                    .addAttribute("Fill", "true")
                    .addElement(name("FillColor"))
                    .addAttribute("Value", "0 0 0")
                    .getParent()
                    .addElement(name("AbbreviatedData"))
                    .setText(DigitOutlines.of(text.charAt(i), SIZE_3, BASELINE));
        }
        new PageAnnotations(pkg).add(pages.get(0), 0, annot);
        return pkg.toBytes();
    }

    private static Element element(String localName) {
        return DocumentHelper.createElement(name(localName));
    }

    private static QName name(String localName) {
        return QName.get(localName, "ofd", OfdPackage.NS);
    }

    private static String box(double x, double y, double w, double h) {
        return number(x) + " " + number(y) + " " + number(w) + " " + number(h);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value).replaceFirst("\\.?0+$", "");
    }
}
