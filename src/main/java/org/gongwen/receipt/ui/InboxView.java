package org.gongwen.receipt.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.gongwen.document.Urgency;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.organization.UnitInfo;
import org.gongwen.receipt.DistributionState;
import org.gongwen.receipt.InboxEntry;
import org.gongwen.receipt.ReceiptService;
import org.gongwen.receipt.internal.InboxQuery;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.gongwen.shared.CountyZone;
import org.springframework.data.domain.Page;

/**
 * 收文: the documents received by the unit, newest first, paged from the database. Unread ones are
 * bold, urgency is coloured, overdue ones flagged; filters by state, overdue and unread, search by
 * title, number and sender. County-wide roles choose the unit.
 */
@Route("inbox")
@RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.COUNTY_OFFICE, Role.Names.SUPERVISOR, Role.Names.ADMIN})
@Menu(title = "inbox.title", order = 12, icon = "INBOX")
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    final Grid<InboxEntry> grid = new Grid<>();
    final TextField search = new TextField();
    final Select<DistributionState> state = new Select<>();
    final Checkbox overdueOnly = new Checkbox();
    final Checkbox unreadOnly = new Checkbox();
    final ComboBox<UnitInfo> unit = new ComboBox<>();
    private final transient ReceiptService receipts;
    private final CountyZone zone;
    private final long ownUnitId;

    public InboxView(
            ReceiptService receipts,
            OrganizationService organization,
            AuthenticatedUser authenticatedUser,
            CountyZone zone) {
        this.receipts = receipts;
        this.zone = zone;
        CurrentUser me = authenticatedUser.require();
        this.ownUnitId = me.unitId();
        setSizeFull();
        search.setId("inbox-search");
        search.setPlaceholder(getTranslation("inbox.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("22em");
        state.setLabel(getTranslation("inbox.filter.state"));
        state.setItems(DistributionState.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("inbox.filter.all"));
        state.setItemLabelGenerator(
                s -> s == null ? getTranslation("inbox.filter.all") : getTranslation("distributionState." + s.name()));
        overdueOnly.setLabel(getTranslation("inbox.filter.overdue"));
        unreadOnly.setLabel(getTranslation("inbox.filter.unread"));
        unit.setLabel(getTranslation("inbox.filter.unit"));
        unit.setItemLabelGenerator(UnitInfo::fullName);
        unit.setVisible(me.isCountyWide());
        if (me.isCountyWide()) {
            unit.setItems(organization.units());
            organization.unit(me.unitId()).ifPresent(unit::setValue);
        }
        HorizontalLayout filters = new HorizontalLayout(search, state, overdueOnly, unreadOnly, unit);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.addComponentColumn(this::urgency)
                .setHeader(getTranslation("inbox.col.urgency"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::title)
                .setHeader(getTranslation("inbox.col.title"))
                .setWidth("16em")
                .setFlexGrow(4)
                .setTooltipGenerator(InboxEntry::title);
        grid.addColumn(e -> e.docNumber() == null ? "" : e.docNumber())
                .setHeader(getTranslation("inbox.col.number"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(InboxEntry::senderName)
                .setHeader(getTranslation("inbox.col.sender"))
                .setWidth("10em")
                .setFlexGrow(2)
                .setTooltipGenerator(InboxEntry::senderName);
        grid.addColumn(e -> getTranslation("recipientKind." + e.kind().name()))
                .setHeader(getTranslation("inbox.col.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> zone.formatTime(e.deliveredAt()))
                .setHeader(getTranslation("inbox.col.delivered"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::state)
                .setKey("state")
                .setHeader(getTranslation("inbox.col.state"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.printsUsed() + " / " + e.printQuota())
                .setHeader(getTranslation("inbox.col.printed"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setPageSize(50);
        grid.setEmptyStateText(getTranslation("empty.inbox"));
        grid.setItems(query -> load(query.getPage(), query.getPageSize()).stream(), query ->
                (int) load(0, 1).getTotalElements());
        grid.addItemClickListener(e -> UI.getCurrent()
                .navigate(
                        ReceivedDocumentView.class,
                        ReceivedDocumentView.params(e.getItem().distributionId())));
        grid.setSizeFull();

        search.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());
        overdueOnly.addValueChangeListener(e -> refresh());
        unreadOnly.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> refresh());
        add(new H2(getTranslation("inbox.title")), filters, grid);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private Page<InboxEntry> load(int page, int size) {
        InboxQuery query = new InboxQuery(
                search.getValue(), state.getValue(), overdueOnly.getValue(), unreadOnly.getValue(), null);
        if (!unit.isVisible()) {
            return receipts.inbox(query, page, size);
        }
        return receipts.inboxOf(
                unit.getValue() == null ? ownUnitId : unit.getValue().id(), query, page, size);
    }

    private Span title(InboxEntry e) {
        Span title = new Span(e.title());
        if (e.unread()) {
            title.getStyle().set("font-weight", "bold");
            title.addClassName("unread");
        }
        return title;
    }

    private Span urgency(InboxEntry e) {
        Span badge = new Span(getTranslation("urgency." + e.urgency().name()));
        if (e.urgency() == Urgency.NONE) {
            badge.getElement().getThemeList().add("badge contrast");
            badge.setText(getTranslation("inbox.urgency.normal"));
        } else {
            badge.getElement().getThemeList().add(e.urgency() == Urgency.URGENT ? "badge" : "badge error primary");
        }
        return badge;
    }

    private HorizontalLayout state(InboxEntry e) {
        Span state = new Span(getTranslation("distributionState." + e.state().name()));
        state.getElement()
                .getThemeList()
                .add(
                        switch (e.state()) {
                            case DELIVERED -> "badge";
                            case SIGNED -> "badge success";
                            case RETURNED, SUPERSEDED -> "badge contrast";
                        });
        HorizontalLayout cell = new HorizontalLayout(state);
        cell.setSpacing(false);
        cell.getStyle().set("gap", "var(--lumo-space-xs)");
        if (e.overdue()) {
            Span overdue = new Span(getTranslation("inbox.overdue"));
            overdue.getElement().getThemeList().add("badge error");
            overdue.addClassName("overdue");
            cell.add(overdue);
        }
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title");
    }
}
