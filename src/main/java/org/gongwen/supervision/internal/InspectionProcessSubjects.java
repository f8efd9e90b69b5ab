package org.gongwen.supervision.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.gongwen.shared.ProcessSubjects;
import org.gongwen.supervision.process.ReceiptInspectionProcess;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** An inspection is about its report: {@code reports/<id>}. */
@Component
@Order(60)
class InspectionProcessSubjects implements ProcessSubjects {

    private static final String REPORTS = "reports";

    @Override
    public List<String> processKeys() {
        return List.of(ReceiptInspectionProcess.KEY);
    }

    @Override
    public String listRoute(String processKey) {
        return REPORTS;
    }

    @Override
    public Map<String, String> itemRoutes(String processKey, Collection<String> businessKeys) {
        return ProcessSubjects.routesById(REPORTS, businessKeys, ReceiptInspectionProcess::reportIdOf);
    }
}
