package org.gongwen.pdf.internal.ofd;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.dom4j.Element;
import org.gongwen.pdf.OfdStampPlace;

/**
 * The seal pictures of an OFD's electronic signatures and where they are stamped, read for viewing only: no
 * digest or signature is checked (judging the seal is {@link SignatureInspector}'s), and a signature whose
 * picture or place cannot be read is left out. Reads GB/T 38540 (v4) and GM/T 0031 (v1) seals alike: in both
 * the picture is SES_SealInfo's fourth field of the seal inside TBS_Sign.
 */
final class StampPictures {

    /** A seal picture ({@code type} e.g. PNG) at its stamp. */
    record Stamp(OfdStampPlace place, String type, byte[] picture) {}

    private StampPictures() {}

    /** The stamps of the main document's signatures that show a picture, in the order of its signature list. */
    static List<Stamp> of(byte[] ofd) {
        List<Stamp> stamps = new ArrayList<>();
        try {
            OfdPackage pkg = OfdPackage.read(ofd);
            Optional<String> listPath = pkg.signaturesPath();
            if (listPath.isEmpty()) {
                return stamps;
            }
            List<String> pageIds = OfdPages.of(pkg);
            for (Element record : Xml.children(pkg.xml(listPath.get()), "Signature")) {
                stamp(pkg, pageIds, OfdPackage.resolve(listPath.get(), record.attributeValue("BaseLoc", "")))
                        .ifPresent(stamps::add);
            }
        } catch (RuntimeException e) {
            // an unreadable signature list shows no seals; the receipt checks say why
        }
        return stamps;
    }

    private static Optional<Stamp> stamp(OfdPackage pkg, List<String> pageIds, String signaturePath) {
        try {
            Element signature = pkg.xml(signaturePath);
            OfdStampPlace place = Xml.child(signature, "SignedInfo")
                    .map(info -> SignatureInspector.stampPlace(info, pageIds))
                    .orElse(null);
            Optional<byte[]> value = Xml.childText(signature, "SignedValue")
                    .flatMap(loc -> pkg.file(OfdPackage.resolve(signaturePath, loc)));
            if (place == null || value.isEmpty()) {
                return Optional.empty();
            }
            ASN1Sequence toSign =
                    ASN1Sequence.getInstance(ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(value.get()))
                            .getObjectAt(0));
            ASN1Sequence sealInfo = ASN1Sequence.getInstance(
                    ASN1Sequence.getInstance(toSign.getObjectAt(1)).getObjectAt(0));
            ASN1Sequence picture = ASN1Sequence.getInstance(sealInfo.getObjectAt(3));
            return Optional.of(new Stamp(
                    place,
                    SesSealCodec.text(picture.getObjectAt(0)),
                    ASN1OctetString.getInstance(picture.getObjectAt(1)).getOctets()));
        } catch (java.io.IOException | RuntimeException e) {
            // a digital signature (GB/T 35275) or an unreadable seal has no picture to show
            return Optional.empty();
        }
    }
}
