package org.gongwen.shell.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;

/**
 * Server push, so an unread badge changes while the page is open (A9.1). Pushes are not client
 * requests: an idle page still times out ({@code vaadin.close-idle-sessions}), which polling
 * would prevent. The favicon is a static file, so the production build keeps Vaadin's
 * pre-compiled bundle. A tooltip never takes the pointer: a grid cell's tooltip opens beneath the
 * cell, over the same cell of the next row, and would otherwise swallow the click meant for that
 * row (流程看板's waiting list: a click on the second row while the first row's tooltip showed
 * opened no timeline).
 */
@Push
public class GongwenAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/gongwen.svg", "any");
        settings.setPageTitle(ProductTitle.PRODUCT);
        settings.addInlineWithContents(
                Inline.Position.APPEND,
                "vaadin-tooltip-overlay, vaadin-tooltip-overlay::part(overlay) { pointer-events: none; }",
                Inline.Wrapping.STYLESHEET);
    }
}
