package org.gongwen.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.Set;
import org.gongwen.pdf.internal.ofd.OfdPackage;
import org.gongwen.pdf.internal.ofd.OfdPages;
import org.gongwen.pdf.internal.ofd.PageAnnotations;
import org.gongwen.pdf.internal.ofd.SesSealContainer;
import org.gongwen.pdf.internal.ofd.Sm2SignedDataContainer;
import org.ofdrw.reader.OFDReader;
import org.ofdrw.sign.ExtendSignatureContainer;
import org.ofdrw.sign.OFDSigner;
import org.ofdrw.sign.ProtectFileFilter;
import org.ofdrw.sign.SignMode;
import org.ofdrw.sign.SignatureTerminateException;
import org.ofdrw.sign.stamppos.NormalStampPos;
import org.springframework.stereotype.Component;

/**
 * Signs OFD layout files (GB/T 33190 clause 18) with ofdrw's signing engine: a unit's seal as a GB/T 38540
 * electronic signature, the county system's countersignature of a print copy as a GB/T 35275 digital
 * signature. The keys stay with the {@link OfdSigner}; only what is to be signed reaches it. Thread-safe.
 */
@Component
public class OfdSigning {

    /**
     * {@code ofd} sealed by {@code signer}: an SES_Signature (version 4) embedding the signer's SES_Seal, shown
     * as a stamp annotation at {@code place} (the seal's picture is its appearance). The signature protects,
     * by SM3 digests, every file of the package except the signature list (Signatures.xml) and the annotation
     * files, so that more signatures and the 份号 annotation of a print copy can follow without breaking it;
     * the document gets an empty annotation index first when it has none.
     *
     * @throws IllegalArgumentException when the page is not in the document or the seal does not bind the
     *                                  signer's certificate
     */
    public byte[] seal(byte[] ofd, OfdSealSigner signer, OfdStampPlace place) {
        OfdPackage pkg = OfdPackage.read(ofd);
        int pages = OfdPages.of(pkg).size();
        if (place.pageIndex() < 0 || place.pageIndex() >= pages) {
            throw new IllegalArgumentException("page " + place.pageIndex() + " is not in a document of " + pages);
        }
        PageAnnotations annotations = new PageAnnotations(pkg);
        annotations.ensureIndex();
        Set<String> open = annotations.files();
        ProtectFileFilter sealed = loc -> !open.contains(loc.getLoc().replaceFirst("^/+", ""));
        NormalStampPos stamp =
                new NormalStampPos(place.pageIndex() + 1, place.xMm(), place.yMm(), place.widthMm(), place.heightMm());
        return sign(pkg.toBytes(), new SesSealContainer(signer), SignMode.ContinueSign, sealed, stamp);
    }

    /**
     * {@code ofd} signed by {@code signer} over the whole package, signature list included (GB/T 35275
     * SignedData, type Sign, invisible): any later change, or another signature, breaks it.
     *
     * @throws IllegalStateException when a signature already protects the whole package
     */
    public byte[] countersign(byte[] ofd, OfdSigner signer) {
        OfdPackage.read(ofd);
        return sign(ofd, new Sm2SignedDataContainer(signer), SignMode.WholeProtected, null, null);
    }

    private static byte[] sign(
            byte[] ofd,
            ExtendSignatureContainer container,
            SignMode mode,
            ProtectFileFilter filter,
            NormalStampPos stamp) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd));
                OFDSigner signer = new OFDSigner(reader, out)) {
            signer.setSignMode(mode);
            signer.setSignContainer(container);
            signer.setProtectFileFilter(filter);
            signer.addApPos(stamp);
            signer.exeSign();
        } catch (SignatureTerminateException e) {
            throw new IllegalStateException("the OFD is closed to further signatures", e);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("signing the OFD failed: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
