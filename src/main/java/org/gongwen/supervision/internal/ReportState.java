package org.gongwen.supervision.internal;

/** An inspection report is a draft the county office reviews until it is published to every unit. */
public enum ReportState {
    DRAFT,
    PUBLISHED
}
