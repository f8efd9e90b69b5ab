package org.gongwen.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.gongwen.audit.AuditAction;
import org.gongwen.audit.AuditEntryInfo;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The audit tables through plain JDBC: the chain needs exact control over what is stored and
 * read back. Times go in and out as UTC {@link LocalDateTime}s, untouched by time zones.
 */
@Component
public class AuditStore {

    private static final String COLUMNS =
            "id, at, actor, actor_unit_id, action, target_type, target_id, detail, client_address, prev_hash, hash";

    private static final RowMapper<AuditEntryInfo> ENTRY = AuditStore::entry;

    private final JdbcTemplate jdbc;

    AuditStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Head(long lastId, String lastHash) {}

    /** Reads the head and locks it until the transaction ends. */
    public Head lockHead() {
        return jdbc.queryForObject(
                "select last_id, last_hash from audit_head where id = 1 for update",
                (rs, n) -> new Head(rs.getLong(1), rs.getString(2)));
    }

    public Head head() {
        return jdbc.queryForObject(
                "select last_id, last_hash from audit_head where id = 1",
                (rs, n) -> new Head(rs.getLong(1), rs.getString(2)));
    }

    public void append(AuditEntryInfo e) {
        jdbc.update(
                "insert into audit_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.id(),
                utc(e.at()),
                e.actor(),
                e.actorUnitId(),
                e.action().name(),
                e.targetType(),
                e.targetId(),
                e.detail(),
                e.clientAddress(),
                e.prevHash(),
                e.hash());
        jdbc.update("update audit_head set last_id = ?, last_hash = ? where id = 1", e.id(), e.hash());
    }

    /** Up to {@code size} entries after {@code afterId}, in id order: one page of the chain. */
    public List<AuditEntryInfo> after(long afterId, long uptoId, int size) {
        return jdbc.query(
                "select " + COLUMNS + " from audit_entry where id > ? and id <= ? order by id limit ?",
                ENTRY,
                afterId,
                uptoId,
                size);
    }

    public Long firstAfter(long id) {
        return jdbc.queryForObject("select min(id) from audit_entry where id > ?", Long.class, id);
    }

    /** Newest first. */
    public List<AuditEntryInfo> find(AuditFilter filter, long offset, int limit) {
        Where where = where(filter);
        where.args.add(limit);
        where.args.add(offset);
        return jdbc.query(
                "select " + COLUMNS + " from audit_entry" + where.sql + " order by id desc limit ? offset ?",
                ENTRY,
                where.args.toArray());
    }

    public long count(AuditFilter filter) {
        Where where = where(filter);
        Long n = jdbc.queryForObject("select count(*) from audit_entry" + where.sql, Long.class, where.args.toArray());
        return n == null ? 0 : n;
    }

    private record Where(String sql, List<Object> args) {}

    private static Where where(AuditFilter f) {
        StringBuilder sql = new StringBuilder();
        List<Object> args = new ArrayList<>();
        if (f.from() != null) {
            condition(sql, args, "at >= ?", utc(AuditHashes.storedTime(f.from())));
        }
        if (f.to() != null) {
            condition(sql, args, "at < ?", utc(f.to()));
        }
        if (notBlank(f.actor())) {
            condition(sql, args, "actor = ?", f.actor().strip());
        }
        if (f.action() != null) {
            condition(sql, args, "action = ?", f.action().name());
        }
        if (f.unitId() != null) {
            condition(sql, args, "actor_unit_id = ?", f.unitId());
        }
        if (notBlank(f.targetType())) {
            condition(sql, args, "target_type = ?", f.targetType().strip());
        }
        if (notBlank(f.targetId())) {
            condition(sql, args, "target_id = ?", f.targetId().strip());
        }
        return new Where(sql.toString(), args);
    }

    private static void condition(StringBuilder sql, List<Object> args, String condition, Object arg) {
        sql.append(sql.isEmpty() ? " where " : " and ").append(condition);
        args.add(arg);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** An action name the application never wrote reads as none: its entry then fails its hash. */
    private static AuditAction action(String name) {
        try {
            return AuditAction.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    private static AuditEntryInfo entry(ResultSet rs, int row) throws SQLException {
        long unit = rs.getLong("actor_unit_id");
        Long unitId = rs.wasNull() ? null : unit;
        return new AuditEntryInfo(
                rs.getLong("id"),
                rs.getObject("at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getString("actor"),
                unitId,
                action(rs.getString("action")),
                rs.getString("target_type"),
                rs.getString("target_id"),
                rs.getString("detail"),
                rs.getString("client_address"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }
}
