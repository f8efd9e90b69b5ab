package org.gongwen.supervision.internal;

import static org.gongwen.organization.Role.Names.ADMIN;
import static org.gongwen.organization.Role.Names.CLERK;
import static org.gongwen.organization.Role.Names.COUNTY_OFFICE;
import static org.gongwen.organization.Role.Names.INFO_CENTER;
import static org.gongwen.organization.Role.Names.LEADER;
import static org.gongwen.organization.Role.Names.SEAL_CUSTODIAN;
import static org.gongwen.organization.Role.Names.SUPERVISOR;
import static org.gongwen.organization.Role.Names.TECHNICIAN;
import static org.gongwen.organization.Role.Names.WITNESS;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.gongwen.shared.BusinessException;
import org.gongwen.supervision.process.ReceiptInspectionProcess;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspection reports (通报, A5, A16): every signed-in person reads the published ones; the county
 * office, supervisors and administrators also see drafts. The county office and supervisors start
 * a report by hand for any period; {@code receipt-inspection} builds, reviews and publishes it.
 * Reading is open to every role (the class's {@code @Secured}); starting names its own roles.
 */
@Service
@Secured({
    "ROLE_" + CLERK,
    "ROLE_" + LEADER,
    "ROLE_" + SEAL_CUSTODIAN,
    "ROLE_" + TECHNICIAN,
    "ROLE_" + COUNTY_OFFICE,
    "ROLE_" + INFO_CENTER,
    "ROLE_" + SUPERVISOR,
    "ROLE_" + ADMIN,
    "ROLE_" + WITNESS
})
public class InspectionReportService {

    /** The longest period a report may cover. */
    static final int MAX_DAYS = 366;

    private final InspectionReportRepository repository;
    private final InspectionReports reports;
    private final RuntimeService runtime;
    private final AuthenticatedUser authenticatedUser;

    InspectionReportService(
            InspectionReportRepository repository,
            InspectionReports reports,
            RuntimeService runtime,
            AuthenticatedUser authenticatedUser) {
        this.repository = repository;
        this.reports = reports;
        this.runtime = runtime;
        this.authenticatedUser = authenticatedUser;
    }

    /** Reports the caller may read: all for county roles (newest first), otherwise the published ones. */
    @Transactional(readOnly = true)
    public List<InspectionReportInfo> list() {
        List<InspectionReport> found = authenticatedUser.require().isCountyWide()
                ? repository.findAllByOrderByCreatedAtDescIdDesc()
                : repository.findByStateOrderByPublishedAtDescIdDesc(ReportState.PUBLISHED);
        return found.stream().map(InspectionReport::info).toList();
    }

    @Transactional(readOnly = true)
    public InspectionReportDetails get(long id) {
        InspectionReport report = readable(id);
        return new InspectionReportDetails(report.info(), reports.figuresOf(id));
    }

    /** The report as laid out when it was last built. */
    @Transactional(readOnly = true)
    public byte[] pdf(long id) {
        byte[] pdf = readable(id).getPdf();
        if (pdf == null) {
            throw BusinessException.conflict("inspection.error.notBuilt");
        }
        return pdf;
    }

    /**
     * Starts {@code receipt-inspection} for {@code from} to {@code to} (both included); with neither
     * given, the previous calendar month. The report is built by the engine's job executor.
     */
    @Transactional
    @Secured({"ROLE_" + COUNTY_OFFICE, "ROLE_" + SUPERVISOR})
    public InspectionReportInfo start(LocalDate from, LocalDate to) {
        CurrentUser caller = authenticatedUser.require();
        if (from == null && to == null) {
            LocalDate first = reports.today().withDayOfMonth(1).minusMonths(1);
            from = first;
            to = first.withDayOfMonth(first.lengthOfMonth());
        }
        if (from == null
                || to == null
                || to.isBefore(from)
                || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw BusinessException.invalid("inspection.error.period", MAX_DAYS);
        }
        if (from.isAfter(reports.today())) {
            throw BusinessException.invalid("inspection.error.future");
        }
        InspectionReport report = reports.create(from, to, caller.username());
        String instance = runtime.startProcessInstanceByMessage(
                        ReceiptInspectionProcess.MESSAGE_REQUESTED,
                        ReceiptInspectionProcess.businessKey(report.getId()),
                        ReceiptInspectionProcess.startVariables(report.getId()))
                .getProcessInstanceId();
        report.startedAs(instance);
        return report.info();
    }

    private InspectionReport readable(long id) {
        InspectionReport report = reports.report(id);
        if (report.getState() != ReportState.PUBLISHED
                && !authenticatedUser.require().isCountyWide()) {
            throw BusinessException.notFound("inspection.error.notFound", id);
        }
        return report;
    }
}
