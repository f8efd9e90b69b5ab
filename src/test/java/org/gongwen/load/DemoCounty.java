package org.gongwen.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The demo county's receiving units (profile demo): 20 towns, 25 departments, 4 institutions. */
final class DemoCounty {

    /** Codes of the units that receive documents, Z01–Z20, B01–B25, S01–S04. */
    static final List<String> RECEIVING_UNITS = receivingUnits();

    private DemoCounty() {}

    private static List<String> receivingUnits() {
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            codes.add(String.format(Locale.ROOT, "Z%02d", i));
        }
        for (int i = 1; i <= 25; i++) {
            codes.add(String.format(Locale.ROOT, "B%02d", i));
        }
        for (int i = 1; i <= 4; i++) {
            codes.add(String.format(Locale.ROOT, "S%02d", i));
        }
        return List.copyOf(codes);
    }

    static String user(String unitCode, String role) {
        return unitCode.toLowerCase(Locale.ROOT) + "." + role;
    }
}
