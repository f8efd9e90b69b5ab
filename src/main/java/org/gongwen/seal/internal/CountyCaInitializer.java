package org.gongwen.seal.internal;

import org.gongwen.seal.PkiService;
import org.gongwen.seal.TimeStampService;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Creates the county root CA on first start, before the web server takes requests, so that
 * {@code /pki/ca.pem} never answers without a CA; then the county time-stamping authority under it.
 */
@Component
class CountyCaInitializer implements SmartInitializingSingleton {

    private final PkiService pki;
    private final TimeStampService timeStamps;

    CountyCaInitializer(PkiService pki, TimeStampService timeStamps) {
        this.pki = pki;
        this.timeStamps = timeStamps;
    }

    @Override
    public void afterSingletonsInstantiated() {
        pki.ensureCountyCa();
        timeStamps.ensureTsa();
    }
}
