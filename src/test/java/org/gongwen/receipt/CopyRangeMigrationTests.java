package org.gongwen.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V022 gives the distributions of documents sent before it ranges of 份号 (A11.2): the numbers printed
 * per unit stay as printed, and what is left of each quota continues after the document's highest
 * number; on a database of its own, rows as V021 left them.
 */
class CopyRangeMigrationTests {

    private static final Instant DELIVERED = Instant.parse("2026-11-10T01:00:00Z");

    @Test
    void theCopiesNotYetPrintedGetRangesAfterEveryNumberAlreadyPrinted() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:copy-range-migration;MODE=MySQL;NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1");
        Flyway.configure()
                .dataSource(db)
                .locations("classpath:db/migration")
                .target("21")
                .load()
                .migrate();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        long a = distribution(jdbc, 7, 1, "SIGNED", 3);
        print(jdbc, a, 1, "DELIVERED");
        print(jdbc, a, 2, "DELIVERED");
        long b = distribution(jdbc, 7, 2, "DELIVERED", 2);
        print(jdbc, b, 1, "DELIVERED");
        long printedOut = distribution(jdbc, 7, 3, "SIGNED", 1);
        print(jdbc, printedOut, 1, "DELIVERED");
        long superseded = distribution(jdbc, 7, 4, "SUPERSEDED", 2);
        long onItsWay = distribution(jdbc, 7, 5, "SIGNED", 2);
        print(jdbc, onItsWay, 1, "FAILED");
        print(jdbc, onItsWay, 3, "PENDING");
        long unprinted = distribution(jdbc, 8, 1, "DELIVERED", 2);

        Flyway.configure()
                .dataSource(db)
                .locations("classpath:db/migration")
                .load()
                .migrate();

        assertThat(jdbc.queryForList(
                        "select concat(distribution_id, ':', first_copy, '+', copies) "
                                + "from receipt_copy_range order by document_id, first_copy",
                        String.class))
                .containsExactly(a + ":4+1", b + ":5+1", onItsWay + ":6+2", unprinted + ":1+2");
        assertThat(jdbc.queryForObject(
                        "select count(*) from receipt_copy_range where distribution_id in (?, ?)",
                        Integer.class,
                        printedOut,
                        superseded))
                .isZero();
        assertThat(jdbc.queryForList(
                        "select copy_number from receipt_print where distribution_id = ? order by id",
                        Integer.class,
                        a))
                .as("as printed")
                .containsExactly(1, 2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from receipt_print where document_id is not null", Integer.class))
                .isZero();

        jdbc.update(
                "insert into receipt_print (distribution_id, document_id, copy_number, official, printed_by, "
                        + "printed_at, outcome, counted_copy) values (?, 7, 4, true, 'z01.clerk', ?, 'DELIVERED', 4)",
                a,
                Timestamp.from(DELIVERED));
        assertThatThrownBy(() -> jdbc.update(
                        "insert into receipt_print (distribution_id, document_id, copy_number, "
                                + "official, printed_by, printed_at, outcome, counted_copy) values (?, 7, 4, true, 'z02.clerk', ?, "
                                + "'DELIVERED', 4)",
                        b,
                        Timestamp.from(DELIVERED)))
                .as("a 份号 counts once per document")
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private static long distribution(JdbcTemplate jdbc, long documentId, long unitId, String state, int quota) {
        jdbc.update(
                "insert into receipt_distribution (document_id, unit_id, version, kind, print_quota, state, "
                        + "delivered_at) values (?, ?, 1, 'MAIN', ?, ?, ?)",
                documentId,
                unitId,
                quota,
                state,
                Timestamp.from(DELIVERED));
        return jdbc.queryForObject("select max(id) from receipt_distribution", Long.class);
    }

    private static void print(JdbcTemplate jdbc, long distributionId, int copyNumber, String outcome) {
        jdbc.update(
                "insert into receipt_print (distribution_id, copy_number, official, printed_by, printed_at, "
                        + "outcome, counted_copy) values (?, ?, true, 'clerk', ?, ?, ?)",
                distributionId,
                copyNumber,
                Timestamp.from(DELIVERED),
                outcome,
                "DELIVERED".equals(outcome) ? copyNumber : null);
    }
}
