package org.gongwen.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.support.Api.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.gongwen.organization.OrganizationService;
import org.gongwen.seal.process.SealRevocationProcess;
import org.gongwen.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Revocation with the county office and three witnesses, through REST and the task inbox (A22, A26, A27). */
@IntegrationTest
class SealRevocationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SealLifecycleService lifecycle;

    @Autowired
    OrganizationService organization;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    private SealInfo activeSeal(String code) {
        long unit = organization.unitByCode(code).orElseThrow().id();
        SealInfo seal = lifecycle.register(unit, organization.unitByCode(code).orElseThrow().fullName(), SealType.OFFICIAL);
        lifecycle.approve(seal.id());
        lifecycle.make(seal.id());
        return lifecycle.activate(seal.id(), organization.personByUsername(code.toLowerCase() + ".seal").orElseThrow().id());
    }

    private String taskOf(String username, String businessKey) throws Exception {
        String json = mvc.perform(get("/api/v1/tasks").param("process", SealRevocationProcess.KEY).param("limit", "200")
                .with(as(username))).andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(json, "$.items[?(@.businessKey == '" + businessKey + "')].id");
        assertThat(ids).as("task of %s", username).hasSize(1);
        return ids.get(0);
    }

    private void complete(String username, String businessKey, String body) throws Exception {
        mvc.perform(post("/api/v1/tasks/" + taskOf(username, businessKey) + "/complete").with(as(username))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isNoContent());
    }

    @Test
    void a27_aLostSealIsRevokedOnTheCrlAndReissued() throws Exception {
        SealInfo seal = activeSeal("B20");
        mvc.perform(post("/api/v1/seals/" + seal.id() + "/revocations").with(as("b20.leader"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"LOSS\", \"explanation\": \"U 盾遗失\"}"))
                .andExpect(status().isAccepted());
        mvc.perform(post("/api/v1/seals/" + seal.id() + "/revocations").with(as("b20.leader"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"LOSS\", \"explanation\": \"再次\"}"))
                .andExpect(status().isConflict());
        String key = SealRevocationProcess.businessKey(seal.id());
        complete("bgs.staff", key, "{\"decision\": \"approve\", \"opinion\": \"同意吊销\"}");
        complete("sbmj.witness", key, "{\"confirmed\": \"yes\"}");
        complete("bgs.witness", key, "{\"confirmed\": \"yes\"}");
        complete("b20.leader", key, "{\"confirmed\": \"yes\"}");
        String instanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult().getId();
        management.createJobQuery().processInstanceId(instanceId).list().forEach(j -> management.executeJob(j.getId()));

        assertThat(lifecycle.info(seal.id()).status()).isEqualTo(SealStatus.REVOKED);
        byte[] der = mvc.perform(get("/pki/crl")).andReturn().getResponse().getContentAsByteArray();
        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
        assertThat(crl.getRevokedCertificate(new BigInteger(seal.serialNumber(), 16))).isNotNull();
        mvc.perform(get("/api/v1/seals").with(as("b20.leader")))
                .andExpect(jsonPath("$[1].status").value("APPLIED"))
                .andExpect(jsonPath("$[1].name").value(seal.name()));
    }

    @Test
    void a26_onlyTheOwningUnitsLeaderOrCustodianMayAsk() throws Exception {
        SealInfo seal = activeSeal("B21");
        String body = "{\"reason\": \"CHANGE\", \"explanation\": \"机构改革\"}";
        mvc.perform(post("/api/v1/seals/" + seal.id() + "/revocations").with(as("b21.clerk"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/seals/" + seal.id() + "/revocations").with(as("b22.leader"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/seals/" + seal.id() + "/revocations").with(as("b21.seal"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"NONSENSE\", \"explanation\": \"x\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/seals/" + seal.id() + "/revocations").with(as("b21.seal"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isAccepted());
        complete("bgs.staff", SealRevocationProcess.businessKey(seal.id()), "{\"decision\": \"approve\", \"opinion\": \"同意\"}");
        complete("sbmj.witness", SealRevocationProcess.businessKey(seal.id()), "{\"confirmed\": \"no\"}");
        assertThat(lifecycle.info(seal.id()).status()).isEqualTo(SealStatus.ACTIVE);
    }
}
