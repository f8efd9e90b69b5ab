package org.gongwen.support;

/** Demo county facts tests rely on. */
public final class Demo {

    public static final String PASSWORD = "Gongwen@2026";

    private Demo() {}
}
