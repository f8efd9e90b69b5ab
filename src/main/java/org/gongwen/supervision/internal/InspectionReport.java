package org.gongwen.supervision.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.gongwen.shared.BusinessException;

/** An inspection report (通报) with its PDF as last built. */
@Entity
@Table(name = "supervision_report")
public class InspectionReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(name = "doc_number", nullable = false)
    private String docNumber;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportState state;

    private String note;

    @Column(name = "started_by")
    private String startedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "built_at")
    private Instant builtAt;

    @Column(nullable = false)
    private int builds;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "mediumblob")
    private byte[] pdf;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    protected InspectionReport() {}

    public InspectionReport(
            LocalDate periodFrom,
            LocalDate periodTo,
            String docNumber,
            String title,
            String startedBy,
            Instant createdAt) {
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.docNumber = docNumber;
        this.title = title;
        this.startedBy = startedBy;
        this.createdAt = createdAt;
        this.state = ReportState.DRAFT;
    }

    void built(byte[] pdf, String note, Instant at) {
        requireDraft();
        this.pdf = pdf;
        this.note = note;
        this.builtAt = at;
        this.builds++;
    }

    void publish(String by, Instant at) {
        requireDraft();
        if (pdf == null) {
            throw BusinessException.conflict("inspection.error.notBuilt");
        }
        this.state = ReportState.PUBLISHED;
        this.publishedBy = by;
        this.publishedAt = at;
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    private void requireDraft() {
        if (state != ReportState.DRAFT) {
            throw BusinessException.conflict("inspection.error.published");
        }
    }

    public InspectionReportInfo info() {
        return new InspectionReportInfo(
                id,
                docNumber,
                title,
                periodFrom,
                periodTo,
                state,
                note,
                startedBy,
                createdAt,
                builtAt,
                publishedAt,
                publishedBy);
    }

    public Long getId() {
        return id;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public String getDocNumber() {
        return docNumber;
    }

    public String getTitle() {
        return title;
    }

    public ReportState getState() {
        return state;
    }

    public String getNote() {
        return note;
    }

    public int getBuilds() {
        return builds;
    }

    public byte[] getPdf() {
        return pdf;
    }
}
