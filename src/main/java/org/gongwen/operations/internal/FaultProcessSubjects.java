package org.gongwen.operations.internal;

import java.util.Map;
import org.gongwen.operations.process.SystemFaultProcess;
import org.gongwen.shared.ItemPageSubjects;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A fault's handling is about its incident: {@code incidents/<id>}. */
@Component
@Order(40)
class FaultProcessSubjects extends ItemPageSubjects {

    FaultProcessSubjects() {
        super("incidents", Map.entry(SystemFaultProcess.KEY, SystemFaultProcess.BUSINESS_KEY::idOf));
    }
}
