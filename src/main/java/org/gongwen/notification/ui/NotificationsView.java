package org.gongwen.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.gongwen.notification.NotificationService;
import org.gongwen.notification.internal.Notification;
import org.gongwen.shared.CountyZone;

/** The person's notifications; unread ones in bold until marked read. */
@Route("notifications")
@PermitAll
@Menu(title = "nav.notifications", order = 30, icon = "BELL")
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Notification> grid = new Grid<>();
    private final transient NotificationService notifications;

    public NotificationsView(NotificationService notifications, CountyZone zone) {
        this.notifications = notifications;
        setSizeFull();
        grid.addComponentColumn(n -> {
                    Span title = new Span(n.title());
                    if (n.unread()) {
                        title.getStyle().set("font-weight", "bold");
                    }
                    return title;
                })
                .setHeader(getTranslation("notifications.col.title"))
                .setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("empty.notifications"));
        grid.addColumn(Notification::body)
                .setHeader(getTranslation("notifications.col.body"))
                .setFlexGrow(3);
        grid.addColumn(n -> zone.formatTime(n.createdAt())).setHeader(getTranslation("notifications.col.time"));
        grid.addComponentColumn(n -> {
            Button read = new Button(getTranslation("notifications.markRead"), e -> {
                notifications.markRead(n.id());
                refresh();
            });
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            read.setVisible(n.unread());
            return read;
        });
        grid.setSizeFull();
        add(new H2(getTranslation("notifications.title")), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(notifications.latest(200));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title");
    }
}
