package org.gongwen.seal;

import static org.gongwen.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongwen.organization.OrganizationService;
import org.gongwen.seal.internal.SealInfo;
import org.gongwen.seal.internal.SealLifecycleService;
import org.gongwen.seal.internal.SealStatus;
import org.gongwen.seal.internal.SealType;
import org.gongwen.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** /api/v1/seals shows the caller's unit's seals and certificates, never another unit's, never keys. */
@IntegrationTest
class SealsApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SealLifecycleService lifecycle;

    @Autowired
    OrganizationService organization;

    @Test
    void a35_sealsAndCertificatesOfTheOwnUnitOnly() throws Exception {
        long unit = organization.unitByCode("B13").orElseThrow().id();
        SealInfo seal = lifecycle.register(unit, "清河县商务局", SealType.OFFICIAL);
        lifecycle.approve(seal.id());
        lifecycle.make(seal.id());

        mvc.perform(get("/api/v1/seals").with(as("b13.clerk")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("清河县商务局"))
                .andExpect(jsonPath("$[0].status").value("MADE"))
                .andExpect(content().string(not(containsString("keystore"))));
        mvc.perform(get("/api/v1/seals/" + seal.id() + "/certificate").with(as("b13.clerk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("-----BEGIN CERTIFICATE-----")))
                .andExpect(content().string(not(containsString("PRIVATE KEY"))));
        mvc.perform(get("/api/v1/seals").with(as("b14.clerk")))
                .andExpect(content().string(not(containsString("清河县商务局"))));
        mvc.perform(get("/api/v1/seals/" + seal.id() + "/certificate").with(as("b14.clerk")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/seals/" + seal.id() + "/certificate").with(as("bgs.staff")))
                .andExpect(status().isOk());
        org.assertj.core.api.Assertions.assertThat(lifecycle.info(seal.id()).status())
                .isEqualTo(SealStatus.MADE);
    }
}
