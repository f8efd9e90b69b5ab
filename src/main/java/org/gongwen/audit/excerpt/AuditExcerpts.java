package org.gongwen.audit.excerpt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.gongwen.audit.AuditEntryInfo;
import org.gongwen.audit.internal.AuditFilter;
import org.gongwen.audit.internal.AuditStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every audit entry about one target, for a document's archival package (A38). No role check: the
 * archive module, the only one allowed to call this, checks who may see the document first.
 */
@Service
public class AuditExcerpts {

    private static final int PAGE = 1000;

    private final AuditStore store;

    AuditExcerpts(AuditStore store) {
        this.store = store;
    }

    /** Oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntryInfo> about(String targetType, String targetId) {
        AuditFilter filter = new AuditFilter(null, null, null, null, null, targetType, targetId);
        List<AuditEntryInfo> all = new ArrayList<>();
        List<AuditEntryInfo> page;
        do {
            page = store.find(filter, all.size(), PAGE);
            all.addAll(page);
        } while (page.size() == PAGE);
        Collections.reverse(all);
        return all;
    }
}
