package org.gongwen.workflow.internal;

/** The inbox's counters. */
public record TaskCounts(long total, long mine, long unclaimed, long overdue) {}
