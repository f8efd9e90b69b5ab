package org.gongwen.seal.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.gongwen.organization.Role;
import org.gongwen.seal.internal.ImpressionUpload;
import org.gongwen.seal.internal.SealAction;
import org.gongwen.seal.internal.SealApplicationService;
import org.gongwen.seal.internal.SealEventInfo;
import org.gongwen.seal.internal.SealInfo;
import org.gongwen.seal.internal.SealLifecycleService;
import org.gongwen.seal.internal.SealStatus;
import org.gongwen.seal.internal.SealType;
import org.gongwen.seal.process.SealApplicationProcess;
import org.gongwen.security.AccountService;
import org.gongwen.support.KaribuTest;
import org.gongwen.support.OwnUnits;
import org.gongwen.support.SampleImpressions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The information centre makes a seal on the making console and restores one from backup in the archive. */
class SealMakingAndArchiveViewTests extends KaribuTest {

    @Autowired
    SealApplicationService applications;

    @Autowired
    SealLifecycleService lifecycle;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    @Autowired
    org.gongwen.organization.OrganizationService organization;

    @Autowired
    AccountService accounts;

    /** An approved application of a unit of its own, as its clerk. */
    private SealInfo approvedApplication() {
        login(OwnUnits.login(OwnUnits.in(context).freshUnit("SM", "清河县印章制作测试局", Role.CLERK), Role.CLERK));
        SealInfo seal = applications.apply(
                SealType.OFFICIAL, "首次申领", new ImpressionUpload("印模.png", SampleImpressions.roundSealPng(42, 600)));
        var verify = tasks.createTaskQuery()
                .processInstanceBusinessKey(SealApplicationProcess.businessKey(seal.id()))
                .taskDefinitionKey(SealApplicationProcess.TASK_VERIFY)
                .singleResult();
        tasks.complete(verify.getId(), Map.of("decision", "approve", "opinion", "同意"));
        return seal;
    }

    @Test
    void a21_theInformationCentreSeesTheImageAtTrueSizeAndMakesTheSeal() {
        SealInfo seal = approvedApplication();

        login("xxzx.staff");
        UI.getCurrent().navigate(SealMakingView.class);
        SealMakingView view = (SealMakingView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        SealInfo row = java.util.stream.IntStream.range(0, _size(view.grid))
                .mapToObj(i -> _get(view.grid, i))
                .filter(s -> s.id() == seal.id())
                .findFirst()
                .orElseThrow();
        assertThat(view.make.isEnabled()).isFalse();
        view.grid.select(row);
        Image preview = _find(view.preview, Image.class).get(0);
        assertThat(preview.getWidth()).startsWith("42.");
        view.make.click();
        String instance = tasks.createTaskQuery()
                        .processInstanceBusinessKey(SealApplicationProcess.businessKey(seal.id()))
                        .list()
                        .isEmpty()
                ? null
                : "waiting";
        assertThat(instance).isNull();
        // only this seal's jobs: other tests' timers (receipt reminders, inspection reports) wait in the same engine
        runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(SealApplicationProcess.businessKey(seal.id()))
                .list()
                .forEach(i -> management
                        .createJobQuery()
                        .processInstanceId(i.getId())
                        .list()
                        .forEach(job -> management.executeJob(job.getId())));
        assertThat(lifecycle.info(seal.id()).status()).isEqualTo(SealStatus.MADE);
        assertThat(java.util.stream.IntStream.range(0, _size(view.grid))
                        .mapToObj(i -> _get(view.grid, i))
                        .noneMatch(s -> s.id() == seal.id()))
                .isTrue();
    }

    @Test
    void a28_theInformationCentreRestoresASealFromBackupAndTheArchiveShowsIt() {
        String code = OwnUnits.freshCode("SX");
        String name = "清河县印章存档测试局" + code;
        long unit =
                new OwnUnits(organization, accounts, lifecycle).unit(code, name).id();
        SealInfo seal = lifecycle.register(unit, name, SealType.OFFICIAL);
        lifecycle.approve(seal.id(), "同意", null);
        lifecycle.make(seal.id());

        login("xxzx.staff");
        UI.getCurrent().navigate(SealArchiveView.class);
        SealArchiveView view = (SealArchiveView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        view.search.setValue(name);
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(view.restore.isVisible()).isTrue();
        assertThat(view.restore.isEnabled()).isFalse();
        view.grid.select(_get(view.grid, 0));
        assertThat(_find(view.pictures, Image.class)).hasSize(1);
        assertThat(_size(view.history)).isEqualTo(3);
        SealRestoreDialog dialog = view.openRestore();
        dialog.submit.click();
        assertThat(dialog.report.isInvalid()).isTrue();
        dialog.report.setValue("单位报告 U 盾损坏");
        dialog.submit.click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(lifecycle.history(seal.id()))
                .extracting(SealEventInfo::action)
                .last()
                .isEqualTo(SealAction.RESTORED);
        assertThat(lifecycle.history(seal.id()))
                .last()
                .extracting(SealEventInfo::actor)
                .isEqualTo("xxzx.staff");
    }

    @Test
    void theCountyOfficeReadsTheArchiveButCannotRestore() {
        login("bgs.staff");
        UI.getCurrent().navigate(SealArchiveView.class);
        SealArchiveView view = (SealArchiveView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        assertThat(_size(view.grid)).isPositive();
        assertThat(view.restore.isVisible()).isFalse();
    }
}
