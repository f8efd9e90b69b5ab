package org.gongwen.document.internal;

import java.util.function.Function;
import org.gongwen.pdf.LayoutRenderer;
import org.gongwen.pdf.OfdLayout;
import org.gongwen.pdf.OfdLayoutWriter;
import org.gongwen.pdf.OfdSigning;
import org.gongwen.pdf.OfficialDocument;
import org.gongwen.pdf.PdfSigning;
import org.gongwen.seal.OfdSealStamp;
import org.gongwen.seal.SealSigningService;
import org.gongwen.seal.SealStamp;
import org.springframework.stereotype.Component;

/**
 * The custodian's one stamp action (A21, A22): the approved layout rendered once, signed as PDF (PAdES with the
 * seal's certificate) and written and sealed as OFD (GB/T 38540 with the seal's SM2 key and electronic seal),
 * both from the same rendering so that they show the same pages.
 */
@Component
public class DocumentStamping {

    /** What one stamp produced: the seal used and the two sealed layout files. */
    public record Stamped(long sealId, String sealName, byte[] pdf, byte[] ofd) {}

    private final SealSigningService sealSigning;
    private final LayoutRenderer renderer;
    private final PdfSigning pdfSigning;
    private final OfdLayoutWriter ofdWriter;
    private final OfdSigning ofdSigning;

    DocumentStamping(
            SealSigningService sealSigning,
            LayoutRenderer renderer,
            PdfSigning pdfSigning,
            OfdLayoutWriter ofdWriter,
            OfdSigning ofdSigning) {
        this.sealSigning = sealSigning;
        this.renderer = renderer;
        this.pdfSigning = pdfSigning;
        this.ofdWriter = ofdWriter;
        this.ofdSigning = ofdSigning;
    }

    /** Refuses, with the seal module's reason, what {@link #stamp} would refuse, before anything is laid out. */
    public void check(long unitId, long custodianPersonId) {
        sealSigning.stampFor(unitId, custodianPersonId);
        sealSigning.ofdStampFor(unitId, custodianPersonId);
    }

    /**
     * Stamps, as the issuing of {@code location}'s document, the layout {@code layout} gives for the unit's seal image with the seal the custodian keeps; refused
     * with the seal module's reasons (not active, not the custodian, expired, revoked, no SM2 material yet).
     */
    public Stamped stamp(
            Function<OfficialDocument.Seal, OfficialDocument> layout,
            long unitId,
            long custodianPersonId,
            String location) {
        SealStamp stamp = sealSigning.stampFor(unitId, custodianPersonId);
        OfdSealStamp ofdStamp = sealSigning.ofdStampFor(unitId, custodianPersonId);
        if (ofdStamp.sealId() != stamp.sealId()) {
            throw new IllegalStateException("PDF and OFD stamps chose different seals of unit " + unitId);
        }
        OfficialDocument official = layout.apply(new OfficialDocument.Seal(stamp.png(), stamp.diameterMm()));
        byte[] unsigned = DocumentLayouts.printable(() -> renderer.render(official));
        byte[] pdf = pdfSigning.sign(unsigned, stamp.signer(), "发文：" + official.docNumber(), location);
        OfdLayout ofd = ofdWriter.write(official, unsigned);
        byte[] sealedOfd = ofdSigning.seal(ofd.ofd(), ofdStamp.signer(), ofd.sealPlace());
        return new Stamped(stamp.sealId(), stamp.sealName(), pdf, sealedOfd);
    }
}
