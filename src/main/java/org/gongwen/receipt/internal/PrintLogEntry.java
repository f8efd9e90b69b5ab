package org.gongwen.receipt.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gongwen.receipt.PrintRecord;

/** One line of the print log (A11.2); official copies are unique per distribution and copy number. */
@Entity
@Table(name = "receipt_print")
public class PrintLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "distribution_id", nullable = false)
    private long distributionId;

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

    protected PrintLogEntry() {
    }

    public PrintLogEntry(long distributionId, Integer copyNumber, String printedBy, Instant printedAt,
            String clientAddress) {
        this.distributionId = distributionId;
        this.copyNumber = copyNumber;
        this.official = copyNumber != null;
        this.printedBy = printedBy;
        this.printedAt = printedAt;
        this.clientAddress = clientAddress;
    }

    public PrintRecord record() {
        return new PrintRecord(copyNumber, official, printedBy, printedAt, clientAddress);
    }
}
