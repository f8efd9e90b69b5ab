package org.gongwen.audit.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.gongwen.audit.AuditAction;
import org.gongwen.audit.AuditEntryInfo;
import org.gongwen.audit.AuditLog;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit log: the administrators, supervisors and the county office (A29). */
@Service
public class AuditSearch {

    public static final String ADMIN = "ROLE_ADMIN";
    public static final String SUPERVISOR = "ROLE_SUPERVISOR";
    public static final String COUNTY_OFFICE = "ROLE_COUNTY_OFFICE";
    private static final int EXPORT_PAGE = 1000;

    private final AuditStore store;
    private final AuditLog log;

    AuditSearch(AuditStore store, AuditLog log) {
        this.store = store;
        this.log = log;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    @Secured({ADMIN, SUPERVISOR, COUNTY_OFFICE})
    public List<AuditEntryInfo> find(AuditFilter filter, long offset, int limit) {
        return store.find(filter, offset, Math.max(1, Math.min(limit, EXPORT_PAGE)));
    }

    @Transactional(readOnly = true)
    @Secured({ADMIN, SUPERVISOR, COUNTY_OFFICE})
    public long count(AuditFilter filter) {
        return store.count(filter);
    }

    /** The filtered entries as CSV (UTF-8 with a byte order mark, for Excel), newest first; the export is itself recorded. */
    @Transactional(readOnly = true)
    @Secured({ADMIN, SUPERVISOR, COUNTY_OFFICE})
    public void exportCsv(AuditFilter filter, OutputStream out) {
        try {
            AuditCsv csv = new AuditCsv(out);
            long offset = 0;
            List<AuditEntryInfo> page;
            do {
                page = store.find(filter, offset, EXPORT_PAGE);
                page.forEach(csv::row);
                offset += page.size();
            } while (page.size() == EXPORT_PAGE);
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.record(AuditAction.AUDIT_EXPORT, "audit", null, filter.toString());
    }
}
