package org.gongwen.operations.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.gongwen.operations.process.SystemFaultProcess;
import org.gongwen.shared.ProcessSubjects;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A fault's handling is about its incident: {@code incidents/<id>}. */
@Component
@Order(40)
class FaultProcessSubjects implements ProcessSubjects {

    private static final String INCIDENTS = "incidents";

    @Override
    public List<String> processKeys() {
        return List.of(SystemFaultProcess.KEY);
    }

    @Override
    public String listRoute(String processKey) {
        return INCIDENTS;
    }

    @Override
    public Map<String, String> itemRoutes(String processKey, Collection<String> businessKeys) {
        return ProcessSubjects.routesById(INCIDENTS, businessKeys, SystemFaultProcess::incidentIdOf);
    }
}
