package org.gongwen.supervision.internal;

import java.util.Map;

/**
 * The page that shows what an instance is about, by process: documents on 发文, copies on 收文,
 * seals on 电子印章, faults on 故障处置, reports on 督查通报, handovers on 人员交接.
 */
public final class SubjectLinks {

    private static final Map<String, String> ROUTES = Map.ofEntries(Map.entry("document-approval", "documents"),
            Map.entry("document-send", "documents"), Map.entry("document-send-batch", "documents"),
            Map.entry("document-receipt", "inbox"), Map.entry("document-reissue", "inbox"),
            Map.entry("receipt-deletion", "inbox"), Map.entry("seal-application", "seals"),
            Map.entry("seal-revocation", "seals"), Map.entry("system-fault", "incidents"),
            Map.entry("receipt-inspection", "reports"), Map.entry("personnel-handover", "handover"));

    private SubjectLinks() {
    }

    public static String of(String processKey) {
        return ROUTES.get(processKey);
    }
}
