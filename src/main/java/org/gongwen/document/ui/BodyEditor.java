package org.gongwen.document.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import org.gongwen.document.BodyBlock;

/**
 * The body as blocks: a paragraph or a heading of level 1 to 4 whose numbering (一、 （一） 1. （1）)
 * the drafter types, as the layout prints the text as given.
 */
class BodyEditor extends VerticalLayout {

    private static final List<String> LEVELS = List.of(
            "drafting.body.level0",
            "drafting.body.level1",
            "drafting.body.level2",
            "drafting.body.level3",
            "drafting.body.level4");

    final VerticalLayout rows = new VerticalLayout();
    final Button add = new Button();
    final List<Row> blocks = new ArrayList<>();

    BodyEditor() {
        setPadding(false);
        rows.setPadding(false);
        rows.setSpacing(false);
        add.setText(getTranslation("drafting.body.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addClickListener(e -> addBlock(BodyBlock.paragraph("")));
        add(new H4(getTranslation("drafting.body")), rows, add);
    }

    Row addBlock(BodyBlock block) {
        Row row = new Row(block);
        blocks.add(row);
        redraw();
        return row;
    }

    List<BodyBlock> value() {
        return blocks.stream()
                .map(r -> new BodyBlock(r.level.getValue() == null ? 0 : r.level.getValue(), r.text.getValue()))
                .toList();
    }

    void setValue(List<BodyBlock> body) {
        blocks.clear();
        body.forEach(b -> blocks.add(new Row(b)));
        if (blocks.isEmpty()) {
            blocks.add(new Row(BodyBlock.paragraph("")));
        }
        redraw();
    }

    private void redraw() {
        rows.removeAll();
        blocks.forEach(rows::add);
    }

    private void moveUp(Row row) {
        int i = blocks.indexOf(row);
        if (i > 0) {
            blocks.remove(i);
            blocks.add(i - 1, row);
            redraw();
        }
    }

    private void remove(Row row) {
        blocks.remove(row);
        redraw();
    }

    /** One block: its level and its text. */
    final class Row extends HorizontalLayout {

        final Select<Integer> level = new Select<>();
        final TextArea text = new TextArea();

        Row(BodyBlock block) {
            setWidthFull();
            level.setItems(0, 1, 2, 3, 4);
            level.setItemLabelGenerator(l -> getTranslation(LEVELS.get(l)));
            level.setValue(block.level());
            level.setWidth("11em");
            text.setValue(block.text());
            text.setWidthFull();
            text.addClassName("body-text");
            text.setMinHeight(block.level() == 0 ? "5em" : "2.5em");
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> moveUp(this));
            up.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            up.setAriaLabel(getTranslation("drafting.body.up"));
            Button remove = RemoveButton.of(() -> remove(this));
            add(level, text, up, remove);
        }
    }
}
