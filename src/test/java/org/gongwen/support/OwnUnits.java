package org.gongwen.support;

import java.util.EnumSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.organization.Role;
import org.gongwen.organization.UnitInfo;
import org.gongwen.organization.UnitKind;
import org.gongwen.seal.internal.SealInfo;
import org.gongwen.seal.internal.SealLifecycleService;
import org.gongwen.seal.internal.SealType;
import org.gongwen.security.AccountService;
import org.springframework.context.ApplicationContext;

/**
 * Units and people that only the calling test uses, so it can count their tasks, people or
 * documents without counting another test's rows. Each person is {@code <code>.<role>} (clerk,
 * leader, seal, tech, or the role's name) with the demo password.
 */
public record OwnUnits(OrganizationService organization, AccountService accounts, SealLifecycleService seals) {

    private static final AtomicInteger NEXT = new AtomicInteger();

    /** The roles' Chinese names, so a person's name is all Chinese where pages show it (收发员, 分管领导…). */
    private static final ResourceBundle ROLE_WORDS = ResourceBundle.getBundle("messages", Locale.ROOT);

    /** With the services of the shared test context. */
    public static OwnUnits in(ApplicationContext context) {
        return new OwnUnits(
                context.getBean(OrganizationService.class),
                context.getBean(AccountService.class),
                context.getBean(SealLifecycleService.class));
    }

    /** A code no other test has used in this run: {@code prefix} and a number. */
    public static String freshCode(String prefix) {
        return prefix
                + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase(Locale.ROOT)
                + NEXT.incrementAndGet();
    }

    /**
     * A county department with a {@link #freshCode} of {@code prefix}, named {@code name} and the code,
     * with one person for each of {@code roles}; returns the code.
     */
    public String freshUnit(String prefix, String name, Role... roles) {
        String code = freshCode(prefix);
        unit(code, name + code, roles);
        return code;
    }

    /** As {@link #freshUnit}, its people reachable by SMS and e-mail as {@link #reachableUnit}'s. */
    public String freshReachableUnit(String prefix, String name, Role... roles) {
        String code = freshCode(prefix);
        reachableUnit(code, name + code, roles);
        return code;
    }

    /** A county department {@code code} with one person for each of {@code roles}. */
    public UnitInfo unit(String code, String fullName, Role... roles) {
        return create(code, fullName, UnitKind.DEPARTMENT, false, roles);
    }

    /**
     * A unit of {@code kind} with one person for each of {@code roles}; as in the county, it holds a
     * physical seal unless it is one of the city's (information centre, secrecy bureau).
     */
    public UnitInfo unit(String code, String fullName, UnitKind kind, Role... roles) {
        return create(code, fullName, kind, false, roles);
    }

    /**
     * A county department as {@link #unit}, its people with a mobile number and an e-mail address as
     * the demo county's have, so their notices also go out by SMS and e-mail.
     */
    public UnitInfo reachableUnit(String code, String fullName, Role... roles) {
        return create(code, fullName, UnitKind.DEPARTMENT, true, roles);
    }

    private UnitInfo create(String code, String fullName, UnitKind kind, boolean reachable, Role... roles) {
        boolean holdsPhysicalSeal = kind != UnitKind.CITY_INFO_CENTER && kind != UnitKind.CITY_SECRECY_BUREAU;
        UnitInfo unit = organization.createUnit(
                code, fullName, fullName.substring(3), kind, null, "清" + code, holdsPhysicalSeal, 900);
        String hash = accounts.hash(Demo.PASSWORD);
        for (Role role : roles.length == 0 ? Set.<Role>of() : EnumSet.of(roles[0], roles)) {
            String login = login(code, role);
            PersonInfo person = organization.createPerson(
                    login,
                    fullName + ROLE_WORDS.getString("role." + role.name()),
                    unit.id(),
                    reachable ? String.format(Locale.ROOT, "139%08d", NEXT.incrementAndGet()) : null,
                    reachable ? login + "@qinghe.gov.example" : null,
                    Set.of(role));
            accounts.createAccount(person.id(), hash);
        }
        return unit;
    }

    /** The login {@link #unit} gave the person of {@code role} in unit {@code code}. */
    public static String login(String code, Role role) {
        String suffix = switch (role) {
            case CLERK -> "clerk";
            case LEADER -> "leader";
            case SEAL_CUSTODIAN -> "seal";
            case TECHNICIAN -> "tech";
            default -> role.name().toLowerCase(Locale.ROOT);
        };
        return code.toLowerCase(Locale.ROOT) + "." + suffix;
    }

    /**
     * A sending unit with a {@link #freshCode} of {@code prefix}, named {@code name} and the code, as
     * {@link #unitWithSeal}: its people log in as {@code <login>.clerk}, {@code .leader}, {@code .seal}.
     */
    public Issuer freshIssuer(String prefix, String name) {
        String code = freshCode(prefix);
        String organ = name + code;
        return new Issuer(code, organ, unitWithSeal(code, organ));
    }

    /**
     * As {@link #freshIssuer}, named exactly {@code organ} without the code: for a test that needs a
     * name of Chinese characters only (a red header set as one run of text). Other units may bear it too.
     */
    public Issuer freshIssuerNamed(String prefix, String organ) {
        String code = freshCode(prefix);
        return new Issuer(code, organ, unitWithSeal(code, organ));
    }

    /** A unit of {@link #freshIssuer}: its code, full name (the signing organ) and active seal. */
    public record Issuer(String code, String organ, SealInfo seal) {

        /** The login prefix of its people, as {@link DocumentChain} takes it. */
        public String login() {
            return code.toLowerCase(Locale.ROOT);
        }
    }

    /** A unit with clerk, leader and seal custodian, and an active official seal in the custodian's keeping. */
    public SealInfo unitWithSeal(String code, String fullName) {
        unit(code, fullName, Role.CLERK, Role.LEADER, Role.SEAL_CUSTODIAN);
        return activeSeal(code);
    }

    /**
     * A new active official seal, named as the unit, of unit {@code code} (one of {@link #unit}'s or a
     * demo unit), in the keeping of its custodian {@code <code>.seal}.
     */
    public SealInfo activeSeal(String code) {
        UnitInfo unit = organization.unitByCode(code).orElseThrow();
        PersonInfo custodian =
                organization.personByUsername(login(code, Role.SEAL_CUSTODIAN)).orElseThrow();
        SealInfo seal = seals.register(unit.id(), unit.fullName(), SealType.OFFICIAL);
        seals.approve(seal.id());
        seals.make(seal.id());
        return seals.activate(seal.id(), custodian.id());
    }
}
