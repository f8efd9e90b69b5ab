package org.gongwen.shell.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;

/**
 * Server push, so an unread badge changes while the page is open (A9.1). Pushes are not client
 * requests: an idle page still times out ({@code vaadin.close-idle-sessions}), which polling
 * would prevent.
 */
@Push
public class GongwenAppShell implements AppShellConfigurator {
}
