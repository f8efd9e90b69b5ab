package org.gongwen.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Who a notice to a unit's clerks or leaders reaches: its active people with that role, by id. */
@IntegrationTest
class ActivePeopleIntegrationTests {

    @Autowired
    OrganizationService organization;

    @Autowired
    ApplicationContext context;

    @Test
    void theIdsOfAUnitsPeopleWithARoleAreThoseOfThePeopleWithIt() {
        String code = OwnUnits.freshCode("AP");
        UnitInfo unit = OwnUnits.in(context).unit(code, "在岗人员测试局" + code, Role.CLERK, Role.LEADER);
        PersonInfo second = organization.createPerson(
                OwnUnits.login(code, Role.CLERK) + "2",
                "第二文书",
                unit.id(),
                null,
                null,
                List.of(Role.CLERK, Role.TECHNICIAN));

        List<Long> clerks = organization.activePersonIdsWithRoleIn(Role.CLERK, unit.id());

        assertThat(clerks)
                .hasSize(2)
                .contains(second.id())
                .containsExactlyElementsOf(organization.activePeopleWithRoleIn(Role.CLERK, unit.id()).stream()
                        .map(PersonInfo::id)
                        .toList());
        assertThat(organization.activePersonIdsWithRoleIn(Role.LEADER, unit.id()))
                .containsExactly(organization
                        .personByUsername(OwnUnits.login(code, Role.LEADER))
                        .orElseThrow()
                        .id());
        assertThat(organization.activePersonIdsWithRoleIn(Role.SEAL_CUSTODIAN, unit.id()))
                .isEmpty();
    }
}
