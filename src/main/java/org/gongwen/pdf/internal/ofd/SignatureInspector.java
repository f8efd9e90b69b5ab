package org.gongwen.pdf.internal.ofd;

import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.dom4j.Element;
import org.gongwen.pdf.OfdSignatureCheck;
import org.gongwen.pdf.OfdSignatureCheck.Type;
import org.gongwen.pdf.OfdStampPlace;
import org.gongwen.pdf.SesSealStructure;

/**
 * Checks one signature of an OFD package (GB/T 33190 clause 18) on its own, without ofdrw's file-based
 * validator: the References' digests, then the SES_Signature (v4) or GB/T 35275 SignedData. Every failure is
 * collected in Chinese; nothing in the package can make it throw.
 */
public final class SignatureInspector {

    private static final DateTimeFormatter OFD_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final OfdPackage ofd;
    private final List<String> pageIds;
    private final List<String> failures = new ArrayList<>();
    private final List<String> protectedFiles = new ArrayList<>();
    private Type type;
    private int sesVersion;
    private X509Certificate signer;
    private byte[] sesSeal;
    private String sealName;
    private String sealId;
    private byte[] picture;
    private String pictureType;
    private X509Certificate maker;
    private Instant signTime;
    private OfdStampPlace place;

    public SignatureInspector(OfdPackage ofd, List<String> pageIds) {
        this.ofd = ofd;
        this.pageIds = pageIds;
    }

    /** The check of the signature that {@code record} (an element of Signatures.xml at {@code listPath}) names. */
    public OfdSignatureCheck inspect(String listPath, Element record) {
        String id = record.attributeValue("ID");
        type = "Sign".equalsIgnoreCase(record.attributeValue("Type")) ? Type.SIGN : Type.SEAL;
        try {
            String base = Optional.ofNullable(record.attributeValue("BaseLoc"))
                    .filter(s -> !s.isBlank())
                    .orElseThrow(() -> new OfdFormatException("签名 " + id + " 没有签名描述文件位置（BaseLoc）"));
            String signaturePath = OfdPackage.resolve(listPath, base);
            Element signature = ofd.xml(signaturePath);
            Element info = Xml.child(signature, "SignedInfo")
                    .orElseThrow(() -> new OfdFormatException("文件 " + signaturePath + " 缺少签名信息（SignedInfo）"));
            checkReferences(signaturePath, info);
            place = stampPlace(info, pageIds);
            String valuePath = Xml.childText(signature, "SignedValue")
                    .map(loc -> OfdPackage.resolve(signaturePath, loc))
                    .orElseThrow(() -> new OfdFormatException("文件 " + signaturePath + " 缺少签名值位置（SignedValue）"));
            byte[] value = ofd.file(valuePath).orElseThrow(() -> new OfdFormatException("签名值文件 " + valuePath + " 缺失"));
            byte[] signatureXml = ofd.file(signaturePath).orElseThrow();
            if (type == Type.SEAL) {
                checkSeal(signaturePath, signatureXml, value, info);
            } else {
                checkSignedData(signatureXml, value, info);
            }
        } catch (OfdFormatException e) {
            failures.add(e.getMessage());
        } catch (Exception e) {
            failures.add("签名数据无法解析");
        }
        boolean intact = failures.isEmpty();
        return new OfdSignatureCheck(
                id,
                type,
                sesVersion,
                signer,
                sesSeal,
                sealName,
                sealId,
                picture,
                pictureType,
                maker,
                signTime,
                place,
                protectedFiles,
                intact,
                intact ? null : String.join("；", failures));
    }

