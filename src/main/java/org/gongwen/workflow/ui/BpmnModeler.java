package org.gongwen.workflow.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableConsumer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.gongwen.shared.ui.StaticScripts;

/**
 * The BPMN modeler: bpmn-js with the Camunda 7 properties panel, from Camunda's prebuilt
 * distribution (camunda-bpmn-js), served as a static script ({@code vendor/camunda-bpmn-js}, fetched
 * at build time) and loaded once per page. The model lives in the browser while it is edited; the
 * server asks for it ({@link #requestXml}) to check or deploy it.
 */
class BpmnModeler extends Div {

    private static final String SCRIPT = "./vendor/camunda-bpmn-js/camunda-platform-modeler.min.js";
    private static final String STYLE = "./vendor/camunda-bpmn-js/assets/camunda-platform-modeler.css";
    /** The modeler's own labels (palette, context pad, properties panel) in Chinese; others stay English. */
    private static final String CHINESE_LABELS = resource("bpmn-modeler-zh.json");

    private final Div canvas = new Div();
    private final Div properties = new Div();
    private String importedXml;
    private boolean changed;
    private transient SerializableConsumer<String> importFailedListener = message -> {};
    private transient Runnable changeListener = () -> {};

    BpmnModeler() {
        addClassName("bpmn-modeler");
        canvas.addClassName("bpmn-canvas");
        properties.addClassName("bpmn-properties");
        getStyle()
                .set("display", "flex")
                .set("width", "100%")
                .set("height", "68vh")
                .set("border", "1px solid var(--lumo-contrast-20pct)");
        canvas.getStyle().set("flex", "1").set("position", "relative").set("background", "white");
        properties
                .getStyle()
                .set("width", "340px")
                .set("overflow", "auto")
                .set("border-left", "1px solid var(--lumo-contrast-20pct)");
        add(canvas, properties);
        addAttachListener(e -> {
            if (importedXml != null) {
                render();
            }
        });
    }

    /** Opens a model in the modeler, replacing what was there. */
    void setXml(String xml) {
        importedXml = xml;
        changed = false;
        if (isAttached()) {
            render();
        }
    }

    /** The model as last given to the modeler, before any edit in the browser. */
    String importedXml() {
        return importedXml;
    }

    /** Whether the model was edited in the browser since it was opened. */
    boolean isChanged() {
        return changed;
    }

    void onImportFailed(SerializableConsumer<String> listener) {
        this.importFailedListener = listener;
    }

    void onChange(Runnable listener) {
        this.changeListener = listener;
    }

    /** Asks the browser for the model as edited, formatted; the answer arrives later. */
    void requestXml(SerializableConsumer<String> receiver, SerializableConsumer<String> failure) {
        getElement().executeJs("""
                const m = this.__modeler;
                if (!m) { throw new Error('modeler not ready'); }
                return m.saveXML({ format: true }).then(r => r.xml);
                """).then(String.class, receiver, failure);
    }

    /** Selects an element (a finding's element) in the diagram and scrolls it into view. */
    void select(String elementId) {
        getElement().executeJs("""
                const m = this.__modeler;
                const element = m && m.get('elementRegistry').get($0);
                if (element) {
                  m.get('selection').select(element);
                  m.get('canvas').scrollToElement(element);
                }
                """, elementId);
    }

    /** Saves the model as edited to a .bpmn file in the browser, without a server round trip. */
    void downloadAs(String fileName) {
        getElement().executeJs("""
                const m = this.__modeler;
                if (!m) { return; }
                m.saveXML({ format: true }).then(r => {
                  const a = document.createElement('a');
                  a.href = URL.createObjectURL(new Blob([r.xml], { type: 'application/xml' }));
                  a.download = $0;
                  a.click();
                  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
                });
                """, fileName);
    }

    @ClientCallable
    void changed() {
        changed = true;
        changeListener.run();
    }

    @ClientCallable
    void importFailed(String message) {
        importFailedListener.accept(message);
    }

    private void render() {
        getElement()
                .executeJs(
                        StaticScripts.LOADER + """
                const host = this;
                const labels = JSON.parse($3);
                // the whole diagram in view, to the right of the palette that floats over the canvas's left edge
                const fitBesidePalette = canvas => {
                  canvas.zoom('fit-viewport', 'auto');
                  const palette = host.querySelector('.djs-palette');
                  const box = canvas.viewbox();
                  if (!palette || !box.outer.width || !box.inner.width) { return; }
                  const left = palette.getBoundingClientRect().right - host.querySelector('.bpmn-canvas')
                      .getBoundingClientRect().left + 16;
                  const margin = 16;
                  const scale = Math.min(1, (box.outer.width - left - margin) / box.inner.width,
                      (box.outer.height - 2 * margin) / box.inner.height);
                  canvas.viewbox({
                    x: box.inner.x - left / scale,
                    y: box.inner.y - (box.outer.height / scale - box.inner.height) / 2,
                    width: box.outer.width / scale,
                    height: box.outer.height / scale
                  });
                };
                const start = () => {
                  if (!host.__modeler) {
                    host.__modeler = new BpmnModeler({
                      container: host.querySelector('.bpmn-canvas'),
                      propertiesPanel: { parent: host.querySelector('.bpmn-properties') },
                      additionalModules: [{ translate: ['value', (template, replacements) => {
                        return (labels[template] || template).replace(/{([^}]+)}/g,
                            (all, key) => (replacements || {})[key] !== undefined ? replacements[key] : all);
                      }] }]
                    });
                    host.__modeler.on('commandStack.changed', e => {
                      if (e.trigger !== 'clear') { host.$server.changed(); }
                    });
                    // the canvas may still change size (layout, the modeler's stylesheet arriving) after
                    // the import: fit again then, until the administrator moves or zooms the view
                    const container = host.querySelector('.bpmn-canvas');
                    ['wheel', 'mousedown', 'touchstart', 'keydown'].forEach(type =>
                        container.addEventListener(type, () => { host.__viewMoved = true; }, { passive: true }));
                    host.__refit = () => {
                      if (host.__imported && !host.__viewMoved) {
                        const canvas = host.__modeler.get('canvas');
                        canvas.resized();
                        fitBesidePalette(canvas);
                      }
                    };
                    new ResizeObserver(() => host.__refit()).observe(container);
                  }
                  host.__viewMoved = false;
                  host.__modeler.importXML($0)
                    .then(() => { host.__imported = true; fitBesidePalette(host.__modeler.get('canvas')); })
                    .catch(e => host.$server.importFailed(String(e && e.message || e)));
                };
                if (!document.getElementById('bpmn-modeler-style')) {
                  const link = document.createElement('link');
                  link.id = 'bpmn-modeler-style';
                  link.rel = 'stylesheet';
                  link.href = $2;
                  link.addEventListener('load', () => host.__refit && host.__refit());
                  document.head.appendChild(link);
                }
                whenLoaded('bpmn-modeler-script', $1, 'BpmnModeler', start);
                """,
                        importedXml,
                        SCRIPT,
                        STYLE,
                        "zh".equals(getLocale().getLanguage()) ? CHINESE_LABELS : "{}");
    }

    private static String resource(String name) {
        try (InputStream in = BpmnModeler.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
