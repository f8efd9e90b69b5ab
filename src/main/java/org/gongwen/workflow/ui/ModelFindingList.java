package org.gongwen.workflow.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Consumer;
import org.gongwen.workflow.internal.ModelFinding;

/**
 * What the pre-deploy checks found, one line each ("element：message"). Where a finding names an
 * element, a click on it may show the element (the modeler selects it).
 */
class ModelFindingList extends UnorderedList {

    ModelFindingList() {
        addClassName("model-findings");
        getStyle().set("color", "var(--lumo-error-text-color)");
    }

    void show(List<ModelFinding> findings, Consumer<String> onElement) {
        removeAll();
        for (ModelFinding finding : findings) {
            ListItem item = new ListItem(describe(finding));
            if (finding.elementId() != null && onElement != null) {
                item.getStyle().set("cursor", "pointer");
                item.getElement().setAttribute("title", getTranslation("processAdmin.findings.show"));
                item.addClickListener(e -> onElement.accept(finding.elementId()));
            }
            add(item);
        }
    }

    private String describe(ModelFinding finding) {
        String message =
                getTranslation(finding.messageKey(), finding.arguments().toArray());
        return finding.elementId() == null ? message : finding.elementId() + "：" + message;
    }
}
