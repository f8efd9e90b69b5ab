package org.gongwen.receipt.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.stream.IntStream;
import org.gongwen.document.CopyNumberRange;

/**
 * Copy numbers (份号) {@code firstCopy..lastCopy} of a document, given to one distribution: by the
 * sender's printing plan, or later for extra copies or a re-sent version (A11.2). Ranges of one
 * document never overlap, so a 份号 names one copy of the document.
 */
@Entity
@Table(name = "receipt_copy_range")
public class CopyRange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "distribution_id", nullable = false)
    private long distributionId;

    @Column(name = "first_copy", nullable = false)
    private int firstCopy;

    @Column(nullable = false)
    private int copies;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected CopyRange() {}

    public CopyRange(long documentId, long distributionId, int firstCopy, int copies, Instant grantedAt) {
        if (firstCopy < 1 || copies < 1) {
            throw new IllegalArgumentException("a range holds copy numbers from 1: " + firstCopy + " +" + copies);
        }
        this.documentId = documentId;
        this.distributionId = distributionId;
        this.firstCopy = firstCopy;
        this.copies = copies;
        this.grantedAt = grantedAt;
    }

    public int getFirstCopy() {
        return firstCopy;
    }

    public int getLastCopy() {
        return firstCopy + copies - 1;
    }

    public IntStream numbers() {
        return IntStream.rangeClosed(firstCopy, getLastCopy());
    }

    public long getDistributionId() {
        return distributionId;
    }

    public CopyNumberRange info() {
        return new CopyNumberRange(firstCopy, getLastCopy());
    }
}
