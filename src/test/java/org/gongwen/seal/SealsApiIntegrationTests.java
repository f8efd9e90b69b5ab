package org.gongwen.seal;

import static org.gongwen.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.seal.internal.SealInfo;
import org.gongwen.seal.internal.SealLifecycleService;
import org.gongwen.seal.internal.SealStatus;
import org.gongwen.seal.internal.SealType;
import org.gongwen.security.AccountService;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
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

    @Autowired
    AccountService accounts;

    @Test
    void a35_sealsAndCertificatesOfTheOwnUnitOnly() throws Exception {
        String code = OwnUnits.freshCode("SA");
        String otherCode = OwnUnits.freshCode("SO");
        OwnUnits own = new OwnUnits(organization, accounts, lifecycle);
        long unit = own.unit(code, "清河县印章查询测试局" + code, Role.CLERK).id();
        own.unit(otherCode, "清河县其他测试局" + otherCode, Role.CLERK);
        String clerk = OwnUnits.login(code, Role.CLERK);
        String otherClerk = OwnUnits.login(otherCode, Role.CLERK);
        SealInfo seal = lifecycle.register(unit, "清河县商务局", SealType.OFFICIAL);
        lifecycle.approve(seal.id());
        lifecycle.make(seal.id());

        mvc.perform(get("/api/v1/seals").with(as(clerk)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].name").value("清河县商务局"))
                .andExpect(jsonPath("$[0].status").value("MADE"))
                .andExpect(content().string(not(containsString("keystore"))));
        mvc.perform(get("/api/v1/seals/" + seal.id() + "/certificate").with(as(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("-----BEGIN CERTIFICATE-----")))
                .andExpect(content().string(not(containsString("PRIVATE KEY"))));
        mvc.perform(get("/api/v1/seals").with(as(otherClerk)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/seals/" + seal.id() + "/certificate").with(as(otherClerk)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/seals/" + seal.id() + "/certificate").with(as("bgs.staff")))
                .andExpect(status().isOk());
        org.assertj.core.api.Assertions.assertThat(lifecycle.info(seal.id()).status())
                .isEqualTo(SealStatus.MADE);
    }
}
