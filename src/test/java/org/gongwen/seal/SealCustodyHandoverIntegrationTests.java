package org.gongwen.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.organization.Role;
import org.gongwen.organization.UnitInfo;
import org.gongwen.organization.UnitKind;
import org.gongwen.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A32: handing over the seal custodian role hands over custody of the person's seals, and nothing else does. */
@IntegrationTest
class SealCustodyHandoverIntegrationTests {

    @Autowired
    OrganizationService organization;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a32_theSealGoesToTheSuccessorOnlyWithTheCustodianRole() {
        UnitInfo unit =
                organization.createUnit("XF02", "测试印章交接单位", "印章交接", UnitKind.DEPARTMENT, null, "测印", false, 902);
        PersonInfo outgoing = organization.createPerson(
                "xf02.seal", "原保管人", unit.id(), null, null, EnumSet.of(Role.SEAL_CUSTODIAN, Role.CLERK));
        PersonInfo successor =
                organization.createPerson("xf02.clerk", "接任人", unit.id(), null, null, EnumSet.of(Role.CLERK));
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "insert into seal_seal (unit_id, name, seal_type, status, custodian_id, created_at, updated_at)"
                        + " values (?, '测试印章交接单位公文专用章', 'DOCUMENT', 'ACTIVE', ?, ?, ?)",
                unit.id(),
                outgoing.id(),
                now,
                now);
        long sealId = jdbc.queryForObject("select id from seal_seal where unit_id = ?", Long.class, unit.id());

        organization.moveRoles(outgoing.id(), successor.id(), EnumSet.of(Role.CLERK));
        assertThat(custodian(sealId)).isEqualTo(outgoing.id());

        organization.moveRoles(outgoing.id(), successor.id(), EnumSet.of(Role.SEAL_CUSTODIAN));
        assertThat(custodian(sealId)).isEqualTo(successor.id());
        assertThat(organization.person(successor.id()).orElseThrow().roles()).contains(Role.SEAL_CUSTODIAN);
        assertThat(jdbc.queryForObject(
                        "select note from seal_event where seal_id = ? and action = 'CUSTODIAN_CHANGED'",
                        String.class,
                        sealId))
                .isEqualTo("原保管人 → 接任人");
    }

    private long custodian(long sealId) {
        return jdbc.queryForObject("select custodian_id from seal_seal where id = ?", Long.class, sealId);
    }
}
