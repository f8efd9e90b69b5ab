package org.gongwen.seal.internal;

import org.gongwen.seal.CopyCountersigning;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Creates the county root CA on first start, before the web server takes requests, so that
 * {@code /pki/ca.pem} never answers without a CA; then the county time-stamping authority under it
 * and the county system's key that countersigns print copies, issued by it.
 */
@Component
class CountyCaInitializer implements SmartInitializingSingleton {

    private final PkiService pki;
    private final TimeStampService timeStamps;
    private final CopyCountersigning countersigning;

    CountyCaInitializer(PkiService pki, TimeStampService timeStamps, CopyCountersigning countersigning) {
        this.pki = pki;
        this.timeStamps = timeStamps;
        this.countersigning = countersigning;
    }

    @Override
    public void afterSingletonsInstantiated() {
        pki.ensureCountyCa();
        timeStamps.ensureTsa();
        countersigning.ensureKey();
    }
}
