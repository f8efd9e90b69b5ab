package org.gongwen.shared.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/**
 * The document viewer: a PDF of this application shown in the page with PDF.js (served as static ES
 * modules from {@code vendor/pdfjs}, fetched at build time), as canvases with a text layer, page
 * navigation, zoom and fit-to-width. No frame: the browser fetches the file same-origin, once per
 * {@link #show}, so a view the server records is one visit. {@link #print} sends one file to the
 * browser's print dialog.
 */
@StyleSheet("context://viewer/pdf-viewer.css")
public class PdfViewer extends Div {

    private static final String MODULE = "viewer/pdf-viewer.mjs";
    private static final String IMPORT = "import(new URL($0, document.baseURI).href)";

    private transient SerializableFunction<String, byte[]> file;
    private transient SerializableConsumer<Boolean> printed = ok -> {};

    public PdfViewer() {
        addClassName("pdf-viewer");
        setWidthFull();
        getStyle().set("height", "78vh");
        addAttachListener(e -> {
            if (file != null) {
                load();
            }
        });
    }

    /**
     * Shows {@code file}, which gets the client's address and is asked each time the browser fetches
     * the file (once per call, and again only if the viewer is attached anew).
     */
    public void show(String fileName, SerializableFunction<String, byte[]> file) {
        this.file = file;
        getElement()
                .setAttribute(
                        "src",
                        DownloadHandler.fromInputStream(event -> {
                                    byte[] pdf = file.apply(event.getRequest().getRemoteAddr());
                                    return new DownloadResponse(
                                            new ByteArrayInputStream(pdf), fileName, "application/pdf", pdf.length);
                                })
                                .inline());
        if (isAttached()) {
            load();
        }
    }

    /** Whether a file is shown. */
    public boolean hasFile() {
        return file != null;
    }

    /** The shown file as the browser gets it, asked as from {@code clientAddress}. */
    public byte[] file(String clientAddress) {
        return file.apply(clientAddress);
    }

    /**
     * Fetches {@code copy} once, renders it into the page's print-only container and opens the
     * browser's print dialog for it; {@code printed} learns whether that worked. What the browser
     * says counts for nothing else: the server decides from the download itself.
     */
    public void print(DownloadHandler copy, SerializableConsumer<Boolean> printed) {
        this.printed = printed;
        getElement().setAttribute("print-src", copy);
        getElement().executeJs(IMPORT + """
                .then(m => m.print(this.getAttribute('print-src')))
                .then(() => this.$server.printFinished(true), e => {
                  console.warn('print', e && e.stack ? e.stack : e);
                  this.$server.printFinished(false);
                });
                """, MODULE);
    }

    @ClientCallable
    void printFinished(boolean ok) {
        getElement().removeAttribute("print-src");
        printed.accept(ok);
    }

    private void load() {
        getElement()
                .executeJs(
                        IMPORT + ".then(m => m.show(this, this.getAttribute('src'), {previous: $1, "
                                + "next: $2, zoomIn: $3, zoomOut: $4, fitWidth: $5, page: $6, loading: $7, error: $8}))",
                        MODULE,
                        getTranslation("pdfViewer.previous"),
                        getTranslation("pdfViewer.next"),
                        getTranslation("pdfViewer.zoomIn"),
                        getTranslation("pdfViewer.zoomOut"),
                        getTranslation("pdfViewer.fitWidth"),
                        getTranslation("pdfViewer.page"),
                        getTranslation("pdfViewer.loading"),
                        getTranslation("pdfViewer.error"));
    }
}
