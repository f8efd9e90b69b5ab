package org.gongwen.workflow.internal;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityStartBehavior;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * A user task whose model gives it no due date is due when an interrupting timer on it or on an
 * enclosing sub-process fires (the three witnesses' confirmation deadline, for one): that is the
 * moment the task can no longer be done, so the inbox shows it, sorts by it and marks it 超时.
 * Non-interrupting timers are reminders, not deadlines, and are left alone.
 */
class DeadlineDueDates extends AbstractBpmnParseListener {

    private static final TaskListener ON_CREATE = DeadlineDueDates::dueAtScopeDeadline;

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
            TaskDefinition definition = behavior.getTaskDefinition();
            if (definition.getDueDateExpression() == null) {
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, ON_CREATE);
            }
        }
    }

    static void dueAtScopeDeadline(DelegateTask task) {
        if (task.getDueDate() != null || !(task.getExecution() instanceof ExecutionEntity execution)) {
            return;
        }
        ActivityImpl taskActivity = execution.getActivity();
        Date due = null;
        for (ExecutionEntity e = execution; e != null; e = e.getParent()) {
            for (JobEntity job : e.getJobs()) {
                if (job instanceof TimerEntity timer
                        && job.getDuedate() != null
                        && endsScopeOf(e.getProcessDefinition().findActivity(timer.getActivityId()), taskActivity)
                        && (due == null || job.getDuedate().before(due))) {
                    due = job.getDuedate();
                }
            }
        }
        if (due != null) {
            task.setDueDate(due);
        }
    }

    /** The timer's event is an interrupting boundary event on the task or on a scope enclosing it. */
    private static boolean endsScopeOf(ActivityImpl timerEvent, ActivityImpl taskActivity) {
        if (timerEvent == null
                || taskActivity == null
                || timerEvent.getActivityStartBehavior() != ActivityStartBehavior.CANCEL_EVENT_SCOPE) {
            return false;
        }
        for (ScopeImpl scope = taskActivity;
                scope != null;
                scope = scope instanceof ActivityImpl a ? a.getFlowScope() : null) {
            if (scope == timerEvent.getEventScope()) {
                return true;
            }
        }
        return false;
    }
}
