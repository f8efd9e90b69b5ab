package org.gongwen.pdf.internal.ofd;

import java.time.LocalDate;
import java.util.UUID;
import org.gongwen.pdf.OfficialDocument;
import org.gongwen.pdf.internal.Dates;
import org.ofdrw.core.basicStructure.ofd.docInfo.CT_DocInfo;
import org.ofdrw.core.basicStructure.ofd.docInfo.CustomDatas;

/**
 * The document's metadata in OFD.xml after GB/T 33479's core elements: title, author (the issuing
 * organ), subject (the document number), creator, and the official-document fields as CustomData named
 * by their Chinese element names.
 */
final class DocumentInfo {

    static final String CREATOR = "Gongwen";

    private DocumentInfo() {}

    static CT_DocInfo of(OfficialDocument doc) {
        String title = doc.title().replace("\n", "");
        CustomDatas data = new CustomDatas()
                .addCustomData("标题", title)
                .addCustomData("发文字号", doc.docNumber())
                .addCustomData("发文机关", doc.signingOrgan())
                .addCustomData("成文日期", doc.date().toString());
        if (doc.urgency() != OfficialDocument.Urgency.NONE) {
            data.addCustomData("紧急程度", doc.urgency().label());
        }
        if (doc.mainRecipients() != null) {
            data.addCustomData("主送机关", doc.mainRecipients());
        }
        if (!doc.copyRecipients().isEmpty()) {
            data.addCustomData("抄送机关", String.join("，", doc.copyRecipients()));
        }
        if (doc.printingOrgan() != null) {
            data.addCustomData("印发机关", doc.printingOrgan());
        }
        if (doc.printingDate() != null) {
            data.addCustomData("印发日期", Dates.chinese(doc.printingDate()));
        }
        return new CT_DocInfo()
                .setDocID(UUID.nameUUIDFromBytes(
                        (doc.docNumber() + "|" + title).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .setTile(title)
                .setAuthor(doc.signingOrgan())
                .setSubject(doc.docNumber())
                .setCreationDate(LocalDate.now())
                .setCreator(CREATOR)
                .setCustomDatas(data);
    }
}
