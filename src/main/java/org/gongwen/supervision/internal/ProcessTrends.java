package org.gongwen.supervision.internal;

import static org.gongwen.organization.Role.Names.ADMIN;
import static org.gongwen.organization.Role.Names.COUNTY_OFFICE;
import static org.gongwen.organization.Role.Names.LEADER;
import static org.gongwen.organization.Role.Names.SUPERVISOR;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.gongwen.document.DocumentProcessKeys;
import org.gongwen.organization.UnitKind;
import org.gongwen.receipt.ReceiptKeys;
import org.gongwen.supervision.internal.InstanceFacts.Facts;
import org.gongwen.supervision.internal.ProcessHistoryQueries.InstanceRow;
import org.gongwen.workflow.WorkingCalendar;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * Weekly trends from the engine's history, per kind of unit: documents sent (a document counts in
 * the week its first copy was delivered) with the median working hours from submission for approval
 * (the start of {@code document-approval}) to that first delivery; copies delivered and signed for,
 * with the median working hours from delivery (the start of {@code document-receipt}) to sign-for
 * (its end event 已签收). A unit's leader sees their own unit's documents and copies.
 */
@Service
@Secured({"ROLE_" + SUPERVISOR, "ROLE_" + COUNTY_OFFICE, "ROLE_" + ADMIN, "ROLE_" + LEADER})
public class ProcessTrends {

    private final ProcessHistoryQueries queries;
    private final InstanceFacts facts;
    private final ProcessDashboard dashboard;
    private final WorkingHours hours;
    private final ZoneId zone;

    ProcessTrends(
            ProcessHistoryQueries queries, InstanceFacts facts, ProcessDashboard dashboard, WorkingCalendar calendar) {
        this.queries = queries;
        this.facts = facts;
        this.dashboard = dashboard;
        this.hours = new WorkingHours(calendar);
        this.zone = calendar.zone();
    }

    public List<WeeklyTrend> weekly(DashboardFilter filter) {
        UnitScope scope = dashboard.scope();
        Instant from = filter.from().atStartOfDay(zone).toInstant();
        Instant to = filter.to().plusDays(1).atStartOfDay(zone).toInstant();
        List<InstanceRow> deliveries = queries.started(ReceiptKeys.PROCESS, from, to);
        List<String> deliveryIds =
                deliveries.stream().map(InstanceRow::processInstanceId).toList();
        Map<String, Facts> recipients = facts.of(deliveryIds);
        Map<String, Instant> signed = queries.reached(deliveryIds, ReceiptKeys.SIGNED_FOR);
        Map<String, Instant> firstDelivery = new HashMap<>();
        Map<Key, Tally> tallies = new TreeMap<>();
        for (InstanceRow d : deliveries) {
            String documentKey = documentKey(d.businessKey());
            if (documentKey != null) {
                firstDelivery.merge(documentKey, d.start(), (a, b) -> a.isBefore(b) ? a : b);
            }
            Facts recipient = recipients.getOrDefault(d.processInstanceId(), Facts.NONE);
            if (counts(recipient, scope, filter)) {
                Tally t = tallies.computeIfAbsent(
                        new Key(week(d.start()), recipient.unit().kind()), k -> new Tally());
                Instant at = signed.get(d.processInstanceId());
                if (at != null) {
                    t.toSignFor.add(hours.hours(d.start(), at));
                }
            }
        }
        Map<String, InstanceRow> submissions = new HashMap<>();
        for (InstanceRow a : queries.byBusinessKeys(DocumentProcessKeys.APPROVAL, firstDelivery.keySet())) {
            submissions.merge(a.businessKey(), a, (x, y) -> x.start().isBefore(y.start()) ? x : y);
        }
        Map<String, Facts> senders = facts.of(submissions.values().stream()
                .map(InstanceRow::processInstanceId)
                .toList());
        firstDelivery.forEach((documentKey, sentAt) -> {
            InstanceRow submission = submissions.get(documentKey);
            Facts sender =
                    submission == null ? Facts.NONE : senders.getOrDefault(submission.processInstanceId(), Facts.NONE);
            if (counts(sender, scope, filter)) {
                Tally t = tallies.computeIfAbsent(
                        new Key(week(sentAt), sender.unit().kind()), k -> new Tally());
                t.documents++;
                t.toSend.add(hours.hours(submission.start(), sentAt));
            }
        });
        List<WeeklyTrend> rows = new ArrayList<>();
        tallies.forEach((k, t) -> rows.add(new WeeklyTrend(
                k.week(), k.kind(), t.documents, median(t.toSend), t.toSignFor.size(), median(t.toSignFor))));
        rows.sort(Comparator.comparing(WeeklyTrend::week).thenComparing(WeeklyTrend::unitKind));
        return rows;
    }

    private static boolean counts(Facts unit, UnitScope scope, DashboardFilter filter) {
        return unit.unit() != null
                && scope.includes(unit.unitId())
                && (filter.unitKind() == null
                        || filter.unitKind() == unit.unit().kind());
    }

    /** The business key of the approval of the document a receipt is of; null for a key that is no receipt's. */
    static String documentKey(String distributionKey) {
        OptionalLong documentId = ReceiptKeys.documentIdOf(distributionKey);
        return documentId.isPresent() ? DocumentProcessKeys.approval(documentId.getAsLong()) : null;
    }

    private LocalDate week(Instant at) {
        return at.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static Double median(List<Double> values) {
        return Percentiles.of(values.stream().mapToDouble(Double::doubleValue).toArray(), 50);
    }

    private record Key(LocalDate week, UnitKind kind) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int byWeek = week.compareTo(o.week);
            return byWeek != 0 ? byWeek : kind.compareTo(o.kind);
        }
    }

    private static final class Tally {
        long documents;
        final List<Double> toSend = new ArrayList<>();
        final List<Double> toSignFor = new ArrayList<>();
    }
}
