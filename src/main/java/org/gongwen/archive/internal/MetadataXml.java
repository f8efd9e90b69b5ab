package org.gongwen.archive.internal;

import java.util.List;
import org.gongwen.document.DistributionSummary;
import org.gongwen.document.DocumentInfo;
import org.gongwen.document.SignedLayout;
import org.gongwen.shared.Sha256;

/**
 * {@code metadata.xml}: the document's elements, its attachments (electronic ones are in the package's
 * {@code attachments/}, paper ones only listed), its sender and each recipient's copy with its times.
 */
public final class MetadataXml {

    private MetadataXml() {}

    public static byte[] of(
            DocumentInfo document,
            SignedLayout layout,
            String senderUnitName,
            List<DistributionSummary> distributions) {
        Xml xml = new Xml("archivalPackage")
                .attribute("documentId", document.id())
                .attribute("format", "gongwen-archive-1");
        xml.open("document")
                .element("title", document.title())
                .element("docNumber", document.docNumber())
                .element("kind", document.kind().name())
                .element("kindLabel", document.kind().label())
                .element(
                        "urgency",
                        document.urgency() == null ? null : document.urgency().name())
                .element("secrecy", document.secrecy().name())
                .element("countyLevel", document.countyLevel())
                .element("issuingUnit", layout.issuerName())
                .element("issuingUnitCode", layout.issuerCode())
                .element("signingOrgan", document.signingOrgan())
                .element("date", document.date())
                .element("state", document.status().name())
                .element("sentAt", document.sentAt())
                .element("layoutSha256", layout.recordedSha256())
                .close();
        // the sealed OFD beside the PDF (GB/T 33190, GB/T 38540 seal); documents issued before OFD have none
        if (layout.ofdSigned()) {
            xml.open("layoutFiles")
                    .open("file")
                    .attribute("name", "layout.ofd")
                    .attribute("format", "OFD")
                    .element("sha256", Sha256.hex(layout.ofd()))
                    .element("recordedSha256", layout.ofdRecordedSha256())
                    .element("sizeBytes", layout.ofd().length)
                    .close()
                    .close();
        }
        xml.open("attachments");
        int number = 0;
        for (var attachment : document.attachments()) {
            xml.open("attachment")
                    .attribute("number", ++number)
                    .attribute("paperOnly", attachment.paperOnly())
                    .element("name", attachment.name())
                    .element("mediaType", attachment.mediaType())
                    .element("sizeBytes", attachment.sizeBytes())
                    .close();
        }
        xml.close();
        xml.open("sender")
                .attribute("unitId", document.unitId())
                .element("unit", senderUnitName)
                .element("drafter", document.drafter())
                .close();
        xml.open("recipients");
        for (DistributionSummary d : distributions) {
            xml.open("recipient")
                    .attribute("distributionId", d.distributionId())
                    .attribute("unitId", d.unitId())
                    .attribute("kind", d.kind().name())
                    .attribute("version", d.version())
                    .element("unit", d.unitName())
                    .element("printQuota", d.printQuota())
                    .element("printsUsed", d.printsUsed())
                    .element("state", d.state())
                    .element("deliveredAt", d.deliveredAt())
                    .element("receivedAt", d.receivedAt())
                    .element("signedAt", d.signedAt())
                    .element("returnReason", d.returnReason())
                    .close();
        }
        xml.close();
        return xml.finish();
    }
}
