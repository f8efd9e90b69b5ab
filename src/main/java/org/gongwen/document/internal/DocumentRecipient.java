package org.gongwen.document.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;

@Entity
@Table(name = "document_recipient")
public class DocumentRecipient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecipientKind kind;

    @Column(name = "print_quota", nullable = false)
    private int printQuota;

    @Column(nullable = false)
    private int position;

    protected DocumentRecipient() {}

    DocumentRecipient(RecipientEntry entry, int position) {
        this.unitId = entry.unitId();
        this.kind = entry.kind();
        this.printQuota = entry.printQuota();
        this.position = position;
    }

    RecipientEntry toEntry() {
        return new RecipientEntry(unitId, kind, printQuota);
    }
}
