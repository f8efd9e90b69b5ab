package org.gongwen.receipt.internal;

import java.time.Clock;
import java.util.stream.Collectors;
import org.gongwen.document.IssuedDocuments;
import org.gongwen.receipt.verification.ReceiptCheck;
import org.gongwen.receipt.verification.ReceiptChecks;
import org.gongwen.receipt.verification.ReceiptVerification;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.TransactionScoped;
import org.gongwen.shared.Translations;
import org.springframework.stereotype.Component;

/** The checks of A10.1 as the sign-for task uses them: a summary for its form, and the gate at completion. */
@Component
public class SignForChecks {

    private final ReceiptVerification verification;
    private final Translations translations;
    private final IssuedDocuments documents;
    private final Clock clock;
    private final RecentSummaries recent = new RecentSummaries();

    SignForChecks(ReceiptVerification verification, Translations translations, IssuedDocuments documents, Clock clock) {
        this.verification = verification;
        this.translations = translations;
        this.documents = documents;
        this.clock = clock;
    }

    /**
     * One line per check: "✔ 发文单位：…" or "✘ 签名与完整性：…", as judged for this document within the
     * last half minute ({@link RecentSummaries}): every task of one send shows one judgement.
     */
    public String summary(long documentId) {
        return recent.of(
                documentId,
                // the same for every receipt a batch starts: read once per transaction
                TransactionScoped.get(
                        "sign-for-layout-keys-" + documentId, () -> documents.signedLayoutKeys(documentId)),
                clock.instant(),
                () -> verification.verifyForProcess(documentId).checks().stream()
                        .map(this::line)
                        .collect(Collectors.joining("\n")));
    }

    /** Whether the summary of this document was judged within the last half minute. */
    boolean judgedRecently(long documentId) {
        return recent.holds(documentId);
    }

    /** Refuses the sign-for unless every check passes; the message names the first failed check. */
    public void requireAllPassed(long documentId) {
        ReceiptChecks checks = verification.verifyForProcess(documentId);
        checks.checks().stream().filter(c -> !c.passed()).findFirst().ifPresent(failed -> {
            throw BusinessException.conflict(
                    "receipt.error.checksFailed",
                    translations.getTranslation(failed.labelKey(), Translations.CHINESE),
                    failed.detail(translations, Translations.CHINESE));
        });
    }

    private String line(ReceiptCheck check) {
        return (check.passed() ? "✔ " : "✘ ") + translations.getTranslation(check.labelKey(), Translations.CHINESE)
                + "：" + check.detail(translations, Translations.CHINESE);
    }
}
