package org.gongwen.operations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import org.gongwen.operations.IncidentService;
import org.gongwen.operations.internal.FaultReport;
import org.gongwen.operations.internal.IncidentInfo;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.CountyZone;

/** 报告故障: a unit's technician or clerk reports a fault to the information centre (A31). */
@Route("fault-report")
@RolesAllowed({"TECHNICIAN", "CLERK"})
@Menu(title = "incident.report.title", order = 42, icon = "WARNING")
public class FaultReportView extends VerticalLayout implements HasDynamicTitle {

    final TextArea what = new TextArea();
    final DateTimePicker since = new DateTimePicker();
    final TextArea impact = new TextArea();
    final Button submit = new Button();
    final Paragraph result = new Paragraph();
    private final transient IncidentService incidents;
    private final CountyZone zone;

    public FaultReportView(IncidentService incidents, CountyZone zone) {
        this.incidents = incidents;
        this.zone = zone;
        what.setLabel(getTranslation("incident.col.what"));
        what.setRequired(true);
        what.setMaxLength(1000);
        what.setWidth("36em");
        since.setLabel(getTranslation("incident.col.since"));
        since.setValue(LocalDateTime.now(zone.zone()).withSecond(0).withNano(0));
        impact.setLabel(getTranslation("incident.col.impact"));
        impact.setRequired(true);
        impact.setMaxLength(1000);
        impact.setWidth("36em");
        submit.setText(getTranslation("incident.report.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        result.addClassName("fault-report-result");
        add(
                new H2(getTranslation("incident.report.title")),
                new Paragraph(getTranslation("incident.report.intro")),
                what,
                since,
                impact,
                submit,
                result);
    }

    private void submit() {
        try {
            IncidentInfo incident = incidents.report(new FaultReport(
                    what.getValue(),
                    since.getValue() == null ? null : zone.toInstant(since.getValue()),
                    impact.getValue()));
            result.setText(getTranslation("incident.report.done", incident.id()));
            what.clear();
            impact.clear();
        } catch (BusinessException e) {
            result.setText(getTranslation(e.messageKey(), e.args()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("incident.report.title");
    }
}
