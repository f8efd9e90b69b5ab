package org.gongwen.workflow.internal;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.BpmnParseFactory;
import org.gongwen.shared.Translations;

/**
 * The engine's BPMN parse with the {@link ModelGuard} added: whatever the guard finds becomes a
 * parse error at the element's line, so a model that would run code is refused by every path
 * that deploys it (process administration, the repository service, the engine REST API,
 * auto-deployment).
 */
class GuardedBpmnParseFactory implements BpmnParseFactory {

    private final ModelGuard guard;
    private final Translations translations;

    GuardedBpmnParseFactory(ModelGuard guard, Translations translations) {
        this.guard = guard;
        this.translations = translations;
    }

    @Override
    public BpmnParse createBpmnParse(BpmnParser parser) {
        return new GuardedParse(parser);
    }

    /** The message of a violation: element id, line and what it is. */
    String message(ModelGuard.Violation violation) {
        return translations.get(
                violation.messageKey(),
                violation.elementId(),
                String.valueOf(violation.element().getLine()),
                violation.detail());
    }

    final class GuardedParse extends BpmnParse {

        private final List<ModelGuard.Violation> violations = new ArrayList<>();

        GuardedParse(BpmnParser parser) {
            super(parser);
        }

        @Override
        protected void parseRootElement() {
            super.parseRootElement();
            for (ModelGuard.Violation violation : guard.check(rootElement)) {
                violations.add(violation);
                if (violation.elementId() == null) {
                    addError(message(violation), violation.element());
                } else {
                    addError(message(violation), violation.element(), violation.elementId());
                }
            }
        }

        List<ModelGuard.Violation> violations() {
            return violations;
        }
    }
}
