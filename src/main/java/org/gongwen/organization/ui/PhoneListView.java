package org.gongwen.organization.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.organization.internal.PhoneListExport;
import org.gongwen.shared.Translations;

/**
 * The phone list of duty staff (A30, A32): county-wide for the office, one's own unit otherwise;
 * exported as CSV or Excel with what the caller sees.
 */
@Route("phone-list")
@PermitAll
@Menu(title = "nav.phoneList", order = 21, icon = "PHONE")
public class PhoneListView extends VerticalLayout implements HasDynamicTitle {

    final Grid<PersonInfo> grid = new Grid<>();
    final TextField search = new TextField();
    final Anchor exportCsv;
    final Anchor exportXlsx;

    public PhoneListView(OrganizationService organization, Translations translations) {
        setSizeFull();
        List<PersonInfo> all = organization.phoneList();
        grid.setEmptyStateText(getTranslation("empty.phoneList"));
        grid.addColumn(PersonInfo::unitName)
                .setHeader(getTranslation("people.col.unit"))
                .setFlexGrow(2);
        grid.addColumn(PersonInfo::fullName).setHeader(getTranslation("people.col.name"));
        grid.addColumn(p -> p.roles().stream()
                        .sorted()
                        .map(r -> getTranslation("role." + r.name()))
                        .collect(Collectors.joining("、")))
                .setHeader(getTranslation("people.col.roles"))
                .setFlexGrow(2);
        grid.addColumn(PersonInfo::mobile).setHeader(getTranslation("people.col.mobile"));
        grid.setItems(all);
        grid.setSizeFull();
        search.setPlaceholder(getTranslation("phoneList.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> {
            String q = e.getValue().trim().toLowerCase(Locale.ROOT);
            grid.setItems(all.stream()
                    .filter(p -> q.isEmpty()
                            || p.fullName().contains(q)
                            || p.unitName().contains(q)
                            || (p.mobile() != null && p.mobile().contains(q)))
                    .toList());
        });
        PhoneListExport export = new PhoneListExport(translations::getTranslation, getLocale());
        exportCsv = download(() -> export.csv(all), "phone-list.csv", "text/csv;charset=UTF-8", "phoneList.exportCsv");
        exportXlsx = download(
                () -> export.xlsx(all),
                "phone-list.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "phoneList.exportXlsx");
        add(new H2(getTranslation("phoneList.title")), new HorizontalLayout(search, exportCsv, exportXlsx), grid);
    }

    private Anchor download(Supplier<byte[]> render, String name, String type, String labelKey) {
        return new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] file = render.get();
                    return new DownloadResponse(new ByteArrayInputStream(file), name, type, file.length);
                }),
                getTranslation(labelKey));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("phoneList.title");
    }
}
