package org.gongwen.seal.internal;

import org.gongwen.seal.PkiService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the county root CA on first start. */
@Component
@Order(5)
class CountyCaInitializer implements ApplicationRunner {

    private final PkiService pki;

    CountyCaInitializer(PkiService pki) {
        this.pki = pki;
    }

    @Override
    public void run(ApplicationArguments args) {
        pki.ensureCountyCa();
    }
}
