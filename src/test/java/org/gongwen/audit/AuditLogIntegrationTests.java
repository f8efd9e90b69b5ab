package org.gongwen.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.gongwen.audit.AuditVerification.Reason;
import org.gongwen.audit.internal.AuditFilter;
import org.gongwen.audit.internal.AuditHashes;
import org.gongwen.audit.internal.AuditSearch;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chain in the shared database (A29). Every tampering test puts the rows back exactly as
 * they were and proves the chain verifies again, so other tests' entries stay verifiable.
 */
@IntegrationTest
class AuditLogIntegrationTests {

    @Autowired
    AuditLog audit;

    @Autowired
    AuditSearch search;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    UserDetailsService users;

    @Autowired
    IdentityService identity;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void appendedEntriesChainToEachOtherAndCanBeFound() {
        List<AuditEntryInfo> entries = appendThree();
        assertThat(entries)
                .extracting(AuditEntryInfo::id)
                .containsExactly(
                        entries.get(0).id(),
                        entries.get(0).id() + 1,
                        entries.get(0).id() + 2);
        assertThat(entries.get(1).prevHash()).isEqualTo(entries.get(0).hash());
        assertThat(entries.get(0).actor()).isEqualTo(AuditActor.SYSTEM);
        assertThat(verifyAsAdmin().ok()).isTrue();
    }

    @Test
    void anEditedDetailIsNamedAtExactlyThatEntry() {
        AuditEntryInfo middle = appendThree().get(1);
        jdbc.update("update audit_entry set detail = ? where id = ?", "nothing happened", middle.id());
        try {
            assertThat(verifyAsAdmin()).satisfies(v -> {
                assertThat(v.ok()).isFalse();
                assertThat(v.firstBrokenId()).isEqualTo(middle.id());
                assertThat(v.reason()).isEqualTo(Reason.HASH_MISMATCH);
            });
        } finally {
            jdbc.update("update audit_entry set detail = ? where id = ?", middle.detail(), middle.id());
        }
        assertThat(verifyAsAdmin().ok()).isTrue();
    }

    @Test
    void anActionRenamedToOneThatDoesNotExistIsAnEditToo() {
        AuditEntryInfo last = appendThree().get(2);
        jdbc.update("update audit_entry set action = 'NOTHING' where id = ?", last.id());
        try {
            AuditVerification v = verifyAsAdmin();
            assertThat(v.firstBrokenId()).isEqualTo(last.id());
            assertThat(v.reason()).isEqualTo(Reason.HASH_MISMATCH);
        } finally {
            jdbc.update(
                    "update audit_entry set action = ? where id = ?",
                    last.action().name(),
                    last.id());
        }
        assertThat(verifyAsAdmin().ok()).isTrue();
    }

    @Test
    void aDeletedEntryIsNamedByTheEntryAfterTheGap() {
        AuditEntryInfo middle = appendThree().get(1);
        Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where id = ?", middle.id());
        jdbc.update("delete from audit_entry where id = ?", middle.id());
        try {
            AuditVerification v = verifyAsAdmin();
            assertThat(v.firstBrokenId()).isEqualTo(middle.id() + 1);
            assertThat(v.reason()).isEqualTo(Reason.ID_GAP);
        } finally {
            reinsert(row);
        }
        assertThat(verifyAsAdmin().ok()).isTrue();
    }

    @Test
    void aForgedEntryInsertedInTheMiddleIsDetectedAtTheEntryAfterIt() {
        List<AuditEntryInfo> entries = appendThree();
        long forgedId = entries.get(1).id();
        shift(forgedId, +1);
        AuditEntryInfo forged = new AuditEntryInfo(
                forgedId,
                entries.get(0).at(),
                "z01.leader",
                null,
                AuditAction.APPROVAL,
                "document",
                "999999",
                "approved",
                null,
                entries.get(0).hash(),
                null);
        String hash = AuditHashes.hash(forged);
        jdbc.update(
                "insert into audit_entry (id, at, actor, action, target_type, target_id, detail, prev_hash, hash)"
                        + " select ?, at, ?, ?, ?, ?, ?, ?, ? from audit_entry where id = ?",
                forgedId,
                forged.actor(),
                forged.action().name(),
                forged.targetType(),
                forged.targetId(),
                forged.detail(),
                forged.prevHash(),
                hash,
                entries.get(0).id());
        jdbc.update("update audit_head set last_id = last_id + 1 where id = 1");
        try {
            AuditVerification v = verifyAsAdmin();
            assertThat(v.firstBrokenId()).isEqualTo(forgedId + 1);
            assertThat(v.reason()).isEqualTo(Reason.PREV_HASH_MISMATCH);
        } finally {
            jdbc.update("delete from audit_entry where id = ?", forgedId);
            jdbc.update("update audit_head set last_id = last_id - 1 where id = 1");
            shift(forgedId, -1);
        }
        assertThat(verifyAsAdmin().ok()).isTrue();
    }

    @Test
    void anEntryAppendedByHandBeyondTheHeadIsDetected() {
        AuditEntryInfo last = appendThree().get(2);
        long id = last.id() + 1;
        jdbc.update(
                "insert into audit_entry (id, at, actor, action, prev_hash, hash) select ?, at, 'forger', 'VIEW', "
                        + "hash, hash from audit_entry where id = ?",
                id,
                last.id());
        try {
            AuditVerification v = verifyAsAdmin();
            assertThat(v.firstBrokenId()).isEqualTo(id);
            assertThat(v.reason()).isEqualTo(Reason.BEYOND_HEAD);
        } finally {
            jdbc.update("delete from audit_entry where id = ?", id);
        }
        assertThat(verifyAsAdmin().ok()).isTrue();
    }

