package org.gongwen.seal.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import org.gongwen.seal.process.SealApplicationProcess;
import org.gongwen.seal.process.SealRevocationProcess;
import org.gongwen.shared.ProcessSubjects;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Application and revocation are about a seal: {@code seals/<id>}. */
@Component
@Order(30)
class SealProcessSubjects implements ProcessSubjects {

    private static final String SEALS = "seals";

    private static final Map<String, Function<String, OptionalLong>> SEAL_OF = Map.of(
            SealApplicationProcess.KEY, SealApplicationProcess::sealIdOf,
            SealRevocationProcess.KEY, SealRevocationProcess::sealIdOf);

    @Override
    public List<String> processKeys() {
        return List.of(SealApplicationProcess.KEY, SealRevocationProcess.KEY);
    }

    @Override
    public String listRoute(String processKey) {
        return SEALS;
    }

    @Override
    public Map<String, String> itemRoutes(String processKey, Collection<String> businessKeys) {
        return ProcessSubjects.routesById(SEALS, businessKeys, SEAL_OF.get(processKey));
    }
}
