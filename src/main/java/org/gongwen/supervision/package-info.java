/**
 * Supervision (A5, A16): the county office's inspection reports (通报) on how units sign for
 * received documents, built in {@code receipt-inspection} from the receipt module's figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision")
package org.gongwen.supervision;
