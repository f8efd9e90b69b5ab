package org.gongwen.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Runs the Spring tests against H2 (default) or MySQL/MariaDB ({@code -Dgongwen.test.db=mysql},
 * connection from GONGWEN_DB_URL, GONGWEN_DB_USER, GONGWEN_DB_PASSWORD).
 */
public class TestDatabaseProfiles implements ActiveProfilesResolver {

    public static boolean mysql() {
        return "mysql".equalsIgnoreCase(System.getProperty("gongwen.test.db", "h2"));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return mysql() ? new String[] {"mysql", "test"} : new String[] {"test-h2", "test"};
    }
}
