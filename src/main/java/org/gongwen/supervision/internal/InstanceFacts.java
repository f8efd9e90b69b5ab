package org.gongwen.supervision.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.UnitInfo;
import org.gongwen.shared.ProcessFacade;
import org.springframework.stereotype.Component;

/**
 * What a process instance is about and which unit it concerns, from its variables: {@code subject}
 * (a document's title, a seal's name), and the unit named by {@code recipientUnitCode} (a copy
 * delivered to it), else {@code unitCode} (its own document, seal or request), else
 * {@code senderUnitCode}, else {@code unitId}.
 */
@Component
public class InstanceFacts {

    static final List<String> UNIT_VARIABLES = List.of("recipientUnitCode", "unitCode", "senderUnitCode", "unitId");
    private static final List<String> NAMES =
            List.of(ProcessFacade.SUBJECT, "recipientUnitCode", "unitCode", "senderUnitCode", "unitId");

    private final ProcessHistoryQueries queries;
    private final OrganizationService organization;

    InstanceFacts(ProcessHistoryQueries queries, OrganizationService organization) {
        this.queries = queries;
        this.organization = organization;
    }

    public Map<String, Facts> of(Collection<String> processInstanceIds) {
        Map<String, UnitInfo> byCode = new HashMap<>();
        Map<Long, UnitInfo> byId = new HashMap<>();
        for (UnitInfo unit : organization.units()) {
            byCode.put(unit.code(), unit);
            byId.put(unit.id(), unit);
        }
        Map<String, Facts> facts = new HashMap<>();
        queries.variables(processInstanceIds, NAMES).forEach((instance, values) -> {
            UnitInfo unit = null;
            for (String name : UNIT_VARIABLES) {
                Object value = values.get(name);
                unit = value instanceof Number n ? byId.get(n.longValue()) : value == null ? null : byCode.get(value);
                if (unit != null) {
                    break;
                }
            }
            facts.put(instance, new Facts(values.get(ProcessFacade.SUBJECT) instanceof String s ? s : null, unit));
        });
        return facts;
    }

    public Facts of(String processInstanceId) {
        return of(List.of(processInstanceId)).getOrDefault(processInstanceId, Facts.NONE);
    }

    /** An instance's subject and unit; either may be null. */
    public record Facts(String subject, UnitInfo unit) {

        public static final Facts NONE = new Facts(null, null);

        public Long unitId() {
            return unit == null ? null : unit.id();
        }

        public String unitName() {
            return unit == null ? null : unit.fullName();
        }
    }
}
