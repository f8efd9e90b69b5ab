package org.gongwen.document.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The next sequence number of a unit's documents in a year (发文字号). */
@Entity
@Table(name = "document_number_sequence")
public class DocumentNumberSequence {

    @Embeddable
    public record Key(
            @Column(name = "unit_id") long unitId,
            @Column(name = "doc_year") int year) implements Serializable {}

    @EmbeddedId
    private Key key;

    @Column(name = "next_value", nullable = false)
    private int nextValue;

    protected DocumentNumberSequence() {}

    int take() {
        return nextValue++;
    }
}
