package org.gongwen.seal.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.organization.UnitInfo;
import org.gongwen.organization.UnitKind;
import org.gongwen.seal.internal.SealInfo;
import org.gongwen.seal.internal.SealLifecycleService;
import org.gongwen.seal.internal.SealStatus;
import org.gongwen.seal.internal.SealType;
import org.gongwen.security.AccountService;
import org.gongwen.support.Demo;
import org.gongwen.support.KaribuTest;
import org.gongwen.support.OwnUnits;
import org.gongwen.support.SampleImpressions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SealsViewTests extends KaribuTest {

    @Autowired
    SealLifecycleService lifecycle;

    @Autowired
    OrganizationService organization;

    @Autowired
    AccountService accounts;

    @Autowired
    org.gongwen.seal.internal.SealApplicationService applications;

    @Test
    void a25_theUnitSeesItsSealsAndCertificates() {
        String code = OwnUnits.freshCode("SV");
        long unit = ownUnits().unit(code, "清河县印章查看局" + code, Role.CLERK).id();
        SealInfo seal = lifecycle.register(unit, "清河县印章查看局" + code, SealType.OFFICIAL);
        lifecycle.approve(seal.id());
        lifecycle.make(seal.id());

        login(OwnUnits.login(code, Role.CLERK));
        UI.getCurrent().navigate(SealsView.class);
        SealsView view = (SealsView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_get(view.grid, 0).status()).isEqualTo(SealStatus.MADE);
        view.grid.select(_get(view.grid, 0));
        assertThat(view.certificate.getText())
                .startsWith("-----BEGIN CERTIFICATE-----")
                .doesNotContain("PRIVATE");
    }

    /** 流程看板 links to {@code seals/<id>}: county-wide roles see any seal there, a unit only its own. */
    @Test
    void a25_theAddressOpensOneSealForWhoeverMaySeeIt() {
        String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        long unit = organization
                .createUnit(
                        "SVL" + suffix, "印章地址测试局" + suffix, "印址" + suffix, UnitKind.DEPARTMENT, null, "印址", true, 960)
                .id();
        accounts.createAccount(
                organization
                        .createPerson("svl" + suffix + ".leader", "印址领导", unit, null, null, List.of(Role.LEADER))
                        .id(),
                accounts.hash(Demo.PASSWORD));
        SealInfo seal = lifecycle.register(unit, "印章地址测试局" + suffix, SealType.OFFICIAL);
        lifecycle.approve(seal.id());
        lifecycle.make(seal.id());

        login("bgs.supervisor");
        UI.getCurrent().navigate("seals/" + seal.id());
        SealsView supervisor = (SealsView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        assertThat(supervisor.grid.asSingleSelect().getValue().id()).isEqualTo(seal.id());
        assertThat(_get(supervisor.grid, 0).name()).isEqualTo("印章地址测试局" + suffix);
        assertThat(supervisor.certificate.getText()).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(supervisor.revoke.isEnabled())
                .as("another unit's seal is only shown")
                .isFalse();

        login("svl" + suffix + ".leader");
        UI.getCurrent().navigate("notifications");
        UI.getCurrent().navigate("seals/" + seal.id());
        SealsView own = (SealsView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        assertThat(own.grid.asSingleSelect().getValue().id()).isEqualTo(seal.id());
        assertThat(_size(own.grid)).isEqualTo(1);
        assertThat(own.revoke.isEnabled()).isTrue();

        login(sealLessUnit());
        UI.getCurrent().navigate("notifications");
        UI.getCurrent().navigate("seals/" + seal.id());
        SealsView other = (SealsView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        assertThat(other.grid.asSingleSelect().getValue()).isNull();
        assertThat(other.grid.getListDataView().getItems())
                .extracting(SealInfo::id)
                .doesNotContain(seal.id());
    }

    @Test
    void aUnitWithoutSealsSeesNone() {
        login(sealLessUnit());
        UI.getCurrent().navigate(SealsView.class);
        SealsView other = (SealsView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        assertThat(_size(other.grid)).isZero();
    }

    @Test
    void a18_aClerkAppliesForTheUnitsSeal() {
        String code = OwnUnits.freshCode("SA");
        UnitInfo unit = ownUnits().unit(code, "清河县印章申领局" + code, Role.CLERK, Role.LEADER);
        login(OwnUnits.login(code, Role.CLERK));
        UI.getCurrent().navigate(SealsView.class);
        SealsView view = (SealsView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        SealApplicationDialog dialog = view.openApplication();
        dialog.submit.click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.impressionError.getText()).contains("印模");
        dialog.reason.setValue("单位新设，申领公章");

        dialog.acceptImpression("印模.png", SampleImpressions.ellipsePng(42, 28, 600));
        assertThat(dialog.hasImpression()).isFalse();
        assertThat(dialog.impressionError.isVisible()).isTrue();
        assertThat(dialog.impressionError.getText()).contains("圆");
        dialog.submit.click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(_size(view.grid)).isZero();

        byte[] demoScan =
                _get(dialog, Anchor.class, spec -> spec.withText(dialog.getTranslation("sealApplication.demoScan")))
                                .isEnabled()
                        ? applications.demoImpressionScan().orElseThrow()
                        : null;
        dialog.acceptImpression("印模.png", demoScan);
        assertThat(dialog.hasImpression()).isTrue();
        assertThat(dialog.impressionError.isVisible()).isFalse();
        Image preview = _get(dialog.preview, Image.class);
        assertThat(preview.getWidth()).startsWith("42.");
        assertThat(preview.getSrc()).startsWith("data:image/png;base64,");
        dialog.submit.click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_get(view.grid, 0).status()).isEqualTo(SealStatus.APPLIED);
        assertThat(_get(view.grid, 0).name()).isEqualTo(unit.fullName());
    }

    @Test
    void a26_theCustodianAsksToRevokeASeal() {
        String code = OwnUnits.freshCode("SR");
        long unit = ownUnits()
                .unit(code, "清河县印章吊销局" + code, Role.CLERK, Role.LEADER, Role.SEAL_CUSTODIAN)
                .id();
        SealInfo seal = lifecycle.register(unit, "清河县印章吊销局" + code, SealType.OFFICIAL);
        lifecycle.approve(seal.id());
        lifecycle.make(seal.id());

        login(OwnUnits.login(code, Role.SEAL_CUSTODIAN));
        UI.getCurrent().navigate(SealsView.class);
        SealsView view = (SealsView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        assertThat(view.revoke.isEnabled()).isFalse();
        view.grid.select(_get(view.grid, 0));
        assertThat(view.revoke.isEnabled()).isTrue();
        SealRevocationDialog dialog = view.openRevocation();
        dialog.reason.setValue(org.gongwen.seal.internal.RevocationReason.DAMAGE);
        dialog.submit.click();
        assertThat(dialog.explanation.isInvalid()).isTrue();
        dialog.explanation.setValue("介质损坏");
        dialog.submit.click();
        assertThat(dialog.isOpened()).isFalse();
    }

    private OwnUnits ownUnits() {
        return new OwnUnits(organization, accounts, lifecycle);
    }

    /** The clerk's login of a unit of the test's own that has no seal. */
    private String sealLessUnit() {
        String code = OwnUnits.freshCode("SN");
        ownUnits().unit(code, "清河县无印测试局" + code, Role.CLERK);
        return OwnUnits.login(code, Role.CLERK);
    }
}
