package org.gongwen.organization.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gongwen.audit.AuditUnitNames;
import org.gongwen.organization.UnitInfo;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the audit viewer the units' names. */
@Component
class OrganizationAuditUnitNames implements AuditUnitNames {

    private final UnitRepository units;

    OrganizationAuditUnitNames(UnitRepository units) {
        this.units = units;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> unitNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        units.findAll().stream()
                .map(Unit::toInfo)
                .sorted(java.util.Comparator.comparing(UnitInfo::code))
                .forEach(u -> names.put(u.id(), u.fullName()));
        return names;
    }
}
