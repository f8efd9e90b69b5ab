package org.gongwen.supervision.internal;

import java.time.LocalDate;
import org.gongwen.organization.UnitKind;

/**
 * One week (starting Monday) for one kind of unit: documents sent by such units and the median
 * working hours from submission for approval to sending; copies delivered to such units and signed
 * for, and the median working hours from delivery to sign-for. Medians are null when nothing counted.
 */
public record WeeklyTrend(
        LocalDate week,
        UnitKind unitKind,
        long documentsSent,
        Double medianHoursToSend,
        long signedFor,
        Double medianHoursToSignFor) {}
