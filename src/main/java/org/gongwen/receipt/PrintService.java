package org.gongwen.receipt;

import static org.gongwen.organization.Role.Names.CLERK;

import java.time.Clock;
import org.gongwen.document.DocumentPrints;
import org.gongwen.receipt.internal.Distribution;
import org.gongwen.receipt.internal.DistributionRepository;
import org.gongwen.receipt.internal.PrintLogEntry;
import org.gongwen.receipt.internal.PrintLogRepository;
import org.gongwen.receipt.internal.ReceiptLog;
import org.gongwen.receipt.internal.ReceiptTime;
import org.gongwen.receipt.internal.ReceivingAccess;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.gongwen.shared.BusinessException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Printing within the quota (A11.2). The copy is counted under the distribution row's write lock,
 * so however many prints run at once exactly {@code printQuota} official copies exist, numbered
 * 1..quota (a unique key on the print log guards the numbers as well). An official copy is the
 * signed layout file with its copy number (份号), rendered inside the lock so that a failed render
 * gives its number back; copies beyond the quota are rendered afterwards, without the red header
 * and seal and marked as having no legal force. The first official print is the receipt (A14.2).
 */
@Service
public class PrintService {

    private final DistributionRepository distributions;
    private final PrintLogRepository printLog;
    private final ReceivingAccess access;
    private final ReceiptLog log;
    private final ReceiptTime receiptTime;
    private final DocumentPrints prints;
    private final AuthenticatedUser authenticatedUser;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PrintService(DistributionRepository distributions, PrintLogRepository printLog, ReceivingAccess access,
            ReceiptLog log, ReceiptTime receiptTime, DocumentPrints prints, AuthenticatedUser authenticatedUser,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.distributions = distributions;
        this.printLog = printLog;
        this.access = access;
        this.log = log;
        this.receiptTime = receiptTime;
        this.prints = prints;
        this.authenticatedUser = authenticatedUser;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Secured({"ROLE_" + CLERK})
    public PrintedCopy print(long distributionId, String clientAddress) {
        CurrentUser caller = authenticatedUser.require();
        Counted counted = transactions.execute(status -> count(distributionId, caller, clientAddress));
        if (counted.official()) {
            return new PrintedCopy(counted.pdf(), counted.copyNumber(), true, counted.remaining());
        }
        return new PrintedCopy(prints.unofficialCopy(counted.documentId()), null, false, 0);
    }

    private Counted count(long distributionId, CurrentUser caller, String clientAddress) {
        // lock first: a row read before the lock would be served stale from the persistence context
        Distribution d = access.requireOwn(distributions.lockById(distributionId)
                .orElseThrow(() -> BusinessException.notFound("receipt.error.notFound", distributionId)), caller);
        int copy = d.takeCopy();
        d.markRead(clock.instant());
        printLog.save(new PrintLogEntry(distributionId, copy == 0 ? null : copy, caller.username(), clock.instant(),
                clientAddress));
        log.record(distributionId, ReceiptEventType.PRINTED, caller.username(), clientAddress,
                copy == 0 ? "unofficial" : String.format("%06d", copy));
        if (copy == 0) {
            return new Counted(d.getDocumentId(), null, 0, 0);
        }
        byte[] pdf = prints.officialCopy(d.getDocumentId(), copy);
        int remaining = d.getPrintQuota() - d.getPrintsUsed();
        receiptTime.received(d, ReceiptChannel.PRINT, caller.username(), clientAddress);
        return new Counted(d.getDocumentId(), pdf, copy, remaining);
    }

    private record Counted(long documentId, byte[] pdf, int copyNumber, int remaining) {

        boolean official() {
            return copyNumber > 0;
        }
    }
}
