package org.gongwen.document.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.gongwen.document.internal.LayoutFacesReport;
import org.gongwen.pdf.LayoutRenderer;

/**
 * 版式字体: per layout element the face in use, where it comes from and the face GB/T 9704 expects, with
 * a warning where an open or other face stands in; the folder of licensed faces and the files in it
 * that were not recognised.
 */
@Route("admin/layout-faces")
@RolesAllowed("ADMIN")
@Menu(title = "layoutFaces.title", order = 46, icon = "FONT")
public class LayoutFacesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<LayoutFacesReport.Row> grid = new Grid<>();
    final Paragraph folder = new Paragraph();
    final UnorderedList unrecognised = new UnorderedList();

    public LayoutFacesView(LayoutRenderer renderer) {
        LayoutFacesReport report = LayoutFacesReport.of(renderer.faces(), (key, args) -> getTranslation(key, args));
        grid.addColumn(LayoutFacesReport.Row::name).setHeader(getTranslation("layoutFaces.col.element"));
        grid.addColumn(LayoutFacesReport.Row::family)
                .setHeader(getTranslation("layoutFaces.col.family"))
                .setFlexGrow(2);
        grid.addColumn(LayoutFacesReport.Row::sourceName).setHeader(getTranslation("layoutFaces.col.source"));
        grid.addColumn(LayoutFacesReport.Row::file)
                .setHeader(getTranslation("layoutFaces.col.file"))
                .setFlexGrow(3);
        grid.addColumn(LayoutFacesReport.Row::expected).setHeader(getTranslation("layoutFaces.col.expected"));
        grid.addColumn(new ComponentRenderer<>(LayoutFacesView::warning))
                .setHeader(getTranslation("layoutFaces.col.warning"))
                .setFlexGrow(3);
        grid.setAllRowsVisible(true);
        grid.setItems(report.elements());

        folder.setText(getTranslation(
                "layoutFaces.folder",
                report.folder().isEmpty() ? getTranslation("layoutFaces.folder.none") : report.folder()));
        report.unrecognised().forEach(file -> unrecognised.add(new ListItem(file)));
        Div files = report.unrecognised().isEmpty()
                ? new Div(new Paragraph(getTranslation("layoutFaces.unrecognised.none")))
                : new Div(unrecognised);
        add(
                new H2(getTranslation("layoutFaces.title")),
                new Paragraph(getTranslation("layoutFaces.intro")),
                grid,
                new H3(getTranslation("layoutFaces.folder.title")),
                folder,
                new Paragraph(getTranslation("layoutFaces.folder.howTo")),
                new H3(getTranslation("layoutFaces.unrecognised")),
                files);
    }

    private static Span warning(LayoutFacesReport.Row row) {
        if (row.warning() == null) {
            return new Span();
        }
        Span badge = new Span(row.warning());
        badge.getElement().getThemeList().add("badge warning");
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layoutFaces.title");
    }
}
