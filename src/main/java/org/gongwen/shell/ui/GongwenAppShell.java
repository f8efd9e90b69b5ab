package org.gongwen.shell.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;

/**
 * Server push, so an unread badge changes while the page is open (A9.1). Pushes are not client
 * requests: an idle page still times out ({@code vaadin.close-idle-sessions}), which polling
 * would prevent. The favicon is a static file, so the production build keeps Vaadin's
 * pre-compiled bundle.
 */
@Push
public class GongwenAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/gongwen.svg", "any");
        settings.setPageTitle(ProductTitle.PRODUCT);
    }
}
