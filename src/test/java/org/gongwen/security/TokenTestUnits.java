package org.gongwen.security;

import java.util.EnumSet;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.organization.Role;
import org.gongwen.organization.UnitInfo;
import org.gongwen.organization.UnitKind;
import org.gongwen.support.Demo;

/**
 * Units XT01, XT02… that only the API token tests use, each with a technician
 * ({@code xt01.tech}) and a clerk ({@code xt01.clerk}) who log in with the demo password.
 * Created on first use, so test classes sharing the database may ask for the same unit.
 */
public final class TokenTestUnits {

    private final OrganizationService organization;
    private final AccountService accounts;

    public TokenTestUnits(OrganizationService organization, AccountService accounts) {
        this.organization = organization;
        this.accounts = accounts;
    }

    public synchronized UnitInfo unit(String code) {
        return organization.unitByCode(code).orElseGet(() -> create(code));
    }

    private UnitInfo create(String code) {
        UnitInfo unit = organization.createUnit(
                code, "测试接口单位" + code, "接口" + code, UnitKind.DEPARTMENT, null, "测" + code, false, 900);
        person(unit, "tech", "技术员" + code, Role.TECHNICIAN);
        person(unit, "clerk", "收发员" + code, Role.CLERK);
        return unit;
    }

    private void person(UnitInfo unit, String suffix, String fullName, Role role) {
        PersonInfo person = organization.createPerson(
                unit.code().toLowerCase() + "." + suffix, fullName, unit.id(), null, null, EnumSet.of(role));
        accounts.createAccount(person.id(), accounts.hash(Demo.PASSWORD));
    }
}
