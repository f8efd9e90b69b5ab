package org.gongwen.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.support.Api.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.gongwen.seal.internal.SealLifecycleService;
import org.gongwen.security.AccountService;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A37: a unit's technician keeps the register of its transmission machines, each with a named person; the
 * unit and its neighbour are the test's own ({@link OwnUnits}).
 */
@IntegrationTest
class TransmissionMachinesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationService organization;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    SealLifecycleService seals;

    private String ownUnit(String prefix) {
        return new OwnUnits(organization, accounts, seals).freshUnit(prefix, "清河县设备登记测试局", Role.CLERK, Role.TECHNICIAN);
    }

    @Test
    void a37_theUnitsTechnicianRegistersMachinesWithANamedPersonInCharge() throws Exception {
        String code = ownUnit("TM");
        String otherCode = ownUnit("TO");
        String technician = OwnUnits.login(code, Role.TECHNICIAN);
        String otherTechnician = OwnUnits.login(otherCode, Role.TECHNICIAN);
        long unit = organization.unitByCode(code).orElseThrow().id();
        long clerk = organization
                .personByUsername(OwnUnits.login(code, Role.CLERK))
                .orElseThrow()
                .id();
        long tech = organization.personByUsername(technician).orElseThrow().id();
        long otherUnitsClerk = organization
                .personByUsername(OwnUnits.login(otherCode, Role.CLERK))
                .orElseThrow()
                .id();
        String base = "/api/v1/units/" + unit + "/machines";

        String created = mvc.perform(post(base)
                        .with(as(technician))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"PRINTER\",\"name\":\"公文专用打印机\",\"assetNumber\":\"QH-2026-031\","
                                + "\"location\":\"党政办 203 室\",\"responsibleId\":" + clerk + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.responsibleId").value(clerk))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long machineId = ((Number) JsonPath.read(created, "$.id")).longValue();

        mvc.perform(post(base)
                        .with(as(technician))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"COMPUTER\",\"name\":\"收发专用计算机\",\"responsibleId\":" + otherUnitsClerk
                                + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("责任人须为本单位在岗人员。"));
        mvc.perform(post(base)
                        .with(as(technician))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"COMPUTER\",\"name\":\" \",\"responsibleId\":" + clerk + "}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(base)
                        .with(as(OwnUnits.login(code, Role.CLERK)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"COMPUTER\",\"name\":\"收发专用计算机\",\"responsibleId\":" + clerk + "}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(base)
                        .with(as(otherTechnician))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"COMPUTER\",\"name\":\"收发专用计算机\",\"responsibleId\":" + clerk + "}"))
                .andExpect(status().isForbidden());

        mvc.perform(put(base + "/" + machineId + "/responsible")
                        .with(as(technician))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"responsibleId\":" + tech + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.responsibleId").value(tech));
        mvc.perform(get(base).with(as("bgs.supervisor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(machineId))
                .andExpect(jsonPath("$[0].name").value("公文专用打印机"));
        mvc.perform(get(base).with(as(otherTechnician))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where target_type = 'machine' and target_id = ?",
                        Integer.class,
                        Long.toString(machineId)))
                .isEqualTo(2);

        mvc.perform(delete(base + "/" + machineId).with(as("admin"))).andExpect(status().isNoContent());
        mvc.perform(get(base).with(as(technician)))
                .andExpect(jsonPath("$.length()").value(0));
    }
}
