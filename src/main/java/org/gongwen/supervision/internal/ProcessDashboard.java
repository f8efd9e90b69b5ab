package org.gongwen.supervision.internal;

import static org.gongwen.organization.Role.Names.ADMIN;
import static org.gongwen.organization.Role.Names.COUNTY_OFFICE;
import static org.gongwen.organization.Role.Names.LEADER;
import static org.gongwen.organization.Role.Names.SUPERVISOR;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.gongwen.security.PersonNames;
import org.gongwen.shared.BusinessException;
import org.gongwen.supervision.internal.InstanceFacts.Facts;
import org.gongwen.supervision.internal.ProcessHistoryQueries.OpenWait;
import org.gongwen.supervision.internal.SubjectLinks.Subject;
import org.gongwen.workflow.WorkingCalendar;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * The processes at work (A5, A16): for every deployed process, instances started, running and
 * completed in a period; at each step how many wait now and how long waits took (median and 90th
 * percentile, in the county's working hours); who holds the open work; the instances waiting at a
 * step; an instance's timeline. Supervisors and the county office see the county, a unit's leader
 * the instances that concern their unit. Read from the engine's history and runtime only.
 */
@Service
@Secured({"ROLE_" + SUPERVISOR, "ROLE_" + COUNTY_OFFICE, "ROLE_" + ADMIN, "ROLE_" + LEADER})
public class ProcessDashboard {

    private static final Set<String> NOT_STEPS = Set.of(
            "exclusiveGateway",
            "parallelGateway",
            "inclusiveGateway",
            "eventBasedGateway",
            "multiInstanceBody",
            "sequenceFlow");

    private final ProcessHistoryQueries queries;
    private final ProcessModels models;
    private final InstanceFacts facts;
    private final HistoryService history;
    private final AuthenticatedUser authenticatedUser;
    private final PersonNames names;
    private final WorkingHours hours;
    private final ZoneId zone;
    private final Clock clock;
    private final SubjectLinks links;
    private final PeriodWaits periodWaits;

    ProcessDashboard(
            ProcessHistoryQueries queries,
            ProcessModels models,
            InstanceFacts facts,
            HistoryService history,
            AuthenticatedUser authenticatedUser,
            PersonNames names,
            WorkingCalendar calendar,
            Clock clock,
            SubjectLinks links,
            PeriodWaits periodWaits) {
        this.links = links;
        this.periodWaits = periodWaits;
        this.queries = queries;
        this.models = models;
        this.facts = facts;
        this.history = history;
        this.authenticatedUser = authenticatedUser;
        this.names = names;
        this.hours = new WorkingHours(calendar);
        this.zone = calendar.zone();
        this.clock = clock;
    }

    /** Every deployed process's figures for the period, in the order of the paperwork. */
    public List<ProcessFigures> processes(DashboardFilter filter) {
        UnitScope scope = scope();
        Map<String, long[]> counts = queries.instanceCounts(start(filter), end(filter), scope);
        Map<String, Map<String, StepSample>> waits = periodWaits.of(start(filter), end(filter), scope);
        return models.latest().stream()
                .map(d -> figures(d, counts.get(d.getKey()), waits.getOrDefault(d.getKey(), Map.of())))
                .toList();
    }

    public ProcessFigures process(String key, DashboardFilter filter) {
        UnitScope scope = scope();
        ProcessDefinition definition = definition(key);
        return figures(
                definition,
                queries.instanceCounts(start(filter), end(filter), scope).get(key),
                periodWaits.of(start(filter), end(filter), scope).getOrDefault(key, Map.of()));
    }

    /** The process's model (BPMN XML, latest version) for the diagram. */
    public String diagram(String key) {
        scope();
        return models.xml(definition(key));
    }

    /** The instances waiting at one step now, the longest waiting first. */
    public List<WaitingInstance> waiting(String key, String activityId) {
        UnitScope scope = scope();
        List<OpenWait> waits = queries.openWaits(key, activityId, scope);
        return describe(waits).stream()
                .sorted(Comparator.comparingDouble(WaitingInstance::waitedHours).reversed())
                .toList();
    }

    /** Open tasks per unit and per person, the desks with the most overdue first. */
    public OpenWork openWork() {
        UnitScope scope = scope();
        List<WaitingInstance> open = describe(queries.openTasks(scope));
        Map<String, long[]> units = new HashMap<>();
        Map<String, WaitingInstance> unitRows = new HashMap<>();
        Map<String, long[]> people = new HashMap<>();
        Map<String, WaitingInstance> personRows = new HashMap<>();
        for (WaitingInstance w : open) {
            String unitKey = String.valueOf(w.unitId());
            tally(units, unitRows, unitKey, w);
            tally(people, personRows, w.assignee() == null ? "?" + w.candidates() : w.assignee(), w);
        }
        List<DeskLoad> unitLoads = units.entrySet().stream()
                .map(e -> {
                    WaitingInstance w = unitRows.get(e.getKey());
                    return new DeskLoad(w.unitId(), w.unitName(), null, null, e.getValue()[0], e.getValue()[1]);
                })
                .sorted(BUSIEST)
                .toList();
        List<DeskLoad> personLoads = people.entrySet().stream()
                .map(e -> {
                    WaitingInstance w = personRows.get(e.getKey());
                    return new DeskLoad(
                            w.unitId(),
                            w.unitName(),
                            w.assignee(),
                            w.assignee() == null ? w.candidates() : w.assigneeName(),
                            e.getValue()[0],
                            e.getValue()[1]);
                })
                .sorted(BUSIEST)
                .toList();
        return new OpenWork(unitLoads, personLoads);
    }

    private static final Comparator<DeskLoad> BUSIEST = Comparator.comparingLong(DeskLoad::overdue)
            .reversed()
            .thenComparing(Comparator.comparingLong(DeskLoad::open).reversed())
            .thenComparing(d -> Objects.toString(d.personName(), Objects.toString(d.unitName(), "")));

    private static void tally(
            Map<String, long[]> counts, Map<String, WaitingInstance> rows, String key, WaitingInstance w) {
        long[] c = counts.computeIfAbsent(key, k -> new long[2]);
        c[0]++;
        c[1] += w.overdue() ? 1 : 0;
        rows.putIfAbsent(key, w);
    }

    /** Every step one instance went through, with who and when. */
    public ProcessTimeline timeline(String processInstanceId) {
        UnitScope scope = scope();
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .singleResult();
        Facts about = instance == null ? Facts.NONE : facts.of(processInstanceId);
        if (instance == null || !scope.includes(about.unitId())) {
            throw BusinessException.notFound("processes.error.instanceNotFound", processInstanceId);
        }
        Instant now = clock.instant();
        List<TimelineStep> steps = new ArrayList<>();
        for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime()
                .asc()
                .orderPartiallyByOccurrence()
                .asc()
                .list()) {
            if (NOT_STEPS.contains(a.getActivityType())) {
                continue;
            }
            Instant start = a.getStartTime().toInstant();
            Instant end = a.getEndTime() == null ? null : a.getEndTime().toInstant();
            steps.add(new TimelineStep(
                    a.getActivityId(),
                    ProcessModels.plainName(a.getActivityName()),
                    a.getActivityType(),
                    a.getAssignee(),
                    a.getAssignee() == null ? null : names.of(a.getAssignee()),
                    start,
                    end,
                    hours.hours(start, end == null ? now : end)));
        }
        return new ProcessTimeline(
                processInstanceId,
                instance.getProcessDefinitionKey(),
                instance.getProcessDefinitionName(),
                about.subject(),
                instance.getBusinessKey(),
                about.unitId(),
                about.unitName(),
                instance.getStartTime().toInstant(),
                instance.getEndTime() == null ? null : instance.getEndTime().toInstant(),
                links.of(instance.getProcessDefinitionKey(), instance.getBusinessKey()),
                steps);
    }

    private ProcessFigures figures(ProcessDefinition definition, long[] counts, Map<String, StepSample> waits) {
        long[] c = counts == null ? new long[3] : counts;
        StepTally tally = new StepTally(models.waitSteps(definition));
        waits.values().forEach(tally::add);
        List<StepWaits> steps = tally.steps().stream()
                .map(s -> new StepWaits(
                        s.activityId,
                        s.name,
                        s.type,
                        s.waitingNow(),
                        s.ended(),
                        s.percentile(50),
                        s.percentile(90),
                        false))
                .toList();
        StepWaits slowest = steps.stream()
                .filter(s -> s.p90Hours() != null && s.p90Hours() > 0)
                .max(Comparator.comparingDouble(StepWaits::p90Hours))
                .orElse(null);
        steps = steps.stream().map(s -> s == slowest ? s.asSlowest() : s).toList();
        String name = definition.getName() == null ? definition.getKey() : definition.getName();
        return new ProcessFigures(definition.getKey(), name, c[0], c[1], c[2], steps);
    }

    private List<WaitingInstance> describe(List<OpenWait> waits) {
        Map<String, Facts> about = facts.of(
                waits.stream().map(OpenWait::processInstanceId).distinct().toList());
        Map<String, List<String>> groups = queries.candidateGroups(
                waits.stream().map(OpenWait::taskId).filter(Objects::nonNull).toList());
        Map<Subject, String> pages = links.of(waits.stream()
                .map(w -> new Subject(w.processKey(), w.businessKey()))
                .distinct()
                .toList());
        Instant now = clock.instant();
        return waits.stream()
                .map(w -> {
                    Facts f = about.getOrDefault(w.processInstanceId(), Facts.NONE);
                    String candidates =
                            w.taskId() == null ? null : String.join("、", groups.getOrDefault(w.taskId(), List.of()));
                    return new WaitingInstance(
                            w.processInstanceId(),
                            w.processKey(),
                            w.activityId(),
                            f.subject(),
                            w.businessKey(),
                            f.unitId(),
                            f.unitName(),
                            w.assignee(),
                            w.assignee() == null ? null : names.of(w.assignee()),
                            candidates,
                            w.since(),
                            hours.hours(w.since(), now),
                            w.due(),
                            w.due() != null && w.due().isBefore(now),
                            pages.get(new Subject(w.processKey(), w.businessKey())));
                })
                .toList();
    }

    private ProcessDefinition definition(String key) {
        return models.latest(key).orElseThrow(() -> BusinessException.notFound("processes.error.processNotFound", key));
    }

    /** The county for supervisors, the county office and administrators; their own unit for a leader. */
    UnitScope scope() {
        CurrentUser user = authenticatedUser.require();
        if (user.roles().stream().anyMatch(CurrentUser.COUNTY_WIDE_ROLES::contains)) {
            return UnitScope.COUNTY;
        }
        if (user.roles().contains(LEADER)) {
            return new UnitScope(user.unitId(), user.unitCode());
        }
        throw BusinessException.forbidden("processes.error.forbidden");
    }

    private Instant start(DashboardFilter filter) {
        return filter.from().atStartOfDay(zone).toInstant();
    }

    private Instant end(DashboardFilter filter) {
        return filter.to().plusDays(1).atStartOfDay(zone).toInstant();
    }
}
