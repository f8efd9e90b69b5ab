package org.gongwen.supervision.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwen.receipt.ReceiptSubjects;
import org.springframework.stereotype.Component;

/**
 * The page that shows what an instance is about, from its process and business key: the document
 * on 发文 ({@code documents/<id>}), the received copy ({@code inbox/<distribution>}), the seal
 * ({@code seals/<id>}), the fault ({@code incidents/<id>}), the report ({@code reports/<id>}); a
 * handover has no page of its own, so its leader's 人员交接. The list page when the key names nothing.
 */
@Component
public class SubjectLinks {

    private static final Map<String, Route> ROUTES = Map.ofEntries(
            Map.entry("document-approval", Route.item("documents", "document-(\\d+)")),
            Map.entry("document-send", Route.item("documents", "document-send-(\\d+)")),
            Map.entry("document-send-batch", Route.item("documents", "document-send-(\\d+)-.*")),
            Map.entry("document-receipt", Route.list("inbox")),
            Map.entry("document-reissue", Route.list("inbox")),
            Map.entry("receipt-deletion", Route.list("inbox")),
            Map.entry("seal-application", Route.item("seals", "seal-(\\d+)")),
            Map.entry("seal-revocation", Route.item("seals", "seal-revocation-(\\d+)")),
            Map.entry("system-fault", Route.item("incidents", "incident-(\\d+)")),
            Map.entry("receipt-inspection", Route.item("reports", "inspection-(\\d+)")),
            Map.entry("personnel-handover", Route.list("handover")));

    private final ReceiptSubjects receipts;

    SubjectLinks(ReceiptSubjects receipts) {
        this.receipts = receipts;
    }

    public String of(String processKey, String businessKey) {
        return of(List.of(new Subject(processKey, businessKey))).get(new Subject(processKey, businessKey));
    }

    /** Each instance's page; an instance of a process without a page is left out. */
    public Map<Subject, String> of(Collection<Subject> subjects) {
        Map<String, Long> copies = receipts.distributions(subjects.stream()
                .filter(s -> "inbox".equals(route(s.processKey())))
                .map(Subject::businessKey)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        Map<Subject, String> links = new HashMap<>();
        for (Subject s : subjects) {
            Route route = ROUTES.get(s.processKey());
            if (route == null) {
                continue;
            }
            String id = route.key == null ? null : route.idOf(s.businessKey());
            if (route.key == null && "inbox".equals(route.path) && s.businessKey() != null) {
                Long copy = copies.get(s.businessKey());
                id = copy == null ? null : copy.toString();
            }
            links.put(s, id == null ? route.path : route.path + "/" + id);
        }
        return links;
    }

    private static String route(String processKey) {
        Route route = ROUTES.get(processKey);
        return route == null ? null : route.path;
    }

    /** An instance of a process with its business key (which may be null). */
    public record Subject(String processKey, String businessKey) {}

    private record Route(String path, Pattern key) {

        static Route item(String path, String key) {
            return new Route(path, Pattern.compile(key));
        }

        /** A page without the instance's own id in its address (or, for received copies, looked up). */
        static Route list(String path) {
            return new Route(path, null);
        }

        String idOf(String businessKey) {
            if (businessKey == null) {
                return null;
            }
            Matcher m = key.matcher(businessKey);
            return m.matches() ? m.group(1) : null;
        }
    }
}
