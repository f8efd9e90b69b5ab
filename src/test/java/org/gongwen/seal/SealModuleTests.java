package org.gongwen.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.Set;
import org.gongwen.audit.AuditLog;
import org.gongwen.notification.NotificationService;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.UnitInfo;
import org.gongwen.organization.UnitKind;
import org.gongwen.seal.internal.SealAction;
import org.gongwen.seal.internal.SealEventInfo;
import org.gongwen.seal.internal.SealLifecycleService;
import org.gongwen.seal.internal.SealStatus;
import org.gongwen.seal.internal.SealType;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.gongwen.security.PersonNames;
import org.gongwen.support.ModuleTestSettings;
import org.gongwen.support.TestDatabaseProfiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seal module on its own (with {@code shared}), the other modules mocked: a unit's seal is applied
 * for and approved, and the module's API shows the approved seal and its history. Each test rolls back,
 * leaving nothing in the database the other tests share.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "shared", webEnvironment = WebEnvironment.NONE)
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
@TestPropertySource(properties = {ModuleTestSettings.NO_MODEL_DEPLOYMENT, ModuleTestSettings.NO_WEB})
@Transactional
class SealModuleTests {

    /** No real unit has this id, so the seal stays apart from every other test's. */
    private static final long UNIT = 9_700_001L;

    @MockitoBean
    OrganizationService organization;

    @MockitoBean
    AuthenticatedUser authenticatedUser;

    @MockitoBean
    PersonNames personNames;

    @MockitoBean
    NotificationService notifications;

    @MockitoBean
    AuditLog auditLog;

    @Autowired
    SealLifecycleService lifecycle;

    @Autowired
    SealDirectory directory;

    @Test
    void anApprovedApplicationShowsInTheUnitsSeals() {
        when(organization.unit(UNIT))
                .thenReturn(Optional.of(
                        new UnitInfo(UNIT, "M-SEAL", "模块测试局", "模块局", UnitKind.DEPARTMENT, null, "模", true, true)));
        when(authenticatedUser.require())
                .thenReturn(new CurrentUser(1L, "clerk", "文书", UNIT, "M-SEAL", "模块测试局", Set.of("ROLE_CLERK")));

        long sealId =
                lifecycle.register(UNIT, "模块测试局公章", SealType.OFFICIAL, "新设单位").id();
        lifecycle.approve(sealId, "同意", "county-office");

        assertThat(directory.get(sealId).status()).isEqualTo(SealStatus.APPROVED);
        assertThat(directory.history(sealId))
                .extracting(SealEventInfo::action, SealEventInfo::status)
                .containsExactly(
                        tuple(SealAction.APPLIED, SealStatus.APPLIED), tuple(SealAction.APPROVED, SealStatus.APPROVED));
    }
}
