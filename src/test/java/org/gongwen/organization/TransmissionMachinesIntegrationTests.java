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
import org.gongwen.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A37: 石桥镇 (Z17)'s technician keeps the register of its transmission machines, each with a named person. */
@IntegrationTest
class TransmissionMachinesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationService organization;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a37_theUnitsTechnicianRegistersMachinesWithANamedPersonInCharge() throws Exception {
        long z17 = organization.unitByCode("Z17").orElseThrow().id();
        long clerk = organization.personByUsername("z17.clerk").orElseThrow().id();
        long tech = organization.personByUsername("z17.tech").orElseThrow().id();
        long otherUnitsClerk =
                organization.personByUsername("z18.clerk").orElseThrow().id();
        String base = "/api/v1/units/" + z17 + "/machines";

        String created = mvc.perform(post(base)
                        .with(as("z17.tech"))
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
                        .with(as("z17.tech"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"COMPUTER\",\"name\":\"收发专用计算机\",\"responsibleId\":" + otherUnitsClerk
                                + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("责任人须为本单位在岗人员。"));
        mvc.perform(post(base)
                        .with(as("z17.tech"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"COMPUTER\",\"name\":\" \",\"responsibleId\":" + clerk + "}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(base)
                        .with(as("z17.clerk"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"COMPUTER\",\"name\":\"收发专用计算机\",\"responsibleId\":" + clerk + "}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(base)
                        .with(as("z18.tech"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"COMPUTER\",\"name\":\"收发专用计算机\",\"responsibleId\":" + clerk + "}"))
                .andExpect(status().isForbidden());

        mvc.perform(put(base + "/" + machineId + "/responsible")
                        .with(as("z17.tech"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"responsibleId\":" + tech + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.responsibleId").value(tech));
        mvc.perform(get(base).with(as("bgs.supervisor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + machineId + ")].name").value("公文专用打印机"));
        mvc.perform(get(base).with(as("z18.tech"))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where target_type = 'machine' and target_id = ?",
                        Integer.class,
                        Long.toString(machineId)))
                .isEqualTo(2);

        mvc.perform(delete(base + "/" + machineId).with(as("admin"))).andExpect(status().isNoContent());
        mvc.perform(get(base).with(as("z17.tech")))
                .andExpect(jsonPath("$[?(@.id == " + machineId + ")]").isEmpty());
    }
}
