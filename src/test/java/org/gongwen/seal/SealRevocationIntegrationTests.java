package org.gongwen.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
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
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.seal.internal.SealAction;
import org.gongwen.seal.internal.SealEventInfo;
import org.gongwen.seal.internal.SealInfo;
import org.gongwen.seal.internal.SealLifecycleService;
import org.gongwen.seal.internal.SealStatus;
import org.gongwen.seal.internal.SealType;
import org.gongwen.seal.process.SealRevocationProcess;
import org.gongwen.security.AccountService;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Revocation with the county office and three witnesses, through REST and the task inbox (A22, A26,
 * A27): the seals, their custodians and leaders are of units of the test's own ({@link OwnUnits}); the
 * county office and the witnesses are the demo county's.
 */
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

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    /**
     * A unit of the test's own with clerk, leader and seal custodian, who are told by e-mail and SMS
     * too; returns its code.
     */
    private String ownUnit(String prefix) {
        return new OwnUnits(organization, accounts, lifecycle)
                .freshReachableUnit(prefix, "清河县吊销测试局", Role.CLERK, Role.LEADER, Role.SEAL_CUSTODIAN);
    }

    private static String clerk(String code) {
        return OwnUnits.login(code, Role.CLERK);
    }

    private static String leader(String code) {
        return OwnUnits.login(code, Role.LEADER);
    }

    private static String custodian(String code) {
        return OwnUnits.login(code, Role.SEAL_CUSTODIAN);
    }

    private SealInfo activeSeal(String code) {
        return new OwnUnits(organization, accounts, lifecycle).activeSeal(code);
    }

    private SealInfo activeSeal(String code, String name) {
        long unit = organization.unitByCode(code).orElseThrow().id();
        SealInfo seal = lifecycle.register(unit, name, SealType.OFFICIAL);
        lifecycle.approve(seal.id());
        lifecycle.make(seal.id());
        return lifecycle.activate(
                seal.id(),
                organization.personByUsername(custodian(code)).orElseThrow().id());
    }

    private String taskOf(String username, String businessKey) throws Exception {
        String json = mvc.perform(get("/api/v1/tasks")
                        .param("process", SealRevocationProcess.KEY)
                        .param("limit", "200")
                        .with(as(username)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> ids = JsonPath.read(json, "$.items[?(@.businessKey == '" + businessKey + "')].id");
        assertThat(ids).as("task of %s", username).hasSize(1);
        return ids.get(0);
    }

    private void complete(String username, String businessKey, String body) throws Exception {
        mvc.perform(post("/api/v1/tasks/" + taskOf(username, businessKey) + "/complete")
                        .with(as(username))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isNoContent());
    }

    private String requestRevocation(SealInfo seal, String applicant, String reason, String explanation)
            throws Exception {
        mvc.perform(post("/api/v1/seals/" + seal.id() + "/revocations")
                        .with(as(applicant))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"" + reason + "\", \"explanation\": \"" + explanation + "\"}"))
                .andExpect(status().isAccepted());
        return SealRevocationProcess.businessKey(seal.id());
    }

    private List<Map<String, Object>> auditOf(long sealId) {
        return jdbc.queryForList(
                "select actor, detail from audit_entry where target_type = 'seal' and target_id = ?" + " order by id",
                Long.toString(sealId));
    }

    /** In-app messages and e-mail/SMS outbox rows with this title for the person. */
    private List<String> noticesTo(String username, String title) {
        long person = organization.personByUsername(username).orElseThrow().id();
        List<String> seen = new java.util.ArrayList<>(jdbc.queryForList(
                "select body from notification_message where recipient_id = ? and title = ?",
                String.class,
                person,
                title));
        seen.addAll(jdbc.queryForList(
                "select channel from notification_outbox where person_id = ? and subject = ?" + " order by channel",
                String.class,
                person,
                title));
        return seen;
    }

    /**
     * Issue 18: every decision of three revocations, with its actor, in the seal's history and the
     * audit log: the approval and the three confirmations with their remarks (the revocation takes
     * effect, the custodian and the leader are told), a refusal (the applicant is told why), the
     * deadline passing (the system's step, the applicant told).
     */
    @Test
    void a22_everyDecisionIsOnTheRecordWithWhoTookIt() throws Exception {
        String first = ownUnit("RA");
        SealInfo seal = activeSeal(first, "吊销记录测试印章一");
        String key = requestRevocation(seal, custodian(first), "CHANGE", "机构改革更名");
        complete("bgs.staff", key, "{\"decision\": \"approve\", \"opinion\": \"同意吊销\"}");
        complete("sbmj.witness", key, "{\"confirmed\": \"yes\", \"remark\": \"现场核验无误\"}");
        complete("bgs.witness", key, "{\"confirmed\": \"yes\", \"remark\": \"已核对印章实物\"}");
        complete(leader(first), key, "{\"confirmed\": \"yes\"}");
        String instanceId = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(key)
                .singleResult()
                .getId();
        management.createJobQuery().processInstanceId(instanceId).list().forEach(j -> management.executeJob(j.getId()));

        assertThat(lifecycle.info(seal.id()).status()).isEqualTo(SealStatus.REVOKED);
        assertThat(lifecycle.history(seal.id()))
                .extracting(SealEventInfo::action, SealEventInfo::actor, SealEventInfo::note)
                .containsSubsequence(
                        tuple(SealAction.REVOCATION_REQUESTED, custodian(first), "单位变更：机构改革更名"),
                        tuple(SealAction.REVOCATION_APPROVED, "bgs.staff", "同意吊销"),
                        tuple(SealAction.WITNESS_CONFIRMED, "sbmj.witness", "市保密局：现场核验无误"),
                        tuple(SealAction.WITNESS_CONFIRMED, "bgs.witness", "县政府办：已核对印章实物"),
                        tuple(SealAction.WITNESS_CONFIRMED, leader(first), "用章单位"));
        SealEventInfo revoked =
                lifecycle.history(seal.id()).get(lifecycle.history(seal.id()).size() - 1);
        assertThat(revoked.action()).isEqualTo(SealAction.REVOKED);
        assertThat(revoked.actor()).isEqualTo("bgs.staff");
        assertThat(revoked.note()).startsWith("单位变更：机构改革更名；三方确认：市保密局（").contains("、县政府办（", "、用章单位（");
        assertThat(auditOf(seal.id()))
                .extracting(r -> r.get("ACTOR"), r -> r.get("DETAIL"))
                .containsSubsequence(
                        tuple("bgs.staff", "REVOCATION_APPROVED: 同意吊销"),
                        tuple("sbmj.witness", "WITNESS_CONFIRMED: 市保密局：现场核验无误"),
                        tuple("bgs.witness", "WITNESS_CONFIRMED: 县政府办：已核对印章实物"),
                        tuple(leader(first), "WITNESS_CONFIRMED: 用章单位"),
                        tuple("bgs.staff", "REVOKED: " + revoked.note()));
        String effective = "电子印章已吊销：" + seal.name();
        assertThat(noticesTo(custodian(first), effective))
                .hasSize(3)
                .contains("EMAIL", "SMS")
                .anySatisfy(body -> assertThat(body).contains("起吊销生效", "不能再用于盖章", "单位变更：机构改革更名"));
        assertThat(noticesTo(leader(first), effective)).hasSize(3).contains("EMAIL", "SMS");
        assertThat(noticesTo(clerk(first), effective)).isEmpty();

        String secondUnit = ownUnit("RB");
        SealInfo second = activeSeal(secondUnit, "吊销记录测试印章二");
        String refused = requestRevocation(second, custodian(secondUnit), "STYLE", "式样调整");
        complete("bgs.staff", refused, "{\"decision\": \"approve\", \"opinion\": \"同意\"}");
        complete("bgs.witness", refused, "{\"confirmed\": \"yes\", \"remark\": \"已核对\"}");
        mvc.perform(post("/api/v1/tasks/" + taskOf("sbmj.witness", refused) + "/complete")
                        .with(as("sbmj.witness"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"confirmed\": \"no\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.remark").value("不确认时请写明理由"));
        complete("sbmj.witness", refused, "{\"confirmed\": \"no\", \"remark\": \"印章实物未到场\"}");

        assertThat(lifecycle.info(second.id()).status()).isEqualTo(SealStatus.ACTIVE);
        assertThat(lifecycle.history(second.id()))
                .extracting(SealEventInfo::action, SealEventInfo::actor, SealEventInfo::note)
                .endsWith(
                        tuple(SealAction.WITNESS_CONFIRMED, "bgs.witness", "县政府办：已核对"),
                        tuple(SealAction.WITNESS_REFUSED, "sbmj.witness", "市保密局：印章实物未到场"));
        assertThat(auditOf(second.id()))
                .extracting(r -> r.get("ACTOR"), r -> r.get("DETAIL"))
                .contains(tuple("sbmj.witness", "WITNESS_REFUSED: 市保密局：印章实物未到场"));
        String noEffect = "电子印章吊销未生效：" + second.name();
        assertThat(noticesTo(custodian(secondUnit), noEffect))
                .contains("EMAIL", "SMS")
                .anySatisfy(body -> assertThat(body).contains("市保密局（", "）不确认吊销", "理由：印章实物未到场"));
        assertThat(noticesTo(leader(secondUnit), "电子印章已吊销：" + second.name())).isEmpty();

        String thirdUnit = ownUnit("RC");
        SealInfo third = activeSeal(thirdUnit, "吊销记录测试印章三");
        String lapsed = requestRevocation(third, leader(thirdUnit), "ABOLITION", "单位撤销");
        complete("bgs.staff", lapsed, "{\"decision\": \"approve\", \"opinion\": \"同意\"}");
        complete("sbmj.witness", lapsed, "{\"confirmed\": \"yes\"}");
        String lapsedInstance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(lapsed)
                .singleResult()
                .getId();
        Job deadline = management
                .createJobQuery()
                .processInstanceId(lapsedInstance)
                .timers()
                .singleResult();
        management.executeJob(deadline.getId());

        assertThat(lifecycle.info(third.id()).status()).isEqualTo(SealStatus.ACTIVE);
        SealEventInfo last =
                lifecycle.history(third.id()).get(lifecycle.history(third.id()).size() - 1);
        assertThat(last.action()).isEqualTo(SealAction.REVOCATION_LAPSED);
        assertThat(last.actor()).isEqualTo("system");
        assertThat(last.note()).startsWith("期限届满").contains("已确认：市保密局（");
        assertThat(auditOf(third.id()))
                .extracting(r -> r.get("ACTOR"), r -> r.get("DETAIL"))
                .contains(tuple("system", "REVOCATION_LAPSED: " + last.note()));
        assertThat(noticesTo(leader(thirdUnit), "电子印章吊销未生效：" + third.name()))
                .contains("EMAIL", "SMS")
                .anySatisfy(body -> assertThat(body).contains("确认期限届满"));
    }

    @Test
    void a27_aLostSealIsRevokedOnTheCrlAndReissued() throws Exception {
        String unit = ownUnit("RL");
        SealInfo seal = activeSeal(unit);
        mvc.perform(post("/api/v1/seals/" + seal.id() + "/revocations")
                        .with(as(leader(unit)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"LOSS\", \"explanation\": \"U 盾遗失\"}"))
                .andExpect(status().isAccepted());
        mvc.perform(post("/api/v1/seals/" + seal.id() + "/revocations")
                        .with(as(leader(unit)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"LOSS\", \"explanation\": \"再次\"}"))
                .andExpect(status().isConflict());
        String key = SealRevocationProcess.businessKey(seal.id());
        complete("bgs.staff", key, "{\"decision\": \"approve\", \"opinion\": \"同意吊销\"}");
        complete("sbmj.witness", key, "{\"confirmed\": \"yes\"}");
        complete("bgs.witness", key, "{\"confirmed\": \"yes\"}");
        complete(leader(unit), key, "{\"confirmed\": \"yes\"}");
        String instanceId = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(key)
                .singleResult()
                .getId();
        management.createJobQuery().processInstanceId(instanceId).list().forEach(j -> management.executeJob(j.getId()));

        assertThat(lifecycle.info(seal.id()).status()).isEqualTo(SealStatus.REVOKED);
        byte[] der = mvc.perform(get("/pki/crl")).andReturn().getResponse().getContentAsByteArray();
        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
        assertThat(crl.getRevokedCertificate(new BigInteger(seal.serialNumber(), 16)))
                .isNotNull();
        mvc.perform(get("/api/v1/seals").with(as(leader(unit))))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].status").value("APPLIED"))
                .andExpect(jsonPath("$[1].name").value(seal.name()));
    }

    @Test
    void a26_onlyTheOwningUnitsLeaderOrCustodianMayAsk() throws Exception {
        String unit = ownUnit("RO");
        String otherUnit = ownUnit("RN");
        SealInfo seal = activeSeal(unit);
        String body = "{\"reason\": \"CHANGE\", \"explanation\": \"机构改革\"}";
        mvc.perform(post("/api/v1/seals/" + seal.id() + "/revocations")
                        .with(as(clerk(unit)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/seals/" + seal.id() + "/revocations")
                        .with(as(leader(otherUnit)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/seals/" + seal.id() + "/revocations")
                        .with(as(custodian(unit)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"NONSENSE\", \"explanation\": \"x\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/seals/" + seal.id() + "/revocations")
                        .with(as(custodian(unit)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isAccepted());
        complete(
                "bgs.staff",
                SealRevocationProcess.businessKey(seal.id()),
                "{\"decision\": \"approve\", \"opinion\": \"同意\"}");
        complete(
                "sbmj.witness",
                SealRevocationProcess.businessKey(seal.id()),
                "{\"confirmed\": \"no\", \"remark\": \"未到现场\"}");
        assertThat(lifecycle.info(seal.id()).status()).isEqualTo(SealStatus.ACTIVE);
    }
}
