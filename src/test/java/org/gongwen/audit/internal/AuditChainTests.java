package org.gongwen.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gongwen.audit.AuditAction;
import org.gongwen.audit.AuditEntryInfo;
import org.gongwen.audit.AuditVerification;
import org.gongwen.audit.AuditVerification.Reason;
import org.junit.jupiter.api.Test;

class AuditChainTests {

    private static final Instant T0 = Instant.parse("2026-03-02T01:02:03Z");

    @Test
    void anUntouchedChainVerifies() {
        List<AuditEntryInfo> log = chain(5);
        assertThat(verify(log)).isEqualTo(AuditVerification.intact(5));
        assertThat(log.get(0).prevHash()).isEqualTo(AuditHashes.GENESIS);
        assertThat(log.get(1).prevHash()).isEqualTo(log.get(0).hash());
    }

    @Test
    void anEmptyLogVerifies() {
        assertThat(new AuditChain().result(0, AuditHashes.GENESIS)).isEqualTo(AuditVerification.intact(0));
    }

    @Test
    void anEditedEntryIsNamedAsEdited() {
        List<AuditEntryInfo> log = chain(5);
        AuditEntryInfo e = log.get(2);
        log.set(
                2,
                new AuditEntryInfo(
                        e.id(),
                        e.at(),
                        e.actor(),
                        e.actorUnitId(),
                        e.action(),
                        e.targetType(),
                        e.targetId(),
                        "changed",
                        e.clientAddress(),
                        e.prevHash(),
                        e.hash()));
        assertThat(verify(log)).isEqualTo(AuditVerification.broken(2, 3, Reason.HASH_MISMATCH));
    }

    @Test
    void aDeletedEntryIsNamedByTheEntryAfterTheGap() {
        List<AuditEntryInfo> log = chain(5);
        log.remove(1);
        assertThat(verify(log)).isEqualTo(AuditVerification.broken(1, 3, Reason.ID_GAP));
    }

    @Test
    void deletedLastEntriesAreAGapAtTheFirstMissingId() {
        List<AuditEntryInfo> full = chain(5);
        AuditChain chain = new AuditChain();
        full.subList(0, 3).forEach(chain::accept);
        assertThat(chain.result(5, full.get(4).hash())).isEqualTo(AuditVerification.broken(3, 4, Reason.ID_GAP));
    }

    @Test
    void aForgedEntryInsertedInTheMiddleBreaksTheLinkOfTheEntryAfterIt() {
        List<AuditEntryInfo> log = chain(4);
        AuditEntryInfo forged = hashed(new AuditEntryInfo(
                3,
                T0,
                "forger",
                null,
                AuditAction.VIEW,
                "document",
                "9",
                null,
                null,
                log.get(1).hash(),
                null));
        List<AuditEntryInfo> tampered = new ArrayList<>(log.subList(0, 2));
        tampered.add(forged);
        for (AuditEntryInfo e : log.subList(2, 4)) {
            tampered.add(new AuditEntryInfo(
                    e.id() + 1,
                    e.at(),
                    e.actor(),
                    e.actorUnitId(),
                    e.action(),
                    e.targetType(),
                    e.targetId(),
                    e.detail(),
                    e.clientAddress(),
                    e.prevHash(),
                    e.hash()));
        }
        AuditChain chain = new AuditChain();
        tampered.forEach(chain::accept);
        assertThat(chain.result(5, tampered.get(4).hash()))
                .isEqualTo(AuditVerification.broken(3, 4, Reason.PREV_HASH_MISMATCH));
    }

    @Test
    void theSerialisationIsUnambiguous() {
        AuditEntryInfo a = entry(1, "ab", "c", AuditHashes.GENESIS);
        AuditEntryInfo b = entry(1, "a", "bc", AuditHashes.GENESIS);
        AuditEntryInfo empty = entry(1, "a", "", AuditHashes.GENESIS);
        AuditEntryInfo none = entry(1, "a", null, AuditHashes.GENESIS);
        assertThat(AuditHashes.hash(a)).isNotEqualTo(AuditHashes.hash(b));
        assertThat(AuditHashes.hash(empty)).isNotEqualTo(AuditHashes.hash(none));
        assertThat(AuditHashes.hash(a)).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void timesCountAsWholeSecondsSoH2AndMysqlHashAlike() {
        AuditEntryInfo e = entry(1, "a", "b", AuditHashes.GENESIS);
        AuditEntryInfo later = new AuditEntryInfo(
                1,
                T0.plusMillis(999),
                "a",
                7L,
                AuditAction.LOGIN,
                "account",
                "a",
                "b",
                "10.0.0.1",
                AuditHashes.GENESIS,
                null);
        assertThat(AuditHashes.hash(later)).isEqualTo(AuditHashes.hash(e));
    }

    @Test
    void csvCellsAreQuotedAndFormulasDefused() {
        assertThat(AuditCsv.cell("签收, 打印")).isEqualTo("\"签收, 打印\"");
        assertThat(AuditCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AuditCsv.cell("=cmd()")).isEqualTo("\"'=cmd()\"");
        assertThat(AuditCsv.cell("plain")).isEqualTo("plain");
    }

    private static AuditVerification verify(List<AuditEntryInfo> log) {
        AuditChain chain = new AuditChain();
        for (AuditEntryInfo e : log) {
            if (!chain.accept(e)) {
                break;
            }
        }
        AuditEntryInfo last = log.get(log.size() - 1);
        return chain.result(last.id(), last.hash());
    }

    private static List<AuditEntryInfo> chain(int n) {
        List<AuditEntryInfo> log = new ArrayList<>();
        String prev = AuditHashes.GENESIS;
        for (int i = 1; i <= n; i++) {
            AuditEntryInfo e = entry(i, "z01.clerk", "detail " + i, prev);
            log.add(e);
            prev = e.hash();
        }
        return log;
    }

    private static AuditEntryInfo entry(long id, String actor, String detail, String prev) {
        return hashed(new AuditEntryInfo(
                id, T0, actor, 7L, AuditAction.LOGIN, "account", actor, detail, "10.0.0.1", prev, null));
    }

    private static AuditEntryInfo hashed(AuditEntryInfo e) {
        return new AuditEntryInfo(
                e.id(),
                e.at(),
                e.actor(),
                e.actorUnitId(),
                e.action(),
                e.targetType(),
                e.targetId(),
                e.detail(),
                e.clientAddress(),
                e.prevHash(),
                AuditHashes.hash(e));
    }
}
