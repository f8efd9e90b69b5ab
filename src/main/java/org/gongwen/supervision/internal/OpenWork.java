package org.gongwen.supervision.internal;

import java.util.List;

/** Open tasks per unit and per person, the desks with the most overdue tasks first. */
public record OpenWork(List<DeskLoad> units, List<DeskLoad> people) {}
