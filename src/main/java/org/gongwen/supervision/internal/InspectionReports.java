package org.gongwen.supervision.internal;

import static org.gongwen.shared.Translations.CHINESE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gongwen.notification.Channel;
import org.gongwen.notification.NotificationService;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.organization.Role;
import org.gongwen.organization.UnitInfo;
import org.gongwen.organization.UnitKind;
import org.gongwen.receipt.ReceiptFigures;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.CountyZone;
import org.gongwen.shared.Translations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, builds and publishes inspection reports (A16) for {@code receipt-inspection}. Days
 * are counted in the county's time zone ({@code gongwen.calendar.zone}).
 */
@Component
public class InspectionReports {

    /** Where report notices point: the 通报 list. */
    public static final String LINK = "reports";

    private final InspectionReportRepository reports;
    private final ReportUnitRowRepository rows;
    private final ReceiptFigures receipts;
    private final OrganizationService organization;
    private final NotificationService notifications;
    private final ReportDocument document;
    private final Translations translations;
    private final ZoneId zone;
    private final Clock clock;

    InspectionReports(
            InspectionReportRepository reports,
            ReportUnitRowRepository rows,
            ReceiptFigures receipts,
            OrganizationService organization,
            NotificationService notifications,
            ReportDocument document,
            Translations translations,
            CountyZone county,
            Clock clock) {
        this.reports = reports;
        this.rows = rows;
        this.receipts = receipts;
        this.organization = organization;
        this.notifications = notifications;
        this.document = document;
        this.translations = translations;
        this.zone = county.zone();
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** A draft for {@code from} to {@code to} (both included), numbered in the county office's series. */
    @Transactional
    public InspectionReport create(LocalDate from, LocalDate to, String startedBy) {
        UnitInfo issuer = issuer();
        String prefix = issuer.docPrefix() + "通〔" + from.getYear() + "〕";
        long number = reports.countByDocNumberStartingWith(prefix) + 1;
        String title = translations.getTranslation("inspection.pdf.title", CHINESE, document.period(from, to));
        return reports.saveAndFlush(
                new InspectionReport(from, to, prefix + number + "号", title, startedBy, clock.instant()));
    }

    /** The default period of a scheduled report: the previous calendar month. */
    @Transactional
    public InspectionReport createForPreviousMonth(String processInstanceId) {
        LocalDate first = today().withDayOfMonth(1).minusMonths(1);
        InspectionReport report = create(first, first.withDayOfMonth(first.lengthOfMonth()), null);
        report.startedAs(processInstanceId);
        return report;
    }

    /** (Re)computes the figures from the receipt records and renders the PDF; {@code note} is the county office's. */
    @Transactional
    public void build(long reportId, String note) {
        InspectionReport report = report(reportId);
        Instant from = report.getPeriodFrom().atStartOfDay(zone).toInstant();
        Instant end = report.getPeriodTo().plusDays(1).atStartOfDay(zone).toInstant();
        List<InspectionUnitFigures> figures = ReceiptTally.perUnit(receipts.deliveredFacts(from, end), end).stream()
                .map(this::figures)
                .toList();
        rows.deleteByReportId(reportId);
        figures.forEach(f -> rows.save(new ReportUnitRow(reportId, f)));
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        report.built(document.render(report, cleanNote, issuer(), figures, today()), cleanNote, clock.instant());
    }

    /** Published: it shows in every unit's 通报 list and every unit's clerks and leaders are told. */
    @Transactional
    public void publish(long reportId, String publishedBy) {
        InspectionReport report = report(reportId);
        report.publish(publishedBy, clock.instant());
        Set<Long> people = new LinkedHashSet<>();
        for (Role role : List.of(Role.CLERK, Role.LEADER)) {
            organization.peopleWithRole(role).stream()
                    .filter(PersonInfo::active)
                    .map(PersonInfo::id)
                    .forEach(people::add);
        }
        notifications.notify(
                people,
                translations.getTranslation("inspection.notice.title", CHINESE, report.getTitle()),
                translations.getTranslation(
                        "inspection.notice.body", CHINESE, issuer().fullName(), report.getDocNumber()),
                LINK,
                Channel.all());
    }

    public InspectionReport report(long id) {
        return reports.findById(id).orElseThrow(() -> BusinessException.notFound("inspection.error.notFound", id));
    }

    public List<InspectionUnitFigures> figuresOf(long reportId) {
        return rows.findByReportIdOrderByIdAsc(reportId).stream()
                .map(ReportUnitRow::figures)
                .toList();
    }

    private InspectionUnitFigures figures(ReceiptTally tally) {
        String unitName =
                organization.unit(tally.unitId()).map(UnitInfo::fullName).orElse("#" + tally.unitId());
        List<String> lateSigners = tally.lateSigners().stream()
                .map(u -> organization
                        .personByUsername(u)
                        .map(PersonInfo::fullName)
                        .orElse(u))
                .toList();
        List<String> clerks = tally.missed() == 0
                ? List.of()
                : organization.activePeopleWithRoleIn(Role.CLERK, tally.unitId()).stream()
                        .map(PersonInfo::fullName)
                        .toList();
        return new InspectionUnitFigures(
                tally.unitId(),
                unitName,
                tally.delivered(),
                tally.signedInTime(),
                tally.signedLate(),
                tally.missed(),
                tally.returned(),
                seconds(tally.median()),
                seconds(tally.slowest()),
                lateSigners,
                clerks);
    }

    private static Long seconds(java.time.Duration d) {
        return d == null ? null : d.toSeconds();
    }

    /** The county government office (县政府办), which issues the reports. */
    private UnitInfo issuer() {
        return organization.units().stream()
                .filter(u -> u.kind() == UnitKind.COUNTY_OFFICE)
                .findFirst()
                .orElseThrow(() -> BusinessException.conflict("inspection.error.noCountyOffice"));
    }
}
