package org.gongwen.receipt.process;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.gongwen.shared.ProcessFacade;

/**
 * What the reissue and the deletion model share, as their requests ({@code DecidedRequest}) do: the
 * instance is about one request on a received document, which one person approves or refuses in the
 * form's {@code decision}, with a reason a refusal must have.
 */
abstract class DecidedRequestProcess extends ProcessFacade {

    public static final String DECISION = "decision";
    public static final String APPROVE = "approve";
    public static final String REFUSE = "refuse";

    static final String REQUEST_ID = "requestId";
    static final String DOCUMENT_TITLE = "documentTitle";
    static final String DECIDED_BY = "decidedBy";

    /** The variable the decider's reason is in. */
    private final String decisionReason;

    DecidedRequestProcess(VariableScope scope, String decisionReason) {
        super(scope);
        this.decisionReason = decisionReason;
    }

    /** The start variables every request has: its id, and the document's title, which is the subject. */
    static VariableMap requestVariables(long requestId, String documentTitle) {
        return Variables.putValue(REQUEST_ID, requestId)
                .putValue(DOCUMENT_TITLE, documentTitle)
                .putValue(SUBJECT, documentTitle);
    }

    public long requestId() {
        return number(REQUEST_ID);
    }

    /** The approval or refusal, with the reason a refusal must have. */
    public Decision decision() {
        return decision(DECISION, APPROVE, decisionReason, DECIDED_BY);
    }
}
