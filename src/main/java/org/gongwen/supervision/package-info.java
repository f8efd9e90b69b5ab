/**
 * Supervision (A5, A16): the county office's dashboard of how units receive, and the inspection
 * reports (通报) built in {@code receipt-inspection}, both from the receipt module's figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision")
package org.gongwen.supervision;
