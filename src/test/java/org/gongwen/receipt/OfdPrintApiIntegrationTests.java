package org.gongwen.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.support.Api.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.pdf.OfdSignatureCheck;
import org.gongwen.pdf.OfdSignatureVerifier;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Official OFD print copies (A11.2, A23/A24) over REST: the 份号 from the same quota and ranges as the PDF
 * copies, the seal intact and the county system's countersignature valid, 409 once the quota is used up.
 * A sending unit of the test's own sends to another of its own.
 */
@IntegrationTest
class OfdPrintApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProcessEngine engine;

    @Autowired
    OrganizationService organization;

    @Autowired
    OfdSignatureVerifier verifier;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void a11_2_officialOfdAndPdfCopiesShareTheQuotaAndTheOfdCopyCarriesItsNumberUnderAnIntactSeal() throws Exception {
        String unit = OwnUnits.in(context).freshUnit("OP", "清河县OFD打印测试局", Role.CLERK, Role.LEADER);
        String clerk = OwnUnits.login(unit, Role.CLERK);
        long id = sendTo(unit, 2, "关于开展OFD打印测试的通知");

        byte[] ofd = mvc.perform(post("/api/v1/inbox/" + id + "/prints/ofd").with(as(clerk)))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Official", "true"))
                .andExpect(header().string("X-Copy-Number", "1"))
                .andExpect(header().string("X-Remaining-Quota", "1"))
                .andExpect(content().contentType("application/ofd"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(entry(ofd, "Doc_0/Annots/Page_0/Annotation.xml"))
                .contains("<ofd:Parameter Name=\"份号\">000001<")
                .contains("<ofd:PathObject");
        List<OfdSignatureCheck> checks = verifier.verify(ofd);
        assertThat(checks)
                .extracting(OfdSignatureCheck::type)
                .containsExactly(OfdSignatureCheck.Type.SEAL, OfdSignatureCheck.Type.SIGN);
        assertThat(checks)
                .allSatisfy(c ->
                        assertThat(c.intact()).as(String.valueOf(c.failure())).isTrue());
        assertThat(checks.get(1).protectsSignatureList()).isTrue();

        mvc.perform(post("/api/v1/inbox/" + id + "/prints").with(as(clerk)))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Copy-Number", "2"))
                .andExpect(header().string("X-Remaining-Quota", "0"))
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
        mvc.perform(post("/api/v1/inbox/" + id + "/prints/ofd").with(as(clerk)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith("正式打印份数已用完")));
        mvc.perform(post("/api/v1/inbox/" + id + "/prints/ofd").with(as(OwnUnits.login(unit, Role.LEADER))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/inbox/" + id + "/prints").with(as(clerk)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].copyNumber").value(1))
                .andExpect(jsonPath("$[1].copyNumber").value(2));
        assertThat(jdbc.queryForObject("select prints_used from receipt_distribution where id = ?", Integer.class, id))
                .isEqualTo(2);
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['/api/v1/inbox/{id}/prints/ofd'].post")
                        .exists());
    }

    private long sendTo(String unitCode, int quota, String title) {
        long unitId = organization.unitByCode(unitCode).orElseThrow().id();
        long documentId = DocumentChain.in(context).sentTo(unitId, quota, title);
        return jdbc.queryForObject(
                "select id from receipt_distribution where document_id = ? and unit_id = ?",
                Long.class,
                documentId,
                unitId);
    }

    private static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name);
    }
}
