package org.gongwen.supervision.internal;

/**
 * Open tasks on one desk: a unit or a person ({@code personUsername} null for a unit row, and for
 * the row of tasks no one has claimed yet), how many, how many past their due date.
 */
public record DeskLoad(
        Long unitId, String unitName, String personUsername, String personName, long open, long overdue) {}
