package org.gongwen.document.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Consumer;

/** The cross that takes one item out of a draft: a body block, a recipient, an attachment. */
final class RemoveButton {

    private RemoveButton() {}

    static Button of(Runnable remove) {
        Button button = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> remove.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        button.setAriaLabel(button.getTranslation("drafting.remove"));
        return button;
    }

    /** A narrow last column with the button in every row. */
    static <T> void column(Grid<T> grid, Consumer<T> remove) {
        grid.addComponentColumn(item -> of(() -> remove.accept(item)))
                .setFlexGrow(0)
                .setWidth("4em");
    }
}
