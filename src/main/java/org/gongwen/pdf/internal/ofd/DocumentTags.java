package org.gongwen.pdf.internal.ofd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.dom4j.Namespace;
import org.dom4j.QName;
import org.dom4j.io.OutputFormat;
import org.dom4j.io.XMLWriter;
import org.gongwen.pdf.OfdStampPlace;
import org.gongwen.pdf.OfficialDocument;
import org.gongwen.pdf.internal.Dates;
import org.gongwen.pdf.internal.DocumentLayout;

/**
 * The semantic tags of GB/T 33476 for a laid-out document: which page objects draw each element of
 * GB/T 9704 (发文机关标志, 发文字号, 标题, 正文 …). The elements come in the standard's order and the
 * layout prints them in that order, so each element's text is found in the pages' text runs read top to
 * bottom from where the previous element ended; page numbers belong to no element. Images belong to the
 * 正文 (body pages) or to the 附件 they follow. The 印章 has no page object in OFD (its appearance is the
 * electronic signature's), so its tag carries the seal's place.
 */
final class DocumentTags {

    static final String NAMESPACE = "urn:gongwen:gbt33476:tags";
    private static final Namespace OFD = Namespace.get("ofd", "http://www.ofdspec.org/2016");

    /** A page object: the page's index and the object's index in the page's drawing. */
    record Ref(int page, int item) {}

    private final Map<String, List<Ref>> elements = new LinkedHashMap<>();
    private final OfdStampPlace seal;

    private DocumentTags(OfdStampPlace seal) {
        this.seal = seal;
    }

    private record Piece(Ref ref, String text, double top, double x) {}

    static DocumentTags of(OfficialDocument doc, List<PageDrawing> pages, OfdStampPlace seal) {
        DocumentTags tags = new DocumentTags(seal);
        List<Piece> pieces = pieces(pages);
        int cursor = 0;
        for (String[] element : expected(doc, pieces)) {
            int end = tags.match(element[0], strip(element[1]), pieces, cursor);
            cursor = end < 0 ? cursor : end;
        }
        String previous = null;
        for (Piece piece : pieces) {
            String owner = tags.ownerOf(piece.ref());
            if (owner != null) {
                previous = owner;
            } else if (piece.text().isEmpty() && previous != null) {
                String tag = previous.equals("标题") || previous.equals("主送机关") ? "正文" : previous;
                tags.elements.computeIfAbsent(tag, t -> new ArrayList<>()).add(piece.ref());
            }
        }
        return tags;
    }

    /** Each present element's tag and printed text, in the order of GB/T 9704. */
    private static List<String[]> expected(OfficialDocument doc, List<Piece> pieces) {
        List<String[]> expected = new ArrayList<>();
        if (doc.copyNumber() != null) {
            pieces.stream()
                    .filter(p -> p.ref().page() == 0
                            && p.text().matches("\\d{1,9}")
                            && Integer.parseInt(p.text()) == doc.copyNumber())
                    .findFirst()
                    .ifPresent(p -> expected.add(new String[] {"份号", p.text()}));
        }
        if (doc.urgency() != OfficialDocument.Urgency.NONE) {
            expected.add(new String[] {"紧急程度", doc.urgency().label()});
        }
        expected.add(new String[] {"发文机关标志", doc.redHeader()});
        expected.add(new String[] {"发文字号", doc.docNumber()});
        if (doc.signer() != null && !doc.signer().isBlank()) {
            expected.add(new String[] {"签发人", "签发人：" + doc.signer()});
        }
        expected.add(new String[] {"标题", doc.title()});
        if (doc.mainRecipients() != null) {
            expected.add(new String[] {"主送机关", doc.mainRecipients() + "："});
        }
        expected.add(new String[] {"正文", texts(doc.body())});
        List<OfficialDocument.Attachment> attachments = doc.attachments();
        if (!attachments.isEmpty()) {
            StringBuilder lines = new StringBuilder("附件：");
            for (int i = 0; i < attachments.size(); i++) {
                lines.append(attachments.size() == 1 ? "" : (i + 1) + ".")
                        .append(attachments.get(i).name())
                        .append(attachments.get(i).paperOnly() ? "（纸质送达）" : "");
            }
            expected.add(new String[] {"附件说明", lines.toString()});
        }
        expected.add(new String[] {"发文机关署名", doc.signingOrgan()});
        expected.add(new String[] {"成文日期", Dates.chinese(doc.date())});
        if (doc.note() != null && !doc.note().isBlank()) {
            expected.add(new String[] {"附注", "（" + doc.note() + "）"});
        }
        for (int i = 0; i < attachments.size(); i++) {
            OfficialDocument.Content content = attachments.get(i).content();
            String heading = DocumentLayout.attachmentHeading(attachments, i);
            if (content instanceof OfficialDocument.Text text) {
                expected.add(
                        new String[] {"附件", heading + (text.title() == null ? "" : text.title()) + texts(text.blocks())
                        });
            } else if (content instanceof OfficialDocument.Pages) {
                expected.add(new String[] {"附件", heading});
            }
        }
        if (!doc.copyRecipients().isEmpty()) {
            expected.add(new String[] {"抄送机关", "抄送：" + String.join("，", doc.copyRecipients()) + "。"});
        }
        if (doc.printingOrgan() != null || doc.printingDate() != null) {
            expected.add(new String[] {
                "印发机关和印发日期",
                (doc.printingOrgan() == null ? "" : doc.printingOrgan())
                        + (doc.printingDate() == null ? "" : Dates.chinese(doc.printingDate()) + "印发")
            });
        }
        return expected;
    }

