package org.gongwen.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.gongwen.security.DirectoryUnit;
import org.gongwen.security.PersonNames;
import org.gongwen.security.internal.ApiTokenInfo;
import org.gongwen.security.internal.ApiTokenService;
import org.gongwen.shared.CountyZone;

/**
 * 接口令牌: the tokens with which a unit's own office system reads the unit's inbox (A14.2).
 * Technicians manage their own unit's, administrators choose a unit.
 */
@Route("api-tokens")
@RolesAllowed({"TECHNICIAN", "ADMIN"})
@Menu(title = "apiToken.title", order = 41, icon = "KEY")
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<DirectoryUnit> unit = new ComboBox<>();
    final Grid<ApiTokenInfo> grid = new Grid<>();
    final Button create = new Button();
    final Button revoke = new Button();
    private final transient ApiTokenService apiTokens;
    private final CountyZone zone;
    private final transient PersonNames names;

    public ApiTokensView(ApiTokenService apiTokens, CountyZone zone, PersonNames names) {
        this.apiTokens = apiTokens;
        this.zone = zone;
        this.names = names;
        List<DirectoryUnit> units = apiTokens.manageableUnits();
        unit.setLabel(getTranslation("apiToken.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(DirectoryUnit::fullName);
        unit.setWidth("24em");
        unit.setVisible(units.size() > 1);
        unit.addValueChangeListener(e -> refresh());
        grid.setEmptyStateText(getTranslation("empty.apiTokens"));
        grid.addColumn(ApiTokenInfo::name)
                .setHeader(getTranslation("apiToken.col.name"))
                .setFlexGrow(2);
        grid.addColumn(t -> t.tokenPrefix() + "…").setHeader(getTranslation("apiToken.col.prefix"));
        grid.addColumn(t -> zone.formatTime(t.createdAt()) + " " + names.of(t.createdBy()))
                .setHeader(getTranslation("apiToken.col.created"))
                .setFlexGrow(2);
        grid.addColumn(t ->
                        t.lastUsedAt() == null ? getTranslation("apiToken.neverUsed") : zone.formatTime(t.lastUsedAt()))
                .setHeader(getTranslation("apiToken.col.lastUsed"));
        grid.addColumn(this::status)
                .setHeader(getTranslation("apiToken.col.status"))
                .setFlexGrow(2);
        grid.setHeight("20em");
        grid.asSingleSelect()
                .addValueChangeListener(e ->
                        revoke.setEnabled(e.getValue() != null && e.getValue().active()));
        create.setText(getTranslation("apiToken.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openCreate());
        revoke.setText(getTranslation("apiToken.revoke"));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.setEnabled(false);
        revoke.addClickListener(e -> openRevoke());
        add(
                new H2(getTranslation("apiToken.title")),
                new Paragraph(getTranslation("apiToken.intro")),
                unit,
                new HorizontalLayout(create, revoke),
                grid);
        if (units.size() == 1) {
            unit.setValue(units.get(0));
        }
        create.setEnabled(unit.getValue() != null);
    }

    private String status(ApiTokenInfo token) {
        return token.active()
                ? getTranslation("apiToken.status.active")
                : getTranslation(
                        "apiToken.status.revoked", zone.formatTime(token.revokedAt()), names.of(token.revokedBy()));
    }

    void refresh() {
        DirectoryUnit chosen = unit.getValue();
        grid.setItems(chosen == null ? List.of() : apiTokens.list(chosen.id()));
        create.setEnabled(chosen != null);
        revoke.setEnabled(false);
    }

    ApiTokenCreateDialog openCreate() {
        ApiTokenCreateDialog dialog = new ApiTokenCreateDialog(apiTokens, unit.getValue(), this::refresh);
        dialog.open();
        return dialog;
    }

    ApiTokenRevokeDialog openRevoke() {
        ApiTokenRevokeDialog dialog =
                new ApiTokenRevokeDialog(apiTokens, grid.asSingleSelect().getValue(), this::refresh);
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apiToken.title");
    }
}
