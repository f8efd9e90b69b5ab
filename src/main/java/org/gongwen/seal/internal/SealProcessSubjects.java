package org.gongwen.seal.internal;

import java.util.Map;
import org.gongwen.seal.process.SealApplicationProcess;
import org.gongwen.seal.process.SealRevocationProcess;
import org.gongwen.shared.ItemPageSubjects;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Application and revocation are about a seal: {@code seals/<id>}. */
@Component
@Order(30)
class SealProcessSubjects extends ItemPageSubjects {

    SealProcessSubjects() {
        super(
                "seals",
                Map.entry(SealApplicationProcess.KEY, SealApplicationProcess.BUSINESS_KEY::idOf),
                Map.entry(SealRevocationProcess.KEY, SealRevocationProcess.BUSINESS_KEY::idOf));
    }
}
