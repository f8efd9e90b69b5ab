/** Supervision (A5, A16): dashboards of receipt timeliness, inspection reports (通报), overdue tracking. */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision")
package org.gongwen.supervision;
