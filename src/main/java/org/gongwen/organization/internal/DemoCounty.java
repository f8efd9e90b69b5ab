package org.gongwen.organization.internal;

import static org.gongwen.organization.Role.ADMIN;
import static org.gongwen.organization.Role.CLERK;
import static org.gongwen.organization.Role.COUNTY_OFFICE;
import static org.gongwen.organization.Role.INFO_CENTER;
import static org.gongwen.organization.Role.LEADER;
import static org.gongwen.organization.Role.SEAL_CUSTODIAN;
import static org.gongwen.organization.Role.SUPERVISOR;
import static org.gongwen.organization.Role.TECHNICIAN;
import static org.gongwen.organization.Role.WITNESS;

import java.util.List;
import java.util.Locale;
import org.gongwen.organization.Role;
import org.gongwen.organization.UnitKind;
import org.gongwen.security.AccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo county 清河县 into an empty database: the county government, its office, the
 * information centre, 20 towns, 25 departments, affiliated institutions, the city information
 * centre and secrecy bureau, and in each unit a clerk, a leader, a seal custodian and a technician.
 */
@Component
@Order(10)
class DemoCounty implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCounty.class);

    private static final List<String> TOWNS = List.of(
            "城关镇", "东关镇", "西河镇", "南坪镇", "北山镇", "白马镇", "青石镇", "柳林镇", "杏花镇", "龙泉镇", "石桥镇", "大营镇", "新集镇", "马庄镇", "黄土镇",
            "红星乡", "桃园乡", "梨树乡", "长岭乡", "双河乡");
    private static final List<String[]> DEPARTMENTS = List.of(
            d("县发展和改革局", "发改局", "清发改"),
            d("县教育局", "教育局", "清教"),
            d("县公安局", "公安局", "清公"),
            d("县民政局", "民政局", "清民"),
            d("县司法局", "司法局", "清司"),
            d("县财政局", "财政局", "清财"),
            d("县人力资源和社会保障局", "人社局", "清人社"),
            d("县自然资源局", "自然资源局", "清自然"),
            d("县住房和城乡建设局", "住建局", "清住建"),
            d("县交通运输局", "交通局", "清交"),
            d("县水利局", "水利局", "清水"),
            d("县农业农村局", "农业农村局", "清农"),
            d("县商务局", "商务局", "清商"),
            d("县文化和旅游局", "文旅局", "清文旅"),
            d("县卫生健康局", "卫健局", "清卫健"),
            d("县退役军人事务局", "退役军人局", "清退役"),
            d("县应急管理局", "应急局", "清应急"),
            d("县审计局", "审计局", "清审"),
            d("县市场监督管理局", "市场监管局", "清市监"),
            d("县统计局", "统计局", "清统"),
            d("县医疗保障局", "医保局", "清医保"),
            d("县林业局", "林业局", "清林"),
            d("县科学技术局", "科技局", "清科"),
            d("县工业和信息化局", "工信局", "清工信"),
            d("县生态环境分局", "生态环境分局", "清环"));
    private static final List<String[]> INSTITUTIONS = List.of(
            d("县人民医院", "人民医院", "清医院"),
            d("县第一中学", "一中", "清一中"),
            d("县融媒体中心", "融媒体中心", "清融媒"),
            d("县自来水公司", "自来水公司", "清水司"));
    private static final String SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀华平刚辉玲桂兰英霞峰建红云飞鹏宇婷雪琳浩凯";
    private static final String COUNTY = "清河县";

    private final DemoCountyProperties properties;
    private final UnitRepository units;
    private final PersonRepository people;
    private final AccountService accounts;
    private String passwordHash;
    private int personCount;

    DemoCounty(
            DemoCountyProperties properties, UnitRepository units, PersonRepository people, AccountService accounts) {
        this.properties = properties;
        this.units = units;
        this.people = people;
        this.accounts = accounts;
    }

    private static String[] d(String fullName, String shortName, String prefix) {
        return new String[] {fullName, shortName, prefix};
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.enabled() || units.count() > 0) {
            return;
        }
        passwordHash = accounts.hash(properties.password());
        seed();
        log.info("Demo county {} seeded: {} units, {} people", COUNTY, units.count(), personCount);
    }

    private void seed() {
        Unit government = unit("QHX", COUNTY + "人民政府", "县政府", UnitKind.COUNTY_GOVERNMENT, null, "清政", 0);
        staff(government, "xzf");
        Unit office = unit("QHXBGS", COUNTY + "人民政府办公室", "县政府办", UnitKind.COUNTY_OFFICE, government, "清政办", 1);
        staff(office, "bgs");
        person("bgs.staff", office, COUNTY_OFFICE, CLERK);
        person("bgs.supervisor", office, SUPERVISOR, COUNTY_OFFICE);
        person("bgs.witness", office, WITNESS);
        Unit infoCentre = unit("QHXXXZX", COUNTY + "信息中心", "县信息中心", UnitKind.COUNTY_INFO_CENTER, office, "清信", 2);
        staff(infoCentre, "xxzx");
        person("xxzx.staff", infoCentre, INFO_CENTER, TECHNICIAN);
        person("admin", infoCentre, ADMIN);
        for (int i = 0; i < TOWNS.size(); i++) {
            String name = TOWNS.get(i);
            String code = String.format(Locale.ROOT, "Z%02d", i + 1);
            Unit town = unit(
                    code,
                    COUNTY + name + "人民政府",
                    name,
                    UnitKind.TOWN,
                    government,
                    name.substring(0, name.length() - 1) + "政",
                    100 + i);
            staff(town, code.toLowerCase(Locale.ROOT));
        }
        for (int i = 0; i < DEPARTMENTS.size(); i++) {
            String[] dep = DEPARTMENTS.get(i);
            String code = String.format(Locale.ROOT, "B%02d", i + 1);
            Unit unit =
                    unit(code, COUNTY + dep[0].substring(1), dep[1], UnitKind.DEPARTMENT, government, dep[2], 200 + i);
            staff(unit, code.toLowerCase(Locale.ROOT));
        }
        for (int i = 0; i < INSTITUTIONS.size(); i++) {
            String[] inst = INSTITUTIONS.get(i);
            String code = String.format(Locale.ROOT, "S%02d", i + 1);
            Unit unit = unit(
                    code,
                    COUNTY + inst[0].substring(1),
                    inst[1],
                    UnitKind.AFFILIATED_INSTITUTION,
                    government,
                    inst[2],
                    300 + i);
            staff(unit, code.toLowerCase(Locale.ROOT));
        }
        Unit cityInfo = unit("SXXZX", "清州市信息中心", "市信息中心", UnitKind.CITY_INFO_CENTER, null, null, 400);
        person("sxxzx.staff", cityInfo, INFO_CENTER, TECHNICIAN);
        Unit secrecy = unit("SBMJ", "清州市国家保密局", "市保密局", UnitKind.CITY_SECRECY_BUREAU, null, null, 401);
        person("sbmj.witness", secrecy, WITNESS);
    }

    private Unit unit(
            String code, String fullName, String shortName, UnitKind kind, Unit parent, String prefix, int order) {
        boolean holdsSeal = kind != UnitKind.CITY_INFO_CENTER && kind != UnitKind.CITY_SECRECY_BUREAU;
        return units.save(new Unit(
                code, fullName, shortName, kind, parent == null ? null : parent.getId(), prefix, holdsSeal, order));
    }

    private void staff(Unit unit, String prefix) {
        person(prefix + ".clerk", unit, CLERK);
        person(prefix + ".leader", unit, LEADER);
        person(prefix + ".seal", unit, SEAL_CUSTODIAN);
        person(prefix + ".tech", unit, TECHNICIAN);
    }

    private void person(String username, Unit unit, Role... roles) {
        int n = personCount++;
        String name = SURNAMES.charAt(n % SURNAMES.length()) + ""
                + GIVEN.charAt((n * 7) % GIVEN.length())
                + (n % 3 == 0 ? "" : String.valueOf(GIVEN.charAt((n * 13 + 5) % GIVEN.length())));
        String mobile = String.format(Locale.ROOT, "139%08d", 10_000_000 + n * 7919 % 90_000_000);
        Person person = people.save(
                new Person(username, name, unit.getId(), mobile, username + "@qinghe.gov.example", List.of(roles)));
        accounts.createAccount(person.getId(), passwordHash);
    }
}
