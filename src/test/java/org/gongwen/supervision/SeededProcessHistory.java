package org.gongwen.supervision;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.organization.UnitKind;
import org.gongwen.security.AccountService;
import org.gongwen.support.Demo;

/**
 * A history seeded with the engine's clock for the process dashboard's tests: a small process of
 * two steps (甲步骤 for the unit's leaders, 乙步骤 for a named clerk), two units of the test's own
 * (甲 a town, 乙 a department) and six instances. Working hours per wait, by hand:
 * 甲步骤 2.0 (Fri 4 June 16:30 → Mon 09:30), 4.0 (Mon 08:30 → 12:30), 9.0 (Tue 09:00 → Wed 09:00),
 * 0.5 (Thu 17:00 → Fri 08:00), one open (乙单位); 乙步骤 1.0 and 1.0, two open (甲单位); one more
 * instance entirely in May.
 */
public final class SeededProcessHistory {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public final String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
    public final String key = "dashboard-count-" + suffix;
    public final String leaderU = "pdu" + suffix + ".leader";
    public final String clerkU = "pdu" + suffix + ".clerk";
    public final String clerkV = "pdv" + suffix + ".clerk";
    public long unitU;
    public long unitV;
    /** 甲单位, waiting at 乙步骤. */
    public String i2;
    /** 乙单位, completed. */
    public String i3;

    private final ProcessEngine engine;

    private SeededProcessHistory(ProcessEngine engine) {
        this.engine = engine;
    }

    public static SeededProcessHistory seed(
            ProcessEngine engine, OrganizationService organization, AccountService accounts) {
        SeededProcessHistory h = new SeededProcessHistory(engine);
        h.unitU = organization
                .createUnit("PDU" + h.suffix, "看板甲单位" + h.suffix, "看板甲", UnitKind.TOWN, null, "看甲", false, 950)
                .id();
        h.unitV = organization
                .createUnit("PDV" + h.suffix, "看板乙单位" + h.suffix, "看板乙", UnitKind.DEPARTMENT, null, "看乙", false, 951)
                .id();
        String hash = accounts.hash(Demo.PASSWORD);
        accounts.createAccount(
                organization
                        .createPerson(h.leaderU, "甲领导", h.unitU, null, null, List.of(Role.LEADER))
                        .id(),
                hash);
        accounts.createAccount(
                organization
                        .createPerson(h.clerkU, "甲文书", h.unitU, null, null, List.of(Role.CLERK))
                        .id(),
                hash);
        accounts.createAccount(
                organization
                        .createPerson(h.clerkV, "乙文书", h.unitV, null, null, List.of(Role.CLERK))
                        .id(),
                hash);
        BpmnModelInstance model = Bpmn.createExecutableProcess(h.key)
                .name("看板测试流程")
                .camundaHistoryTimeToLive(180)
                .startEvent("Start")
                .userTask("Task_First")
                .name("甲步骤")
                .camundaCandidateGroups("LEADER@${unitCode}")
                .userTask("Task_Second")
                .name("乙步骤")
                .camundaAssignee("${assignee}")
                .endEvent("End")
                .done();
        engine.getRepositoryService()
                .createDeployment()
                .addModelInstance(h.key + ".bpmn", model)
                .deploy();
        try {
            String u = "PDU" + h.suffix;
            String v = "PDV" + h.suffix;
            h.instance(u, h.clerkU, at(4, 16, 30), at(7, 9, 30), at(7, 10, 30));
            h.i2 = h.instance(u, h.clerkU, at(7, 8, 30), at(7, 12, 30), null);
            h.i3 = h.instance(v, h.clerkV, at(8, 9, 0), at(9, 9, 0), at(9, 10, 0));
            h.instance(v, h.clerkV, at(9, 10, 0), null, null);
            h.instance(u, h.clerkU, at(10, 17, 0), at(11, 8, 0), null);
            h.instance(
                    u,
                    h.clerkU,
                    LocalDateTime.of(2021, 5, 27, 9, 0),
                    LocalDateTime.of(2021, 5, 27, 10, 0),
                    LocalDateTime.of(2021, 5, 27, 11, 0));
        } finally {
            ClockUtil.reset();
        }
        return h;
    }

    /** Ends what still runs, so no open task of the test stays in anyone's list. */
    public void remove() {
        engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(key)
                .list()
                .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test over"));
    }

    private String instance(
            String unitCode, String assignee, LocalDateTime started, LocalDateTime first, LocalDateTime second) {
        ClockUtil.setCurrentTime(date(started));
        String id = engine.getRuntimeService()
                .startProcessInstanceByKey(
                        key,
                        Map.of(
                                "unitCode",
                                unitCode,
                                "assignee",
                                assignee,
                                "subject",
                                "看板测试公文 "
                                        + String.format(
                                                "%02d-%02d %02d:%02d",
                                                started.getMonthValue(),
                                                started.getDayOfMonth(),
                                                started.getHour(),
                                                started.getMinute())))
                .getId();
        if (first != null) {
            complete(id, first);
        }
        if (second != null) {
            complete(id, second);
        }
        return id;
    }

    private void complete(String instance, LocalDateTime at) {
        ClockUtil.setCurrentTime(date(at));
        String task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instance)
                .singleResult()
                .getId();
        engine.getTaskService().complete(task);
    }

    private static LocalDateTime at(int day, int hour, int minute) {
        return LocalDateTime.of(2021, 6, day, hour, minute);
    }

    private static Date date(LocalDateTime at) {
        return Date.from(at.atZone(ZONE).toInstant());
    }
}
