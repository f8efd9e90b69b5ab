package org.gongwen.receipt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.OwnUnits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A13: a send waiting for the sender's confirmation has its signed files judged in the background. */
@IntegrationTest
class ChecksAheadIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    OrganizationService organization;

    @Autowired
    SignForChecks checks;

    @Test
    void aSendWaitingForConfirmationHasItsFilesJudgedBeforeTheSenderConfirms() throws InterruptedException {
        String recipient = OwnUnits.in(context).freshUnit("CA", "清河县提前核验测试局", Role.CLERK);
        DocumentChain chain = DocumentChain.in(context);
        long documentId = chain.signedAndAwaitingConfirmation(
                "关于提前核验版式文件的通知",
                List.of(new RecipientEntry(
                        organization.unitByCode(recipient).orElseThrow().id(), RecipientKind.MAIN, 1)));

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!checks.judgedRecently(documentId) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }

        assertThat(checks.judgedRecently(documentId))
                .as("judged before any sign-for task exists")
                .isTrue();
        assertThat(checks.summary(documentId)).contains("✔").doesNotContain("✘");
    }
}
