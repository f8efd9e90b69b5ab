package org.gongwen.seal.internal;

import java.util.List;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.organization.UnitInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Active seals for two demo units (the county office and 城关镇), so a newcomer can stamp and
 * sign documents at once. Demo units have no paper impression, so their seals are drawn star
 * seals; production seals are only ever made from a scan.
 */
@Component
@Order(30)
class DemoSeals implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeals.class);
    private static final List<String> UNITS = List.of("QHXBGS", "Z01");

    private final boolean enabled;
    private final SealRepository seals;
    private final SealLifecycleService lifecycle;
    private final OrganizationService organization;

    DemoSeals(
            @Value("${gongwen.demo.enabled:false}") boolean enabled,
            SealRepository seals,
            SealLifecycleService lifecycle,
            OrganizationService organization) {
        this.enabled = enabled;
        this.seals = seals;
        this.lifecycle = lifecycle;
        this.organization = organization;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || seals.count() > 0) {
            return;
        }
        for (String code : UNITS) {
            organization.unitByCode(code).ifPresent(this::seed);
        }
    }

    private void seed(UnitInfo unit) {
        PersonInfo custodian = organization
                .personByUsername(
                        unit.code().equals("QHXBGS") ? "bgs.seal" : unit.code().toLowerCase() + ".seal")
                .orElse(null);
        if (custodian == null) {
            return;
        }
        SealInfo seal = lifecycle.register(unit.id(), unit.fullName(), SealType.OFFICIAL, "演示单位初始印章");
        lifecycle.approve(seal.id(), "演示数据", null);
        lifecycle.make(seal.id());
        lifecycle.activate(seal.id(), custodian.id());
        log.info("Demo seal {} made and activated for {}", seal.name(), custodian.username());
    }
}
