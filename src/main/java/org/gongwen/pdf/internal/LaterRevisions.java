package org.gongwen.pdf.internal;

import com.itextpdf.kernel.pdf.DocumentRevision;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfIndirectReference;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfRevisionsReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether what was added to a PDF after a signature is only what PAdES adds to keep it verifiable:
 * validation data in the DSS and document time-stamps (invisible signature fields). Anything else —
 * changed pages, contents, resources, other fields or annotations — is a change after signing.
 */
public final class LaterRevisions {

    /** Keys of the catalog that validation data and document time-stamps may change. */
    private static final Set<PdfName> CATALOG_KEYS =
            Set.of(PdfName.DSS, PdfName.Extensions, PdfName.AcroForm, PdfName.Metadata);

    private static final Set<PdfName> ACROFORM_KEYS = Set.of(PdfName.Fields, PdfName.SigFlags);
    private static final Set<PdfName> PAGE_KEYS = Set.of(PdfName.Annots);

    private LaterRevisions() {}

    /** {@code signedEnd}: where the signed revision ends, the end of the signature's byte range. */
    public static boolean onlyValidationData(byte[] pdf, long signedEnd) throws IOException {
        List<DocumentRevision> revisions =
                new PdfRevisionsReader(new PdfReader(new ByteArrayInputStream(pdf))).getAllRevisions();
        int signed = -1;
        for (int i = 0; i < revisions.size(); i++) {
            long eof = revisions.get(i).getEofOffset();
            if (eof >= signedEnd && eof - signedEnd <= 2) {
                signed = i;
                break;
            }
        }
        // bytes after the last revision belong to no revision and to no signature
        if (signed < 0 || pdf.length - revisions.get(revisions.size() - 1).getEofOffset() > 2) {
            return false;
        }
        for (int i = signed + 1; i < revisions.size(); i++) {
            if (!permitted(pdf, revisions.get(i - 1).getEofOffset(), revisions.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean permitted(byte[] pdf, long previousEnd, DocumentRevision revision) throws IOException {
        try (PdfDocument before = open(pdf, previousEnd);
                PdfDocument after = open(pdf, revision.getEofOffset())) {
            PdfDictionary oldCatalog = before.getCatalog().getPdfObject();
            Set<Integer> validationData = validationData(oldCatalog);
            int oldSize = before.getNumberOfPdfObjects();
            for (PdfIndirectReference reference : revision.getModifiedObjects()) {
                int number = reference.getObjNumber();
                PdfObject was = number < oldSize ? before.getPdfObject(number) : null;
                PdfObject is = after.getPdfObject(number);
                if (was == null) {
                    continue;
                }
                if (is == null || !permittedChange(number, was, is, before, validationData)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static boolean permittedChange(
            int number, PdfObject was, PdfObject is, PdfDocument before, Set<Integer> validationData) {
        PdfDictionary catalog = before.getCatalog().getPdfObject();
        if (validationData.contains(number)
                || number == objectNumber(before.getTrailer().get(PdfName.Info, false))
                || number == objectNumber(catalog.get(PdfName.Metadata, false))) {
            return true;
        }
        if (number == catalog.getIndirectReference().getObjNumber()) {
            return sameExcept((PdfDictionary) was, (PdfDictionary) is, CATALOG_KEYS)
                    && acroFormPermitted(
                            catalog.getAsDictionary(PdfName.AcroForm),
                            ((PdfDictionary) is).getAsDictionary(PdfName.AcroForm));
        }
        if (number == objectNumber(catalog.get(PdfName.AcroForm, false))) {
            return acroFormPermitted((PdfDictionary) was, (PdfDictionary) is);
        }
        if (was instanceof PdfDictionary page && PdfName.Page.equals(page.getAsName(PdfName.Type))) {
            return is instanceof PdfDictionary now
                    && sameExcept(page, now, PAGE_KEYS)
                    && onlyTimeStampsAdded(page.getAsArray(PdfName.Annots), now.getAsArray(PdfName.Annots));
        }
        if (was instanceof PdfArray array && is instanceof PdfArray now) {
            // a page's Annots or the AcroForm's Fields kept as an object of its own
            return onlyTimeStampsAdded(array, now);
        }
        return false;
    }

    private static boolean acroFormPermitted(PdfDictionary was, PdfDictionary is) {
        if (was == null || is == null) {
            return was == null && (is == null || onlyTimeStampsAdded(null, is.getAsArray(PdfName.Fields)));
        }
        return sameExcept(was, is, ACROFORM_KEYS)
                && onlyTimeStampsAdded(was.getAsArray(PdfName.Fields), is.getAsArray(PdfName.Fields));
    }

    /** {@code is} begins with {@code was}; what follows are invisible document time-stamp fields. */
    private static boolean onlyTimeStampsAdded(PdfArray was, PdfArray is) {
        int kept = was == null ? 0 : was.size();
        if (is == null) {
            return kept == 0;
        }
        if (is.size() < kept) {
            return false;
        }
        for (int i = 0; i < kept; i++) {
            if (!same(was.get(i, false), is.get(i, false))) {
                return false;
            }
        }
        for (int i = kept; i < is.size(); i++) {
            if (!(is.get(i) instanceof PdfDictionary field) || !documentTimeStamp(field)) {
                return false;
            }
        }
        return true;
    }

    /** A field or widget of a document time-stamp; the widget may be merged with its field or not. */
    private static boolean documentTimeStamp(PdfDictionary widget) {
        PdfDictionary field = widget.containsKey(PdfName.FT) || widget.getAsDictionary(PdfName.Parent) == null
                ? widget
                : widget.getAsDictionary(PdfName.Parent);
        PdfDictionary value = field.getAsDictionary(PdfName.V);
        PdfArray box = widget.getAsArray(PdfName.Rect);
        float[] rect = box == null ? new float[4] : box.toFloatArray();
        boolean invisible = rect[2] - rect[0] == 0 || rect[3] - rect[1] == 0;
        return PdfName.Sig.equals(field.getAsName(PdfName.FT))
                && value != null
                && PdfName.ETSI_RFC3161.equals(value.getAsName(PdfName.SubFilter))
                && invisible;
    }

    /** The DSS and the objects it refers to directly (VRI, certificate, CRL and OCSP arrays). */
    private static Set<Integer> validationData(PdfDictionary catalog) {
        Set<Integer> numbers = new HashSet<>();
        PdfObject dss = catalog.get(PdfName.DSS, false);
        numbers.add(objectNumber(dss));
        PdfDictionary dictionary = catalog.getAsDictionary(PdfName.DSS);
        if (dictionary != null) {
            for (PdfName key : dictionary.keySet()) {
                numbers.add(objectNumber(dictionary.get(key, false)));
            }
        }
        numbers.remove(-1);
        return numbers;
    }

    private static boolean sameExcept(PdfDictionary was, PdfDictionary is, Set<PdfName> ignored) {
        Set<PdfName> keys = new HashSet<>(was.keySet());
        keys.addAll(is.keySet());
        keys.removeAll(ignored);
        return keys.stream().allMatch(key -> same(was.get(key, false), is.get(key, false)));
    }

    private static boolean same(PdfObject a, PdfObject b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof PdfIndirectReference ra && b instanceof PdfIndirectReference rb) {
            return ra.getObjNumber() == rb.getObjNumber() && ra.getGenNumber() == rb.getGenNumber();
        }
        if (a instanceof PdfDictionary da && b instanceof PdfDictionary db) {
            return da.keySet().equals(db.keySet()) && sameExcept(da, db, Set.of());
        }
        if (a instanceof PdfArray aa && b instanceof PdfArray ab) {
            if (aa.size() != ab.size()) {
                return false;
            }
            for (int i = 0; i < aa.size(); i++) {
                if (!same(aa.get(i, false), ab.get(i, false))) {
                    return false;
                }
            }
            return true;
        }
        return a.getType() == b.getType() && a.toString().equals(b.toString());
    }

    private static int objectNumber(PdfObject object) {
        if (object instanceof PdfIndirectReference reference) {
            return reference.getObjNumber();
        }
        return object != null && object.getIndirectReference() != null
                ? object.getIndirectReference().getObjNumber()
                : -1;
    }

    private static PdfDocument open(byte[] pdf, long end) throws IOException {
        return new PdfDocument(new PdfReader(new ByteArrayInputStream(Arrays.copyOf(pdf, (int) end))));
    }
}