    private static String texts(List<OfficialDocument.Block> blocks) {
        return String.join("", blocks.stream().map(OfficialDocument.Block::text).toList());
    }

    /** Tags the pieces from {@code cursor} on whose texts make up {@code text}; returns the index after them. */
    private int match(String tag, String text, List<Piece> pieces, int cursor) {
        if (text.isEmpty()) {
            return -1;
        }
        for (int start = cursor; start < pieces.size(); start++) {
            String first = pieces.get(start).text();
            if (first.isEmpty() || !text.startsWith(first)) {
                continue;
            }
            StringBuilder found = new StringBuilder();
            List<Ref> refs = new ArrayList<>();
            for (int i = start; i < pieces.size(); i++) {
                Piece piece = pieces.get(i);
                if (piece.text().isEmpty()) {
                    continue;
                }
                if (!text.startsWith(found + piece.text())) {
                    break;
                }
                found.append(piece.text());
                refs.add(piece.ref());
                if (found.length() == text.length()) {
                    elements.computeIfAbsent(tag, t -> new ArrayList<>()).addAll(refs);
                    return i + 1;
                }
            }
        }
        return -1;
    }

    private String ownerOf(Ref ref) {
        for (Map.Entry<String, List<Ref>> element : elements.entrySet()) {
            if (element.getValue().contains(ref)) {
                return element.getKey();
            }
        }
        return null;
    }

    /** Text runs and images top to bottom, page by page; page numbers left out. */
    private static List<Piece> pieces(List<PageDrawing> pages) {
        List<Piece> pieces = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            PageDrawing page = pages.get(p);
            List<Piece> onPage = new ArrayList<>();
            for (int i = 0; i < page.items().size(); i++) {
                PageDrawing.Item item = page.items().get(i);
                if (item instanceof PageDrawing.TextRun run) {
                    String text = strip(run.text());
                    if (!text.matches("—\\d+—")) {
                        onPage.add(new Piece(new Ref(p, i), text, page.heightPt() - run.baseline(), run.left()));
                    }
                } else if (item instanceof PageDrawing.Picture picture) {
                    onPage.add(new Piece(
                            new Ref(p, i),
                            "",
                            page.heightPt() - picture.box().getMaxY(),
                            picture.box().getX()));
                }
            }
            onPage.sort(Comparator.comparingDouble((Piece piece) -> Math.round(piece.top() * 10) / 10.0)
                    .thenComparingDouble(Piece::x));
            pieces.addAll(onPage);
        }
        return pieces;
    }

    private static String strip(String text) {
        return text.replaceAll("[\\s\\u3000]+", "");
    }

    /** The tags that were found, each with its page objects. */
    Map<String, List<Ref>> elements() {
        return elements;
    }

    /** The tag file (Doc_0/Tags/CustomTag.xml) with the written ids of pages and objects. */
    byte[] xml(List<Long> pageIds, List<List<Long>> objectIds) {
        Namespace tags = Namespace.get("gw", NAMESPACE);
        Element root = DocumentHelper.createElement(QName.get("公文", tags));
        root.add(OFD);
        elements.forEach((tag, refs) -> {
            Element element = root.addElement(QName.get(tag, tags));
            for (Ref ref : refs) {
                element.addElement(QName.get("ObjectRef", OFD))
                        .addAttribute("PageRef", String.valueOf(pageIds.get(ref.page())))
                        .setText(String.valueOf(objectIds.get(ref.page()).get(ref.item())));
            }
        });
        if (seal != null) {
            root.addElement(QName.get("印章", tags))
                    .addAttribute("PageRef", String.valueOf(pageIds.get(seal.pageIndex())))
                    .addAttribute(
                            "Boundary",
                            String.format(
                                    Locale.ROOT,
                                    "%.3f %.3f %.3f %.3f",
                                    seal.xMm(),
                                    seal.yMm(),
                                    seal.widthMm(),
                                    seal.heightMm()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLWriter writer = new XMLWriter(out, OutputFormat.createCompactFormat());
            writer.write(DocumentHelper.createDocument(root));
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