    @Test
    void twentyThreadsAppendingKeepOneChain() throws Exception {
        String target = "xa-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 20; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 5; i++) {
                        audit.record(AuditAction.VIEW, "test", target, "thread " + thread + " entry " + i);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        signInAsAdmin();
        AuditFilter filter = new AuditFilter(null, null, null, null, null, "test", target);
        assertThat(search.count(filter)).isEqualTo(100);
        assertThat(search.find(filter, 0, 1000))
                .extracting(AuditEntryInfo::prevHash)
                .doesNotHaveDuplicates();
        assertThat(audit.verify().ok()).isTrue();
    }

    @Test
    void anExplicitActorIsRecordedWithTheirUnit() {
        signInAsAdmin();
        String target = "xa-" + UUID.randomUUID();
        audit.record(new AuditActor("z01.clerk", 42L), AuditAction.DOWNLOAD, "test", target, "explicit");
        AuditEntryInfo entry = search.find(
                        new AuditFilter(null, null, "z01.clerk", AuditAction.DOWNLOAD, 42L, "test", target), 0, 10)
                .get(0);
        assertThat(entry.detail()).isEqualTo("explicit");
    }

    @Test
    void aProcessDeploymentIsRecordedForTheDeployment() {
        String deploymentId = "xa-" + UUID.randomUUID();
        audit.recordProcessDeployment(deploymentId, "document-approval.bpmn version 3");
        signInAsAdmin();
        assertThat(search.find(
                        new AuditFilter(
                                null, null, null, AuditAction.PROCESS_DEPLOYMENT, null, "deployment", deploymentId),
                        0,
                        10))
                .extracting(AuditEntryInfo::detail)
                .containsExactly("document-approval.bpmn version 3");
    }

    @Test
    void aNameTheProcessCarriesNeverStandsInForThePersonWhoActed() {
        SignIn.as(users, "z20.clerk");
        AuditActor signedIn = audit.actorNamed("z20.clerk");
        assertThat(signedIn.unitId()).isNotNull();
        assertThat(audit.actorNamed("z19.clerk"))
                .as("an assignee variable naming someone else")
                .isEqualTo(signedIn);
        SecurityContextHolder.clearContext();
        identity.setAuthenticatedUserId("admin");
        try {
            assertThat(audit.actorNamed("z19.clerk"))
                    .as("the engine's authenticated user acted")
                    .isEqualTo(new AuditActor("admin", null));
        } finally {
            identity.clearAuthentication();
        }
        assertThat(audit.actorNamed("z19.clerk"))
                .as("a job after the fact: the person the process names")
                .isEqualTo(new AuditActor("z19.clerk", null));
    }

    @Test
    void onlyAdministratorsSupervisorsAndTheCountyOfficeReadTheLog() {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "xa-clerk", null, AuthorityUtils.createAuthorityList("ROLE_CLERK")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> audit.verify())
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> search.count(AuditFilter.all()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void entriesOfATransactionAreAppendedAtItsCommitAndNeverWhenItRollsBack() {
        String target = "xa-" + UUID.randomUUID();
        TransactionTemplate outer = new TransactionTemplate(transactions);
        TransactionTemplate inner = new TransactionTemplate(transactions);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        outer.executeWithoutResult(status -> {
            audit.record(AuditAction.VIEW, "test", target, "outer");
            inner.executeWithoutResult(s -> audit.record(AuditAction.VIEW, "test", target, "inner"));
            assertThat(entriesAbout(target)).containsExactly("inner");
        });
        assertThat(entriesAbout(target)).containsExactly("inner", "outer");

        outer.executeWithoutResult(status -> {
            audit.record(AuditAction.VIEW, "test", target, "rolled back");
            status.setRollbackOnly();
        });
        assertThat(entriesAbout(target)).containsExactly("inner", "outer");
        assertThat(verifyAsAdmin().ok()).isTrue();
    }

    /** The details recorded about a target, in chain order; read directly, as the chain is being built. */
    private List<String> entriesAbout(String target) {
        return jdbc.queryForList(
                "select detail from audit_entry where target_type = 'test' and target_id = ? " + "order by id",
                String.class,
                target);
    }

    private List<AuditEntryInfo> appendThree() {
        String target = "xa-" + UUID.randomUUID();
        for (int i = 1; i <= 3; i++) {
            audit.record(AuditAction.VIEW, "test", target, "entry " + i);
        }
        signInAsAdmin();
        List<AuditEntryInfo> entries =
                new ArrayList<>(search.find(new AuditFilter(null, null, null, null, null, "test", target), 0, 10));
        java.util.Collections.reverse(entries);
        return entries;
    }

    /** Moves every entry from {@code fromId} on by {@code delta}, one row at a time so no id collides. */
    private void shift(long fromId, int delta) {
        List<Long> ids = jdbc.queryForList(
                "select id from audit_entry where id >= ? order by id " + (delta > 0 ? "desc" : "asc"),
                Long.class,
                delta > 0 ? fromId : fromId + 1);
        ids.forEach(id -> jdbc.update("update audit_entry set id = ? where id = ?", id + delta, id));
    }

    private void reinsert(Map<String, Object> row) {
        jdbc.update(
                "insert into audit_entry (id, at, actor, actor_unit_id, action, target_type, target_id, detail, "
                        + "client_address, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.get("id"),
                row.get("at"),
                row.get("actor"),
                row.get("actor_unit_id"),
                row.get("action"),
                row.get("target_type"),
                row.get("target_id"),
                row.get("detail"),
                row.get("client_address"),
                row.get("prev_hash"),
                row.get("hash"));
    }

    private AuditVerification verifyAsAdmin() {
        signInAsAdmin();
        return audit.verify();
    }

    private static void signInAsAdmin() {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "xa-admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
    }
}
