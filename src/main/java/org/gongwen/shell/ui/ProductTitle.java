package org.gongwen.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * The browser tab names the product after the page ("收文 - 公文交换"), so a clerk with several
 * tabs open finds Gongwen among them. Vaadin writes the view's title after the navigation
 * listeners have run, hence the suffix is added just before the response.
 */
@Component
class ProductTitle implements VaadinServiceInitListener {

    static final String PRODUCT = "公文交换";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addAfterNavigationListener(navigation -> ui.beforeClientResponse(ui, context -> {
                String title = ui.getInternals().getTitle();
                String product = ui.getTranslation("app.productName");
                if (title == null || title.isBlank()) {
                    ui.getPage().setTitle(product);
                } else if (!title.endsWith(product)) {
                    ui.getPage().setTitle(ui.getTranslation("app.tabTitle", title, product));
                }
            }));
        });
    }
}
