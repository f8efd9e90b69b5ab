package org.gongwen.operations;

import com.vaadin.flow.component.html.Span;
import org.gongwen.shared.CountyZone;

/**
 * The system-wide banner while documents go on paper because of an unrestored fault (A31).
 * The shell refreshes it on every navigation.
 */
public class IncidentBanner extends Span {

    private final transient IncidentService incidents;
    private final CountyZone zone;

    public IncidentBanner(IncidentService incidents, CountyZone zone) {
        this.incidents = incidents;
        this.zone = zone;
        addClassName("incident-banner");
        getStyle()
                .set("background", "var(--lumo-error-color)")
                .set("color", "var(--lumo-error-contrast-color)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-m)")
                .set("font-weight", "600")
                .set("border-radius", "var(--lumo-border-radius-m)");
        refresh();
    }

    public void refresh() {
        incidents
                .current()
                .ifPresentOrElse(
                        incident -> {
                            setText(getTranslation(
                                    "incident.banner", zone.formatTimeWithSeconds(incident.paperFrom())));
                            setVisible(true);
                        },
                        () -> setVisible(false));
    }
}
