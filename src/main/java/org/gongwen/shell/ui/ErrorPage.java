package org.gongwen.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** What the error pages show: a title, one sentence and the way back to the start page, in the person's language. */
abstract class ErrorPage extends VerticalLayout {

    final H2 title = new H2();
    final Paragraph text = new Paragraph();

    ErrorPage() {
        setAlignItems(Alignment.CENTER);
        setPadding(true);
        add(title, text, new Anchor("", getTranslation("error.page.home")));
    }

    void show(String titleKey, String textKey, Object... args) {
        title.setText(getTranslation(titleKey));
        text.setText(getTranslation(textKey, args));
    }
}
