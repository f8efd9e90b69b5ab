package org.gongwen.seal.internal;

import java.net.URI;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import org.gongwen.seal.SealProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a production server whose public base URL is a local address: every certificate
 * issued would send verifiers to {@code localhost/pki/crl}. Production is any start without the demo,
 * dev or test profile, unless {@code gongwen.seal.allow-local-base-url=true}.
 */
@Component
class PublicBaseUrlGuard {

    static final Set<String> NON_PRODUCTION_PROFILES = Set.of("demo", "dev", "test");
    private static final Set<String> LOCAL_HOSTS =
            Set.of("localhost", "127.0.0.1", "[::1]", "::1", "0:0:0:0:0:0:0:1", "[0:0:0:0:0:0:0:1]");

    PublicBaseUrlGuard(SealProperties properties, Environment environment) {
        check(
                properties.publicBaseUrl(),
                Arrays.asList(environment.getActiveProfiles()),
                properties.allowLocalBaseUrl());
    }

    static void check(String publicBaseUrl, Collection<String> activeProfiles, boolean allowLocal) {
        boolean production = activeProfiles.stream().noneMatch(NON_PRODUCTION_PROFILES::contains) && !allowLocal;
        if (production && isLocal(publicBaseUrl)) {
            throw new IllegalStateException("gongwen.seal.public-base-url is " + publicBaseUrl + ": certificates would "
                    + "name a CRL on this machine only. Set GONGWEN_SEAL_PUBLIC_BASE_URL to the address verifiers "
                    + "reach (docs/operations.md), or gongwen.seal.allow-local-base-url=true for a trial install.");
        }
    }

    static boolean isLocal(String url) {
        String host;
        try {
            host = URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return true;
        }
        return host == null
                || LOCAL_HOSTS.contains(host.toLowerCase(Locale.ROOT))
                || host.toLowerCase(Locale.ROOT).endsWith(".localhost");
    }
}
