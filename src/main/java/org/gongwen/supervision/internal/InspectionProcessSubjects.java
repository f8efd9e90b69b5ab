package org.gongwen.supervision.internal;

import java.util.Map;
import org.gongwen.shared.ItemPageSubjects;
import org.gongwen.supervision.process.ReceiptInspectionProcess;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** An inspection is about its report: {@code reports/<id>}. */
@Component
@Order(60)
class InspectionProcessSubjects extends ItemPageSubjects {

    InspectionProcessSubjects() {
        super("reports", Map.entry(ReceiptInspectionProcess.KEY, ReceiptInspectionProcess.BUSINESS_KEY::idOf));
    }
}
