package org.gongwen.supervision.ui;

import com.vaadin.flow.component.Component;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.UnitInfo;

/**
 * The dashboard's figures in words: working hours, step types, and candidate groups
 * ({@code LEADER@Z05} → 领导（城关镇）), so no code reaches the page.
 */
final class ProcessWords {

    private final Component component;
    private final OrganizationService organization;

    ProcessWords(Component component, OrganizationService organization) {
        this.component = component;
        this.organization = organization;
    }

    String hours(Double hours) {
        return hours == null ? "—" : component.getTranslation("processes.hours", String.format("%.1f", hours));
    }

    String type(String type) {
        String key = "processes.type." + type;
        String word = component.getTranslation(key);
        return word.equals(key) ? component.getTranslation("processes.type.other") : word;
    }

    String person(String name, String candidates) {
        if (name != null) {
            return name;
        }
        if (candidates == null || candidates.isBlank()) {
            return component.getTranslation("processes.nobody");
        }
        return component.getTranslation(
                "processes.unclaimed",
                Arrays.stream(candidates.split("、")).map(this::group).collect(Collectors.joining("、")));
    }

    private String group(String group) {
        String[] parts = group.split("@", 2);
        String role = component.getTranslation("role." + parts[0]);
        if (role.equals("role." + parts[0])) {
            role = component.getTranslation("processes.group");
        }
        if (parts.length == 1) {
            return role;
        }
        return role + "（"
                + organization
                        .unitByCode(parts[1])
                        .map(UnitInfo::shortName)
                        .orElse(component.getTranslation("processes.otherUnit"))
                + "）";
    }
}
