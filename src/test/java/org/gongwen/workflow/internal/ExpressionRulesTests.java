package org.gongwen.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the deployment check reads out of an expression, and which members are out of reach. */
class ExpressionRulesTests {

    @Test
    void expressionsAreFoundInTextWithLiteralBracesLeftAlone() {
        assertThat(ExpressionRules.expressions("CLERK@${unitCode}")).containsExactly("unitCode");
        assertThat(ExpressionRules.expressions("#{'a}b'.concat(x)} and ${y}")).containsExactly("'a}b'.concat(x)", "y");
        assertThat(ExpressionRules.expressions("no expression")).isEmpty();
    }

    @Test
    void rootNamesAreTheBeansOrVariablesAnExpressionStartsFrom() {
        assertThat(ExpressionRules.rootNames("receiptDeadlines.remindAt()")).containsExactly("receiptDeadlines");
        assertThat(ExpressionRules.rootNames("decision == 'approve' && kind == 'RESEND'"))
                .containsExactly("decision", "kind");
        assertThat(ExpressionRules.rootNames("dateTime().plusDays(3).toDate()"))
                .as("a function is no bean")
                .isEmpty();
        assertThat(ExpressionRules.rootNames("(true ? jdbcTemplate : x).queryForList('select 1')"))
                .containsExactly("jdbcTemplate", "x");
        assertThat(ExpressionRules.rootNames("map[key]")).containsExactly("map", "key");
    }

    @Test
    void reflectionTheHostAndTheEngineAreForbiddenEvenInsideStrings() {
        assertThat(ExpressionRules.forbiddenName("''.getClass().forName('java.lang.Runtime')"))
                .isEqualTo("getClass");
        assertThat(ExpressionRules.forbiddenName("x['class']")).isEqualTo("class");
        assertThat(ExpressionRules.forbiddenName("execution.processEngineServices.runtimeService"))
                .isEqualTo("processEngineServices");
        assertThat(ExpressionRules.forbiddenName("task.execution.getProcessEngine()"))
                .isEqualTo("getProcessEngine");
        assertThat(ExpressionRules.forbiddenName("Thread.currentThread().contextClassLoader"))
                .isEqualTo("Thread");
        assertThat(ExpressionRules.forbiddenName("task.setVariable('handledBy', task.assignee)"))
                .isNull();
        assertThat(ExpressionRules.forbiddenName("execution.processInstanceId")).isNull();
        assertThat(ExpressionRules.forbiddenMember("getClassLoader")).isTrue();
        assertThat(ExpressionRules.forbiddenMember("invoke")).isTrue();
        assertThat(ExpressionRules.forbiddenMember("overdueAt")).isFalse();
    }
}
