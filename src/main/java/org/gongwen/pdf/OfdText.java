package org.gongwen.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicStructure.pageObj.layer.PageBlockType;
import org.ofdrw.core.basicStructure.pageObj.layer.block.CT_PageBlock;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.reader.OFDReader;

/** The text of an OFD file as ofdrw's reader reads it. */
public final class OfdText {

    private OfdText() {}

    /**
     * Each page's text, line by line from the top ("\n" between lines): the text codes on one baseline
     * (to 0.5 mm) joined from left to right.
     */
    public static List<String> pageTexts(byte[] ofd) {
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd))) {
            List<String> pages = new ArrayList<>();
            for (int n = 1; n <= reader.getNumberOfPages(); n++) {
                Map<Long, Map<Double, String>> lines = new TreeMap<>();
                for (CT_Layer layer : reader.getPageInfo(n).getAllLayer()) {
                    collect(layer.getPageBlocks(), lines);
                }
                List<String> text = new ArrayList<>();
                lines.values().forEach(line -> text.add(String.join("", line.values())));
                pages.add(String.join("\n", text));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(List<PageBlockType> blocks, Map<Long, Map<Double, String>> lines) {
        for (PageBlockType block : blocks) {
            if (block instanceof CT_PageBlock nested) {
                collect(nested.getPageBlocks(), lines);
            } else if (block instanceof TextObject text) {
                ST_Box box = text.getBoundary();
                double left = box.getTopLeftX();
                double top = box.getTopLeftY();
                double x = 0;
                double y = 0;
                for (TextCode code : text.getTextCodes()) {
                    x = code.getX() == null ? x : code.getX();
                    y = code.getY() == null ? y : code.getY();
                    lines.computeIfAbsent(Math.round((top + y) * 2), k -> new TreeMap<>())
                            .merge(left + x, code.getContent(), String::concat);
                }
            }
        }
    }
}
