package org.gongwen.operations;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.gongwen.operations.internal.FaultReport;
import org.gongwen.operations.internal.Incident;
import org.gongwen.operations.internal.IncidentDocument;
import org.gongwen.operations.internal.IncidentInfo;
import org.gongwen.operations.internal.IncidentRepository;
import org.gongwen.operations.process.SystemFaultProcess;
import org.gongwen.organization.Role;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.CountyZone;
import org.gongwen.shared.ProcessStarter;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * System faults (A31): a unit's technician or clerk reports one, which starts {@code system-fault}
 * for the information centre; {@link #current()} tells every screen whether documents go on paper.
 */
@Service
public class IncidentService {

    static final int TEXT_MAX = 1000;

    private final IncidentRepository incidents;
    private final ProcessStarter starter;
    private final AuthenticatedUser authenticatedUser;
    private final IncidentDocument document;
    private final Clock clock;
    private final CountyZone zone;

    public IncidentService(
            IncidentRepository incidents,
            ProcessStarter starter,
            AuthenticatedUser authenticatedUser,
            IncidentDocument document,
            Clock clock,
            CountyZone zone) {
        this.incidents = incidents;
        this.starter = starter;
        this.authenticatedUser = authenticatedUser;
        this.document = document;
        this.clock = clock;
        this.zone = zone;
    }

    @Transactional
    @Secured({"ROLE_" + Role.Names.TECHNICIAN, "ROLE_" + Role.Names.CLERK})
    public IncidentInfo report(FaultReport report) {
        CurrentUser user = authenticatedUser.require();
        String what = required(report.what());
        String impact = required(report.impact());
        if (report.since() == null || report.since().isAfter(clock.instant())) {
            throw BusinessException.invalid("incident.error.since");
        }
        Incident incident = incidents.save(new Incident(
                user.unitId(), user.unitName(), user.username(), clock.instant(), what, report.since(), impact));
        String sinceLabel = zone.formatTime(report.since());
        incident.startedAs(starter.startAs(
                        user.username(),
                        SystemFaultProcess.KEY,
                        SystemFaultProcess.businessKey(incident.getId()),
                        SystemFaultProcess.startVariables(incident.getId(), user.unitName(), what, sinceLabel, impact))
                .getId());
        return incident.info();
    }

    /** The incident for which documents go on paper now, if any: every signed-in person sees it. */
    @Transactional(readOnly = true)
    public Optional<IncidentInfo> current() {
        return incidents
                .findFirstByPaperFromIsNotNullAndPaperToIsNullOrderByPaperFromAsc()
                .map(Incident::info);
    }

    @Transactional(readOnly = true)
    @Secured({"ROLE_" + Role.Names.INFO_CENTER, "ROLE_" + Role.Names.COUNTY_OFFICE, "ROLE_" + Role.Names.ADMIN})
    public List<IncidentInfo> incidents() {
        return incidents.findAllByOrderByReportedAtDescIdDesc().stream()
                .map(Incident::info)
                .toList();
    }

    @Transactional(readOnly = true)
    @Secured({"ROLE_" + Role.Names.INFO_CENTER, "ROLE_" + Role.Names.COUNTY_OFFICE, "ROLE_" + Role.Names.ADMIN})
    public IncidentInfo incident(long id) {
        return incidents
                .findById(id)
                .map(Incident::info)
                .orElseThrow(() -> BusinessException.notFound("incident.error.notFound", id));
    }

    /** One incident report as a PDF in the county's layout, in Simplified Chinese, dated today. */
    @Transactional(readOnly = true)
    @Secured({"ROLE_" + Role.Names.INFO_CENTER, "ROLE_" + Role.Names.COUNTY_OFFICE, "ROLE_" + Role.Names.ADMIN})
    public byte[] reportPdf(long id) {
        return document.render(incident(id), clock.instant());
    }

    private static String required(String text) {
        String value = text == null ? "" : text.trim();
        if (value.isEmpty() || value.length() > TEXT_MAX) {
            throw BusinessException.invalid("incident.error.text", String.valueOf(TEXT_MAX));
        }
        return value;
    }
}
