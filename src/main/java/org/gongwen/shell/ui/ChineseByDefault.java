package org.gongwen.shell.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.gongwen.shared.Translations;
import org.springframework.stereotype.Component;

/**
 * Every UI starts in Simplified Chinese, whatever the browser asks for, unless the person chose
 * another language with the header's switch during this session.
 */
@Component
class ChineseByDefault implements VaadinServiceInitListener {

    static final String CHOSEN_LOCALE = "gongwen.chosenLocale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinSession session = init.getUI().getSession();
            Locale chosen = (Locale) session.getAttribute(CHOSEN_LOCALE);
            Locale locale = chosen == null ? Translations.CHINESE : chosen;
            session.setLocale(locale);
            init.getUI().setLocale(locale);
        });
    }

    static void choose(Locale locale) {
        VaadinSession.getCurrent().setAttribute(CHOSEN_LOCALE, locale);
        VaadinSession.getCurrent().setLocale(locale);
    }
}
