package org.gongwen.security;

import java.util.EnumSet;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.organization.Role;
import org.gongwen.organization.UnitInfo;
import org.gongwen.organization.UnitKind;
import org.gongwen.support.Demo;

/** Unit XF01 with clerks {@code xf01.clerk1}… that only the password policy tests use; created on first use. */
final class PolicyTestUnit {

    private PolicyTestUnit() {}

    static synchronized PersonInfo person(OrganizationService organization, AccountService accounts, String username) {
        UnitInfo unit = organization
                .unitByCode("XF01")
                .orElseGet(() -> organization.createUnit(
                        "XF01", "测试密码策略单位", "策略单位", UnitKind.DEPARTMENT, null, "测策", false, 901));
        return organization.personByUsername(username).orElseGet(() -> {
            PersonInfo person = organization.createPerson(
                    username, "策略测试" + username, unit.id(), null, null, EnumSet.of(Role.CLERK));
            accounts.createAccount(person.id(), accounts.hash(Demo.PASSWORD));
            return person;
        });
    }
}