    private void checkReferences(String signaturePath, Element info) {
        Element references = Xml.child(info, "References")
                .orElseThrow(() -> new OfdFormatException("文件 " + signaturePath + " 缺少保护文件列表（References）"));
        String method = references.attributeValue("CheckMethod", "SM3");
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance(method, Sm2Crypto.BC);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new OfdFormatException("不支持的摘要算法 " + method);
        }
        List<Element> list = Xml.children(references, "Reference");
        if (list.isEmpty()) {
            failures.add("签名不保护任何文件");
        }
        for (Element reference : list) {
            String path = OfdPackage.resolve(signaturePath, reference.attributeValue("FileRef", ""));
            protectedFiles.add(path);
            Optional<byte[]> file = ofd.file(path);
            if (file.isEmpty()) {
                failures.add("文件 " + path + " 缺失");
                continue;
            }
            byte[] expected = Xml.childText(reference, "CheckValue")
                    .map(SignatureInspector::base64)
                    .orElse(new byte[0]);
            if (!Arrays.equals(expected, digest.digest(file.get()))) {
                failures.add("文件 " + path + " 已被改动");
            }
        }
    }

    private void checkSeal(String signaturePath, byte[] signatureXml, byte[] value, Element info) throws Exception {
        sesVersion = SesStructures.version(value);
        if (sesVersion != 4) {
            failures.add(sesVersion == 1 ? "暂不支持验证第1版（GM/T 0031-2014）电子签章" : "不支持的电子签章版本 " + sesVersion);
            return;
        }
        SesStructures.SesSignature ses = SesStructures.signature(value);
        SesSealStructure seal = ses.seal();
        sesSeal = seal.der();
        sealName = seal.name();
        sealId = seal.esId();
        picture = seal.picture();
        pictureType = seal.pictureType();
        maker = seal.maker();
        signer = Sm2Crypto.certificate(ses.signerCertificate());
        signTime = ses.time();
        if (!Arrays.equals(ses.dataHash(), Sm2Crypto.sm3().digest(signatureXml))) {
            failures.add("签名描述文件 " + signaturePath + " 已被改动");
        }
        if (!SesStructures.verify(ses.algorithm(), signer, SesStructures.der(ses.toSign()), ses.signature())) {
            failures.add("签章值与签章人证书不符");
        }
        if (!seal.makerSignatureHolds()) {
            failures.add("印章的制章人签名不正确");
        }
        if (!seal.binds(signer)) {
            failures.add("签章人证书不是印章绑定的证书");
        }
        Optional<String> sealFile = Xml.child(info, "Seal")
                .flatMap(s -> Xml.childText(s, "BaseLoc"))
                .map(loc -> OfdPackage.resolve(signaturePath, loc));
        if (sealFile.isPresent()
                && !sealFile.flatMap(ofd::file)
                        .map(b -> Arrays.equals(b, sesSeal))
                        .orElse(false)) {
            failures.add("印章文件 " + sealFile.get() + " 与签章中的印章不一致");
        }
    }

    private void checkSignedData(byte[] signatureXml, byte[] value, Element info) throws Exception {
        signTime = Xml.childText(info, "SignatureDateTime")
                .map(SignatureInspector::time)
                .orElse(null);
        String method = Xml.childText(info, "SignatureMethod").orElse("1.2.156.10197.1.501");
        Gbt35275.Result result = Gbt35275.verify(method, signatureXml, value);
        signer = result.signer();
        if (result.failure() != null) {
            failures.add(result.failure());
        }
    }

    /** The page and box of the first stamp annotation in {@code info} (SignedInfo), null when none. */
    static OfdStampPlace stampPlace(Element info, List<String> pageIds) {
        for (Element annot : Xml.children(info, "StampAnnot")) {
            int page = pageIds.indexOf(annot.attributeValue("PageRef", ""));
            String[] box = annot.attributeValue("Boundary", "").trim().split("\\s+");
            if (box.length == 4) {
                try {
                    return new OfdStampPlace(
                            page,
                            Double.parseDouble(box[0]),
                            Double.parseDouble(box[1]),
                            Double.parseDouble(box[2]),
                            Double.parseDouble(box[3]));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static byte[] base64(String text) {
        try {
            return Base64.getMimeDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static Instant time(String text) {
        try {
            return LocalDateTime.parse(text.strip(), OFD_TIME)
                    .atZone(ZoneId.systemDefault())
                    .toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
