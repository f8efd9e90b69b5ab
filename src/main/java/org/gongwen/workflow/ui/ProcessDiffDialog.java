package org.gongwen.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import org.gongwen.workflow.internal.ProcessDiff;
import org.gongwen.workflow.internal.ProcessDiff.ElementChange;

/** The difference between two versions: changed elements first, then the XML text diff. */
class ProcessDiffDialog extends Dialog {

    final Grid<ElementChange> changes = new Grid<>();
    final Pre text = new Pre();

    ProcessDiffDialog(ProcessDiff diff) {
        setHeaderTitle(getTranslation("processAdmin.diff.title", diff.key(), diff.fromVersion(), diff.toVersion()));
        changes.addColumn(c -> getTranslation("processAdmin.change." + c.kind().name()))
                .setHeader(getTranslation("processAdmin.diff.col.change"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        changes.addColumn(c -> c.elementId() + " (" + c.elementType() + (c.name() == null ? "" : " " + c.name()) + ")")
                .setHeader(getTranslation("processAdmin.diff.col.element"))
                .setFlexGrow(1);
        changes.addColumn(c -> String.join("；", c.details()))
                .setHeader(getTranslation("processAdmin.diff.col.details"))
                .setFlexGrow(2);
        changes.setItems(diff.changes());
        changes.setAllRowsVisible(true);
        text.setText(String.join("\n", diff.unifiedDiff()));
        text.getStyle().set("max-height", "24em").set("overflow", "auto").set("font-size", "var(--lumo-font-size-xs)");
        if (diff.changes().isEmpty()) {
            add(new Paragraph(getTranslation("processAdmin.diff.none")));
        } else {
            add(changes);
        }
        add(new H4(getTranslation("processAdmin.diff.text")), text);
        setWidth("60em");
        getFooter().add(new Button(getTranslation("processAdmin.close"), e -> close()));
    }
}
