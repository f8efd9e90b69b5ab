package org.gongwen.seal.internal;

import org.gongwen.seal.PkiService;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Creates the county root CA on first start, before the web server takes requests, so that
 * {@code /pki/ca.pem} never answers without a CA.
 */
@Component
class CountyCaInitializer implements SmartInitializingSingleton {

    private final PkiService pki;

    CountyCaInitializer(PkiService pki) {
        this.pki = pki;
    }

    @Override
    public void afterSingletonsInstantiated() {
        pki.ensureCountyCa();
    }
}
