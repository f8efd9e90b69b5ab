package org.gongwen.receipt.internal;

import static org.gongwen.organization.Role.Names.CLERK;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongwen.document.DocumentPrints;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.gongwen.shared.BusinessException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Printing within the quota (A11.2). A print is reserved, then delivered: {@link #reserve} logs the
 * attempt under the distribution row's write lock with the lowest copy number of the distribution's
 * ranges that no other attempt holds (份号 are unique per document: the sender's printing plan gives
 * each unit its range, {@link CopyRanges}), or none beyond the quota, for a copy without red header
 * and seal, and {@link #deliver}
 * renders that copy and writes it to the browser's response. Only a copy whose whole file was
 * written without an error counts against the quota (the first official one is the receipt,
 * A14.2); a failed delivery stays in the log and gives its number back, so the same number is
 * printed again. So does an attempt whose file the browser never asked for (its request failed on
 * the way): the page that reserved it gives it up ({@link #abandon}), or else the same person's next
 * attempt settles it as failed once {@link #FETCH_GRACE} has passed, and takes its number. An attempt
 * whose file is being written keeps its number until that write ends, so no number is written to a
 * browser twice at once. The server decides all this from the download itself, never from what a
 * browser reports. Unique keys on the counted copies, per distribution and per document, guard the
 * numbers as well.
 */
@Service
public class PrintService {

    /** How long an attempt whose outcome never came (the server stopped meanwhile, or the caller left) holds its number. */
    static final Duration PENDING_HOLD = Duration.ofMinutes(10);

    /**
     * How long a browser has to ask for a reserved file before the same person's next attempt may
     * take its number: longer than a page takes to fetch it, so that the same person's prints in
     * parallel (two tabs, an office system) do not settle each other.
     */
    static final Duration FETCH_GRACE = Duration.ofSeconds(30);

    private final DistributionRepository distributions;
    private final PrintLogRepository printLog;
    private final CopyRanges copyRanges;
    private final ReceivingAccess access;
    private final ReceiptLog log;
    private final ReceiptTime receiptTime;
    private final DocumentPrints prints;
    private final AuthenticatedUser authenticatedUser;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PrintService(
            DistributionRepository distributions,
            PrintLogRepository printLog,
            CopyRanges copyRanges,
            ReceivingAccess access,
            ReceiptLog log,
            ReceiptTime receiptTime,
            DocumentPrints prints,
            AuthenticatedUser authenticatedUser,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.distributions = distributions;
        this.printLog = printLog;
        this.copyRanges = copyRanges;
        this.access = access;
        this.log = log;
        this.receiptTime = receiptTime;
        this.prints = prints;
        this.authenticatedUser = authenticatedUser;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** What the next print would be, for the clerk to confirm; it reserves nothing. */
    @Secured({"ROLE_" + CLERK})
    public PrintPlan plan(long distributionId) {
        CurrentUser caller = authenticatedUser.require();
        return transactions.execute(status -> {
            Distribution d = access.ownReceived(distributionId, caller);
            d.requirePrintable();
            Instant graceBefore = clock.instant().minus(FETCH_GRACE);
            List<PrintLogEntry> attempts = printLog.findByDistributionIdOrderByPrintedAtAscIdAsc(d.getId()).stream()
                    .filter(e -> !e.abandonedBy(caller.username(), graceBefore))
                    .toList();
            Set<Integer> held = heldCopyNumbers(attempts);
            return new PrintPlan(copyRanges.next(d, held), held.size() + 1, d.getPrintQuota());
        });
    }

    /**
     * Logs a print attempt and holds its copy number for it until {@link #deliver} settles it. The
     * caller's earlier attempts on this distribution whose file was not asked for within
     * {@link #FETCH_GRACE} are settled as failed first, giving their numbers back.
     */
    @Secured({"ROLE_" + CLERK})
    public PrintJob reserve(long distributionId, String clientAddress) {
        CurrentUser caller = authenticatedUser.require();
        return transactions.execute(status -> {
            // lock first: a row read before the lock would be served stale from the persistence context
            Distribution d = access.requireOwn(
                    distributions
                            .lockById(distributionId)
                            .orElseThrow(() -> BusinessException.notFound("receipt.error.notFound", distributionId)),
                    caller);
            d.requirePrintable();
            List<PrintLogEntry> attempts = printLog.findByDistributionIdOrderByPrintedAtAscIdAsc(d.getId());
            Instant graceBefore = clock.instant().minus(FETCH_GRACE);
            attempts.stream()
                    .filter(e -> e.abandonedBy(caller.username(), graceBefore))
                    .forEach(e -> e.failed(clock.instant()));
            Set<Integer> held = heldCopyNumbers(attempts);
            Integer copy = copyRanges.next(d, held);
            PrintLogEntry entry = printLog.save(new PrintLogEntry(
                    distributionId, d.getDocumentId(), copy, caller.username(), clock.instant(), clientAddress));
            int remaining = d.getPrintQuota() - held.size() - (copy == null ? 0 : 1);
            return new PrintJob(
                    entry.getId(),
                    distributionId,
                    d.getDocumentId(),
                    copy,
                    d.getPrintQuota(),
                    Math.max(0, remaining),
                    caller.username());
        });
    }

    /**
     * Renders the reserved copy and writes it to {@code out}. Once the whole file is written and
     * flushed the copy counts; if rendering or writing fails (the browser went away) the attempt is
     * logged as failed, nothing counts, and the exception is rethrown.
     */
    @Secured({"ROLE_" + CLERK})
    public PrintedCopy deliver(PrintJob job, OutputStream out) throws IOException {
        return deliver(
                job,
                out,
                () -> job.official()
                        ? prints.officialCopy(job.documentId(), job.copyNumber())
                        : prints.unofficialCopy(job.documentId()));
    }

    /**
     * As {@link #reserve} for an official OFD copy: the same quota and copy numbers as the PDF's, but beyond the
     * quota there is no OFD copy (a copy without legal force is printed from the PDF), so it is refused with a
     * conflict and nothing stays reserved.
     */
    @Secured({"ROLE_" + CLERK})
    public PrintJob reserveOfd(long distributionId, String clientAddress) {
        PrintJob job = reserve(distributionId, clientAddress);
        if (!job.official()) {
            abandon(job);
            throw BusinessException.conflict("receipt.error.ofdQuotaUsed");
        }
        return job;
    }

    /** As {@link #deliver} for a job {@link #reserveOfd} reserved: writes the official OFD copy with its 份号. */
    @Secured({"ROLE_" + CLERK})
    public PrintedCopy deliverOfd(PrintJob job, OutputStream out) throws IOException {
        if (!job.official()) {
            throw BusinessException.conflict("receipt.error.ofdQuotaUsed");
        }
        return deliver(job, out, () -> prints.officialOfdCopy(job.documentId(), job.copyNumber()));
    }

    private PrintedCopy deliver(PrintJob job, OutputStream out, java.util.function.Supplier<byte[]> render)
            throws IOException {
        CurrentUser caller = authenticatedUser.require();
        if (!caller.username().equals(job.printedBy())) {
            throw BusinessException.forbidden("error.forbidden");
        }
        // under the row lock that reserve takes: a next attempt cannot settle this one once its file is on the way
        transactions.executeWithoutResult(status -> {
            lock(job.distributionId());
            printLog.findById(job.printId())
                    .filter(e -> e.getOutcome() == PrintOutcome.PENDING)
                    .orElseThrow(() -> BusinessException.conflict("receipt.error.printSettled"))
                    .deliveryStarted();
        });
        byte[] pdf;
        try {
            pdf = render.get();
            out.write(pdf);
            out.flush();
        } catch (IOException | RuntimeException e) {
            transactions.executeWithoutResult(status -> printLog.findById(job.printId())
                    .filter(entry -> entry.getOutcome() == PrintOutcome.DELIVERING)
                    .ifPresent(entry -> entry.failed(clock.instant())));
            throw e;
        }
        int remaining = transactions.execute(status -> delivered(job));
        return new PrintedCopy(pdf, job.copyNumber(), job.official(), remaining);
    }

    /** Reserves and delivers in one go, for a caller that holds the file itself. */
    @Secured({"ROLE_" + CLERK})
    public PrintedCopy print(long distributionId, String clientAddress) {
        try {
            return deliver(reserve(distributionId, clientAddress), new ByteArrayOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What became of a print attempt: the server's record, not what a browser says. */
    @Secured({"ROLE_" + CLERK})
    public PrintOutcome outcome(PrintJob job) {
        CurrentUser caller = authenticatedUser.require();
        return transactions.execute(status -> {
            access.ownReceived(job.distributionId(), caller);
            return printLog.findById(job.printId())
                    .map(PrintLogEntry::getOutcome)
                    .orElse(PrintOutcome.FAILED);
        });
    }

    /**
     * The page gives up an attempt it reserved (its browser says the file did not reach it, or it
     * prints anew): if the file was never asked for, the attempt is settled as failed and its number
     * is free. An attempt whose file was asked for is not touched; what the server recorded stands.
     */
    @Secured({"ROLE_" + CLERK})
    public PrintOutcome abandon(PrintJob job) {
        CurrentUser caller = authenticatedUser.require();
        return transactions.execute(status -> {
            access.requireOwn(lock(job.distributionId()), caller);
            PrintLogEntry entry = printLog.findById(job.printId())
                    .orElseThrow(() -> BusinessException.notFound("receipt.error.notFound", job.distributionId()));
            if (entry.abandonedBy(caller.username(), Instant.MAX)) {
                entry.failed(clock.instant());
            }
            return entry.getOutcome();
        });
    }

    private Distribution lock(long distributionId) {
        return distributions
                .lockById(distributionId)
                .orElseThrow(() -> BusinessException.notFound("receipt.error.notFound", distributionId));
    }

    private int delivered(PrintJob job) {
        Distribution d = lock(job.distributionId());
        PrintLogEntry entry = printLog.findById(job.printId())
                .orElseThrow(() -> BusinessException.notFound("receipt.error.notFound", job.distributionId()));
        if (entry.getOutcome() != PrintOutcome.DELIVERING) {
            // settled otherwise meanwhile: it counts once at most
            throw BusinessException.conflict("receipt.error.printSettled");
        }
        entry.delivered(clock.instant());
        d.markRead(clock.instant());
        PrintLogEntry saved = printLog.saveAndFlush(entry);
        String detail = job.official() ? String.format("%06d", job.copyNumber()) : "unofficial";
        log.record(
                job.distributionId(),
                ReceiptEventType.PRINTED,
                job.printedBy(),
                saved.record().clientAddress(),
                detail);
        if (job.official()) {
            d.countCopy();
            receiptTime.received(
                    d, ReceiptChannel.PRINT, job.printedBy(), saved.record().clientAddress());
        } else {
            d.countUnofficialCopy();
        }
        return Math.max(0, d.getPrintQuota() - d.getPrintsUsed());
    }

    /** The copy numbers taken by delivered {@code attempts} and by recent ones still on their way. */
    private Set<Integer> heldCopyNumbers(List<PrintLogEntry> attempts) {
        Instant staleBefore = clock.instant().minus(PENDING_HOLD);
        return attempts.stream()
                .filter(e -> e.holdsCopyNumber(staleBefore))
                .map(PrintLogEntry::getCopyNumber)
                .collect(Collectors.toSet());
    }
}
