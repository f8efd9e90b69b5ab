package org.gongwen.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.gongwen.seal.internal.PkiService;
import org.gongwen.seal.internal.TimeStampService;
import org.gongwen.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The county time-stamping authority at POST /pki/tsa (RFC 3161), its certificate under the county CA. */
@IntegrationTest
class TimeStampAuthorityIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PkiService pki;

    @Autowired
    TimeStampService tsa;

    @Test
    void anyoneGetsATokenThatVerifiesAgainstTheTsaCertificate() throws Exception {
        byte[] digest =
                MessageDigest.getInstance("SHA-256").digest("清河县公文".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, digest, BigInteger.valueOf(20261206));
        byte[] reply = mvc.perform(post("/pki/tsa")
                        .contentType("application/timestamp-query")
                        .content(request.getEncoded()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/timestamp-reply"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        TimeStampResponse response = new TimeStampResponse(reply);
        response.validate(request);
        TimeStampToken token = response.getTimeStampToken();
        X509Certificate certificate = tsa.certificate();
        assertThat(token.getSID().match(new JcaX509CertificateHolder(certificate)))
                .isTrue();
        token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        assertThat(token.getTimeStampInfo().getMessageImprintDigest()).isEqualTo(digest);
        assertThat(token.getTimeStampInfo().getNonce()).isEqualTo(BigInteger.valueOf(20261206));
        assertThat(token.getCertificates().getMatches(null)).hasSize(2);
    }

    @Test
    void theTsaCertificateIsIssuedByTheCountyCaForTimeStampingOnly() throws Exception {
        X509Certificate certificate = tsa.certificate();
        certificate.verify(pki.caCertificate().getPublicKey());
        assertThat(certificate.getCriticalExtensionOIDs()).contains(Extension.extendedKeyUsage.getId());
        assertThat(certificate.getExtendedKeyUsage()).containsExactly(KeyPurposeId.id_kp_timeStamping.getId());
        assertThat(ExtendedKeyUsage.fromExtensions(new JcaX509CertificateHolder(certificate).getExtensions())
                        .hasKeyPurposeId(KeyPurposeId.id_kp_timeStamping))
                .isTrue();
        assertThat(certificate.getSubjectX500Principal().getName()).contains("时间戳服务");
        assertThat(new String(
                        certificate.getExtensionValue(Extension.cRLDistributionPoints.getId()),
                        java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("/pki/crl");
        assertThat(tsa.crls(certificate)).containsExactly(pki.crl());
        assertThat(tsa.crls(pki.caCertificate())).hasSize(1);
    }

    @Test
    void aWrongContentTypeOrAMalformedQueryIsRefusedWithAMessage() throws Exception {
        mvc.perform(post("/pki/tsa").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.message").isNotEmpty());
        mvc.perform(post("/pki/tsa")
                        .contentType("application/timestamp-query")
                        .content(new byte[] {1, 2, 3})
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.message").value("请求内容不是 RFC 3161 时间戳请求（application/timestamp-query）。"));
        mvc.perform(post("/pki/tsa").contentType("application/timestamp-query").content(new byte[20_000]))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anUnacceptedHashIsRejectedInTheReplyAsRfc3161Says() throws Exception {
        TimeStampRequest request = new TimeStampRequestGenerator().generate(TSPAlgorithms.MD5, new byte[16]);
        byte[] reply = mvc.perform(post("/pki/tsa")
                        .contentType("application/timestamp-query")
                        .content(request.getEncoded()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        TimeStampResponse response = new TimeStampResponse(reply);
        assertThat(response.getStatus()).isEqualTo(2);
        assertThat(response.getTimeStampToken()).isNull();
        assertThat(List.of(response.getFailInfo())).isNotEmpty();
    }
}
