package org.gongwen.audit;

import java.util.Map;

/** Unit names for the viewer's unit filter, provided by the organisation module (which records into the log). */
public interface AuditUnitNames {

    /** Unit id to full name, in the organisation's order. */
    Map<Long, String> unitNames();
}
