package org.gongwen.workflow;

/** The inbox's counters. */
public record TaskCounts(long total, long mine, long unclaimed, long overdue) {}
