package org.gongwen.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V021 moves documents written under the old model (SENDING until the last signature, which then
 * overwrote sent_at) to 已发出 from the confirmation: on a database of its own, rows as V020 left them.
 */
class SentAtMigrationTests {

    private static final Instant CONFIRMED = Instant.parse("2026-11-10T01:00:00Z");
    private static final Instant LAST_SIGNED = Instant.parse("2026-11-12T08:30:00Z");

    @Test
    void sentDocumentsGetTheirFirstDeliveryAsSendTimeAndConfirmedOnesBecomeSent() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:sent-at-migration;MODE=MySQL;NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1");
        Flyway.configure()
                .dataSource(db)
                .locations("classpath:db/migration")
                .target("20")
                .load()
                .migrate();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        long allSigned = document(jdbc, "SENT", LAST_SIGNED);
        delivery(jdbc, allSigned, 1, 1, CONFIRMED.plusSeconds(2));
        delivery(jdbc, allSigned, 2, 1, CONFIRMED.plusSeconds(1));
        delivery(jdbc, allSigned, 2, 2, LAST_SIGNED.minusSeconds(600));
        long signing = document(jdbc, "SENDING", CONFIRMED);
        delivery(jdbc, signing, 1, 1, CONFIRMED.plusSeconds(1));
        long unconfirmed = document(jdbc, "SENDING", null);

        Flyway.configure()
                .dataSource(db)
                .locations("classpath:db/migration")
                .load()
                .migrate();

        assertThat(row(jdbc, allSigned)).isEqualTo("SENT " + Timestamp.from(CONFIRMED.plusSeconds(1)));
        assertThat(row(jdbc, signing)).isEqualTo("SENT " + Timestamp.from(CONFIRMED));
        assertThat(row(jdbc, unconfirmed)).isEqualTo("SENDING null");
    }

    private static long document(JdbcTemplate jdbc, String status, Instant sentAt) {
        jdbc.update(
                "insert into document_document (unit_id, drafter, kind, title, urgency, secrecy, signing_organ, "
                        + "status, created_at, updated_at, sent_at) values (1, 'z01.clerk', 'NOTICE', '迁移测试', 'NONE', "
                        + "'NON_CLASSIFIED', '清河县城关镇人民政府', ?, ?, ?, ?)",
                status,
                Timestamp.from(CONFIRMED),
                Timestamp.from(CONFIRMED),
                sentAt == null ? null : Timestamp.from(sentAt));
        return jdbc.queryForObject("select max(id) from document_document", Long.class);
    }

    private static void delivery(JdbcTemplate jdbc, long documentId, long unitId, int version, Instant at) {
        jdbc.update(
                "insert into receipt_distribution (document_id, unit_id, version, kind, print_quota, state, "
                        + "delivered_at) values (?, ?, ?, 'MAIN', 1, 'SIGNED', ?)",
                documentId,
                unitId,
                version,
                Timestamp.from(at));
    }

    private static String row(JdbcTemplate jdbc, long id) {
        return jdbc.queryForObject(
                "select status, sent_at from document_document where id = ?",
                (rs, n) -> rs.getString(1) + " " + rs.getTimestamp(2),
                id);
    }
}
