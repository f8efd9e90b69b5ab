package org.gongwen.receipt.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One print attempt in the print log (A11.2). Reserved (PENDING) and while its file is written
 * (DELIVERING) it holds its copy number; delivered, the copy counts ({@code counted_copy}, unique per
 * distribution and, for prints since V022, per document); failed, or abandoned before its file was
 * asked for, the number is free for the next attempt.
 */
@Entity
@Table(name = "receipt_print")
public class PrintLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "distribution_id", nullable = false)
    private long distributionId;

    /** Null on prints before V022, whose 份号 were numbered per unit. */
    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "copy_number")
    private Integer copyNumber;

    @Column(nullable = false)
    private boolean official;

    @Column(name = "printed_by", nullable = false)
    private String printedBy;

    @Column(name = "printed_at", nullable = false)
    private Instant printedAt;

    @Column(name = "client_address")
    private String clientAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PrintOutcome outcome;

    @Column(name = "counted_copy")
    private Integer countedCopy;

    @Column(name = "settled_at")
    private Instant settledAt;

    protected PrintLogEntry() {}

    public PrintLogEntry(
            long distributionId,
            long documentId,
            Integer copyNumber,
            String printedBy,
            Instant printedAt,
            String clientAddress) {
        this.distributionId = distributionId;
        this.documentId = documentId;
        this.copyNumber = copyNumber;
        this.official = copyNumber != null;
        this.printedBy = printedBy;
        this.printedAt = printedAt;
        this.clientAddress = clientAddress;
        this.outcome = PrintOutcome.PENDING;
    }

    /** Its file is being written to the browser: from now on only the outcome of that write settles it. */
    public void deliveryStarted() {
        outcome = PrintOutcome.DELIVERING;
    }

    public void delivered(Instant at) {
        outcome = PrintOutcome.DELIVERED;
        countedCopy = copyNumber;
        settledAt = at;
    }

    public void failed(Instant at) {
        outcome = PrintOutcome.FAILED;
        settledAt = at;
    }

    /** Whether this attempt keeps its copy number from the next one: delivered, or on the way since after {@code staleBefore}. */
    public boolean holdsCopyNumber(Instant staleBefore) {
        return official && (outcome == PrintOutcome.DELIVERED || onTheWay() && printedAt.isAfter(staleBefore));
    }

    /** Reserved by {@code username} before {@code reservedBefore} and its file never asked for. */
    public boolean abandonedBy(String username, Instant reservedBefore) {
        return outcome == PrintOutcome.PENDING && printedBy.equals(username) && printedAt.isBefore(reservedBefore);
    }

    private boolean onTheWay() {
        return outcome == PrintOutcome.PENDING || outcome == PrintOutcome.DELIVERING;
    }

    public Long getId() {
        return id;
    }

    public Integer getCopyNumber() {
        return copyNumber;
    }

    public PrintOutcome getOutcome() {
        return outcome;
    }

    public PrintRecord record() {
        return new PrintRecord(copyNumber, official, printedBy, printedAt, clientAddress, outcome);
    }
}
