package org.gongwen.shell.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.gongwen.notification.NotificationService;
import org.gongwen.notification.UnreadCountFeed;
import org.gongwen.operations.IncidentBanner;
import org.gongwen.operations.IncidentService;
import org.gongwen.organization.Role;
import org.gongwen.receipt.ReceiptService;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.gongwen.shared.CountyZone;
import org.gongwen.shared.Translations;

/**
 * The shell around every view: side navigation showing only what the person's roles allow,
 * a header with name, unit, unread notifications, language and logout. The unread badge follows
 * new and read notifications while the page is open, pushed by the {@link UnreadCountFeed}.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authContext;
    private final transient NotificationService notifications;
    private final transient UnreadCountFeed unreadCounts;
    private final long personId;
    private transient Registration unreadSubscription;
    final Span unreadBadge = new Span();
    /** Documents of the person's unit waiting to be signed for, beside 收文 (clerks and leaders). */
    final Span inboxBadge = new Span();

    private final transient ReceiptService receipts;
    private final long unitId;
    private final boolean receives;
    final Select<Locale> language = new Select<>();
    /** Shown to everybody while documents go on paper because of a fault (A31). */
    final IncidentBanner incidentBanner;

    private static final String INBOX_ROUTE = "inbox";

    public MainLayout(
            AuthenticatedUser authenticatedUser,
            AuthenticationContext authContext,
            NotificationService notifications,
            UnreadCountFeed unreadCounts,
            ReceiptService receipts,
            IncidentService incidents,
            CountyZone zone) {
        this.authContext = authContext;
        this.notifications = notifications;
        this.unreadCounts = unreadCounts;
        CurrentUser user = authenticatedUser.require();
        this.personId = user.personId();
        this.receipts = receipts;
        this.unitId = user.unitId();
        this.receives = user.hasRole(Role.Names.CLERK) || user.hasRole(Role.Names.LEADER);
        inboxBadge.getElement().getThemeList().add("badge primary pill small");
        inboxBadge.addClassName("inbox-badge");
        inboxBadge.setVisible(false);
        setPrimarySection(Section.DRAWER);
        incidentBanner = new IncidentBanner(incidents, zone);
        addToNavbar(new DrawerToggle(), incidentBanner, header(user));
        Span brand = new Span(getTranslation("app.title"));
        brand.getStyle()
                .set("font-weight", "600")
                .set("font-size", "var(--lumo-font-size-l)")
                .set("padding", "var(--lumo-space-m)")
                .set("display", "block");
        addToDrawer(brand, navigation());
    }

    private HorizontalLayout header(CurrentUser user) {
        Span who = new Span(user.fullName() + " · " + user.unitName());
        who.addClassName("current-user");
        Button bell = new Button(new Icon(VaadinIcon.BELL), e -> UI.getCurrent().navigate("notifications"));
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bell.setAriaLabel(getTranslation("nav.notifications"));
        unreadBadge.getElement().getThemeList().add("badge error pill small");
        unreadBadge.addClassName("unread-badge");
        language.setItems(Translations.SUPPORTED);
        language.setItemLabelGenerator(l -> Translations.CHINESE.equals(l) ? "中文" : "English");
        language.setValue(Translations.supported(getLocale()));
        language.setWidth("7em");
        language.addValueChangeListener(e -> {
            ChineseByDefault.choose(e.getValue());
            UI.getCurrent().getPage().reload();
        });
        Button logout =
                new Button(getTranslation("nav.logout"), new Icon(VaadinIcon.SIGN_OUT), e -> authContext.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(who, bell, unreadBadge, language, logout);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.getStyle().set("margin-left", "auto").set("padding-right", "var(--lumo-space-m)");
        return header;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(VaadinIcon.valueOf(entry.icon()).create());
            }
            if (INBOX_ROUTE.equals(entry.path().replaceFirst("^/", ""))) {
                item.setSuffixComponent(inboxBadge);
            }
            nav.addItem(item);
        }
        return nav;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        unreadSubscription = unreadCounts.subscribe(personId, count -> ui.access(() -> showUnread(count)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unreadSubscription != null) {
            unreadSubscription.remove();
            unreadSubscription = null;
        }
        super.onDetach(event);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        showUnread(notifications.unreadCount());
        incidentBanner.refresh();
    }

    private void showUnread(long unread) {
        unreadBadge.setText(String.valueOf(unread));
        unreadBadge.setVisible(unread > 0);
        if (receives) {
            long waiting = receipts.waitingCountOfUnit(unitId);
            inboxBadge.setText(String.valueOf(waiting));
            inboxBadge.setVisible(waiting > 0);
        }
    }
}
