package org.gongwen.archive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import org.gongwen.archive.ArchiveTestDocument;
import org.gongwen.archive.internal.ArchivableDocument;
import org.gongwen.archive.internal.PackageZip;
import org.gongwen.shared.CountyZone;
import org.gongwen.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ArchiveViewTests extends KaribuTest {

    @Autowired
    CountyZone zone;

    private ArchiveView open(String username) {
        login(username);
        UI.getCurrent().navigate(ArchiveView.class);
        return (ArchiveView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    @Test
    void theCountyOfficeChecksAPackageAndSeesTheFindings() {
        ArchiveView view = open("bgs.staff");
        assertThat(view.export.getText()).isEqualTo("下载该期间的归档包");
        assertThat(view.from.getValue()).isBeforeOrEqualTo(view.to.getValue());

        LinkedHashMap<String, byte[]> files = new LinkedHashMap<>();
        files.put("metadata.xml", "<archivalPackage/>".getBytes(StandardCharsets.UTF_8));
        files.put("audit.xml", "<auditExcerpt/>".getBytes(StandardCharsets.UTF_8));
        view.check(PackageZip.withManifest(files));
        assertThat(view.result.getText()).startsWith("归档包完整");
        assertThat(view.findings.getChildren()).isEmpty();

        files.put("metadata.xml", "<archivalPackage changed=\"yes\"/>".getBytes(StandardCharsets.UTF_8));
        LinkedHashMap<String, byte[]> tampered = PackageZip.read(
                PackageZip.withManifest(new LinkedHashMap<>(java.util.Map.of("audit.xml", files.get("audit.xml")))),
                Long.MAX_VALUE);
        tampered.put("metadata.xml", files.get("metadata.xml"));
        view.check(PackageZip.write(tampered));
        assertThat(view.result.getText()).isEqualTo("归档包校验未通过：");
        assertThat(view.findings.getChildren().map(c -> ((ListItem) c).getText()))
                .containsExactly("文件 metadata.xml 不在校验清单中");

        view.check("no zip".getBytes(StandardCharsets.UTF_8));
        assertThat(view.result.getText()).isEqualTo("上传的文件不是 ZIP 归档包");
        assertThat(com.vaadin.flow.server.menu.MenuConfiguration.getMenuEntries())
                .extracting(com.vaadin.flow.server.menu.MenuEntry::path)
                .contains("/archive");
    }

    @Test
    void thePeriodListsTheSentDocumentsEachWithItsPackage() {
        long id = ArchiveTestDocument.sent(context);
        ArchiveView view = open("bgs.supervisor");
        LocalDate today = LocalDate.now(zone.zone());
        view.from.setValue(today.minusDays(1));
        view.to.setValue(today);
        ArchivableDocument row = view.documents
                .getListDataView()
                .getItems()
                .filter(d -> d.id() == id)
                .findFirst()
                .orElseThrow();
        assertThat(row.title()).isEqualTo(ArchiveTestDocument.TITLE);
        assertThat(GridKt._getCellComponent(
                        view.documents,
                        view.documents.getListDataView().getItems().toList().indexOf(row),
                        "package"))
                .isInstanceOfSatisfying(
                        Anchor.class, link -> assertThat(link.getHref()).isNotBlank());

        view.to.setValue(today.minusDays(2));
        assertThat(view.documents.getListDataView().getItems()).isEmpty();
    }

    @Test
    void aClerkMayNotOpenTheArchive() {
        login("z01.clerk");
        UI.getCurrent().navigate("archive");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isNotInstanceOf(ArchiveView.class);
    }
}
