package org.gongwen.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dom4j.Element;
import org.gongwen.pdf.internal.ofd.OfdFormatException;
import org.gongwen.pdf.internal.ofd.OfdPackage;
import org.gongwen.pdf.internal.ofd.OfdPages;
import org.gongwen.pdf.internal.ofd.SignatureInspector;
import org.gongwen.pdf.internal.ofd.Xml;
import org.gongwen.shared.BusinessException;
import org.springframework.stereotype.Component;

/**
 * Verifies the signatures of an OFD file: GB/T 38540 seals (SES_Signature v4) and GB/T 35275 digital
 * signatures, each on its own, whoever made them. It checks integrity only; trust in the certificates it
 * exposes (chain to the county's SM2 CA, revocation) is the seal module's to judge. Thread-safe.
 */
@Component
public class OfdSignatureVerifier {

    /**
     * One check for each signature of the main document, in the order of its signature list; an empty list
     * when the document has no signatures. A broken signature is a check with its reason, never an exception.
     *
     * @throws BusinessException (invalid, key {@code ofd.notOfd}) when {@code ofd} is not an OFD file at all
     */
    public List<OfdSignatureCheck> verify(byte[] ofd) {
        OfdPackage pkg = OfdPackage.read(ofd);
        Optional<String> listPath;
        List<String> pageIds;
        try {
            listPath = pkg.signaturesPath();
            pageIds = OfdPages.of(pkg);
        } catch (OfdFormatException e) {
            throw BusinessException.invalid("ofd.notOfd");
        }
        if (listPath.isEmpty()) {
            return List.of();
        }
        Element list;
        try {
            list = pkg.xml(listPath.get());
        } catch (OfdFormatException e) {
            return List.of(new OfdSignatureCheck(
                    null,
                    null,
                    0,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    false,
                    "签名列表文件 " + listPath.get() + " 缺失或无法解析"));
        }
        List<OfdSignatureCheck> checks = new ArrayList<>();
        for (Element record : Xml.children(list, "Signature")) {
            checks.add(new SignatureInspector(pkg, pageIds).inspect(listPath.get(), record));
        }
        return checks;
    }
}
