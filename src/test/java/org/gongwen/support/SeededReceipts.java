package org.gongwen.support;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.gongwen.organization.Role;
import org.gongwen.organization.UnitKind;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Receipts of March 2020 with hand-computed figures, written straight into the receipt tables for
 * the supervision tests (document ids far above real ones; removed again afterwards), for two towns
 * of the test's own ({@link OwnUnits}, new on every seed):
 * <ul>
 * <li>{@code lagging}: signed in 60 and 240 minutes (in time), in 1440 minutes after being overdue
 * (late, one reissue request by its clerk), one overdue and unsigned (missed); prints 2/3 + 1/1 (+2
 * unofficial) + 0/2 + 0/1.</li>
 * <li>{@code prompt}: signed in 30 minutes, one returned.</li>
 * </ul>
 */
public record SeededReceipts(JdbcTemplate jdbc, long lagging, long prompt) {

    private static final long FIRST = 810_000_000L;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    public static SeededReceipts seed(ApplicationContext context) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        OwnUnits own = OwnUnits.in(context);
        String laggingCode = OwnUnits.freshCode("SL");
        long lagging = own.unit(laggingCode, "清河县迟收" + laggingCode + "乡人民政府", UnitKind.TOWN, Role.CLERK)
                .id();
        String promptCode = OwnUnits.freshCode("SP");
        long prompt = own.unit(promptCode, "清河县及时" + promptCode + "乡人民政府", UnitKind.TOWN)
                .id();
        SeededReceipts seeded = new SeededReceipts(jdbc, lagging, prompt);
        seeded.remove();
        seeded.insert(FIRST + 1, lagging, "关于做好春季防火工作的通知", at(2, 9, 0), at(2, 10, 0), false, "SIGNED", 3, 2, 0);
        seeded.insert(FIRST + 2, lagging, "关于开展春季爱国卫生运动的通知", at(2, 9, 0), at(2, 13, 0), false, "SIGNED", 1, 1, 2);
        long late =
                seeded.insert(FIRST + 3, lagging, "关于做好春耕备耕工作的通知", at(3, 9, 0), at(4, 9, 0), true, "SIGNED", 2, 0, 0);
        seeded.insert(FIRST + 4, lagging, "关于开展春季植树活动的通知", at(4, 9, 0), null, true, "DELIVERED", 1, 0, 0);
        seeded.insert(FIRST + 1, prompt, "关于做好春季防火工作的通知", at(2, 9, 0), at(2, 9, 30), false, "SIGNED", 2, 0, 0);
        seeded.insert(FIRST + 5, prompt, "关于报送一季度统计数据的通知", at(5, 9, 0), null, false, "RETURNED", 1, 0, 0);
        jdbc.update(
                "insert into receipt_reissue_request (distribution_id, kind, extra_copies, reason, requested_by, "
                        + "requested_at, state) values (?, 'EXTRA_COPIES', 2, '需分送各村', ?, ?, 'APPROVED')",
                late,
                OwnUnits.login(laggingCode, Role.CLERK),
                at(4, 10, 0));
        return seeded;
    }

    public void remove() {
        jdbc.update(
                "delete from receipt_reissue_request where distribution_id in (select id from receipt_distribution "
                        + "where document_id >= ? and document_id < ?)",
                FIRST,
                FIRST + 100);
        jdbc.update("delete from receipt_distribution where document_id >= ? and document_id < ?", FIRST, FIRST + 100);
    }

    private long insert(
            long documentId,
            long unitId,
            String title,
            LocalDateTime delivered,
            LocalDateTime signed,
            boolean overdue,
            String state,
            int quota,
            int printed,
            int unofficial) {
        jdbc.update(
                "insert into receipt_distribution (document_id, unit_id, kind, print_quota, prints_used, "
                        + "unofficial_prints, state, delivered_at, signed_at, overdue, title, doc_number, urgency, sender_name) "
                        + "values (?, ?, 'MAIN', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NONE', '清河县人民政府办公室')",
                documentId,
                unitId,
                quota,
                printed,
                unofficial,
                state,
                delivered,
                signed,
                overdue,
                title,
                "清政办〔2020〕" + (documentId - FIRST) + "号");
        return jdbc.queryForObject(
                "select id from receipt_distribution where document_id = ? and unit_id = ?",
                Long.class,
                documentId,
                unitId);
    }

    /** A time of March 2020 in the county, as the UTC wall-clock time the database holds. */
    private static LocalDateTime at(int day, int hour, int minute) {
        return LocalDateTime.of(2020, 3, day, hour, minute)
                .atZone(SHANGHAI)
                .withZoneSameInstant(ZoneOffset.UTC)
                .toLocalDateTime();
    }
}
