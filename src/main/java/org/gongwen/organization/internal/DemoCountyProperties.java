package org.gongwen.organization.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Seeding of the demo county: on by default on H2, off on MySQL unless asked for. */
@ConfigurationProperties("gongwen.demo")
public record DemoCountyProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("Gongwen@2026") String password) {}
