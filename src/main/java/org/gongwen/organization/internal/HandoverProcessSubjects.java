package org.gongwen.organization.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.gongwen.organization.process.PersonnelHandoverProcess;
import org.gongwen.shared.ProcessSubjects;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A handover has no page of its own: its leader's 人员交接 ({@code handover}). */
@Component
@Order(50)
class HandoverProcessSubjects implements ProcessSubjects {

    @Override
    public List<String> processKeys() {
        return List.of(PersonnelHandoverProcess.KEY);
    }

    @Override
    public String listRoute(String processKey) {
        return "handover";
    }

    @Override
    public Map<String, String> itemRoutes(String processKey, Collection<String> businessKeys) {
        return Map.of();
    }
}
