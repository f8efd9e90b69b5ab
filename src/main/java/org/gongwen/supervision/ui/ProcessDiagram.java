package org.gongwen.supervision.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongwen.shared.ui.StaticScripts;
import org.gongwen.supervision.internal.StepWaits;

/**
 * A process model as the picture: bpmn-js's navigated viewer (Camunda's prebuilt bundle, served
 * beside the modeler) with, on every step, a badge of how many wait there now and the median wait,
 * and the step filled by its 90th-percentile wait (pale green to red: a heatmap). A click on a step
 * tells the server which one.
 */
class ProcessDiagram extends Div {

    private static final String SCRIPT = "./vendor/camunda-bpmn-js/camunda-platform-navigated-viewer.min.js";
    private static final String STYLE = "./vendor/camunda-bpmn-js/assets/camunda-platform-navigated-viewer.css";

    private static final ObjectMapper JSON = new ObjectMapper();

    private transient SerializableConsumer<String> stepListener = id -> {};
    private String xml;
    private String overlays = "[]";

    ProcessDiagram() {
        addClassName("process-diagram");
        getStyle()
                .set("width", "100%")
                .set("height", "46vh")
                .set("position", "relative")
                .set("background", "white")
                .set("border", "1px solid var(--lumo-contrast-20pct)");
        addAttachListener(e -> render());
    }

    void onStepClick(SerializableConsumer<String> listener) {
        this.stepListener = listener;
    }

    /** Shows a model with each step's figures; {@code label} writes a step's badge. */
    void show(String modelXml, List<StepWaits> steps, java.util.function.Function<StepWaits, String> label) {
        double worst = steps.stream()
                .map(StepWaits::p90Hours)
                .filter(java.util.Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(0);
        List<Map<String, Object>> marks = new ArrayList<>();
        for (StepWaits s : steps) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.activityId());
            m.put("text", label.apply(s));
            m.put("waiting", s.waitingNow());
            m.put("fill", heat(s.p90Hours(), worst));
            m.put("slowest", s.slowest());
            marks.add(m);
        }
        xml = modelXml;
        try {
            overlays = JSON.writeValueAsString(marks);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (isAttached()) {
            render();
        }
    }

    /** No wait yet: white; else from pale green (quick) through yellow to red (the process's slowest). */
    static String heat(Double p90, double worst) {
        if (p90 == null || worst <= 0) {
            return "#ffffff";
        }
        double share = Math.min(1, p90 / worst);
        int hue = (int) Math.round(120 * (1 - share));
        return "hsl(" + hue + ", 75%, " + (88 - Math.round(share * 18)) + "%)";
    }

    @ClientCallable
    void stepClicked(String activityId) {
        stepListener.accept(activityId);
    }

    private void render() {
        if (xml == null) {
            return;
        }
        getElement().executeJs(StaticScripts.LOADER + """
                const host = this;
                const marks = JSON.parse($1);
                const start = () => {
                  if (!host.__viewer) {
                    host.__viewer = new BpmnNavigatedViewer({ container: host });
                    host.__viewer.on('element.click', e => {
                      if (marks.some(m => m.id === e.element.id) || host.__marks.some(m => m.id === e.element.id)) {
                        host.$server.stepClicked(e.element.id);
                      }
                    });
                  }
                  host.__marks = marks;
                  host.__viewer.importXML($0).then(() => {
                    const viewer = host.__viewer;
                    const overlays = viewer.get('overlays');
                    const registry = viewer.get('elementRegistry');
                    overlays.clear();
                    viewer.get('canvas').zoom('fit-viewport', 'auto');
                    marks.forEach(m => {
                      const element = registry.get(m.id);
                      if (!element) { return; }
                      const shape = registry.getGraphics(element).querySelector('.djs-visual > rect, .djs-visual > circle');
                      if (shape) { shape.style.fill = m.fill; }
                      const badge = document.createElement('div');
                      badge.className = 'process-step-badge' + (m.slowest ? ' slowest' : '');
                      badge.dataset.step = m.id;
                      badge.textContent = m.text;
                      badge.style.cssText = 'cursor:pointer;white-space:nowrap;font-size:12px;padding:1px 6px;'
                        + 'border-radius:9px;color:white;background:' + (m.waiting > 0 ? '#c0392b' : '#607d8b')
                        + (m.slowest ? ';outline:2px solid #e6a23c' : '');
                      badge.addEventListener('click', () => host.$server.stepClicked(m.id));
                      overlays.add(m.id, { position: { bottom: 4, left: -4 }, html: badge });
                    });
                  });
                };
                if (!document.getElementById('bpmn-viewer-style')) {
                  const link = document.createElement('link');
                  link.id = 'bpmn-viewer-style';
                  link.rel = 'stylesheet';
                  link.href = $3;
                  document.head.appendChild(link);
                }
                whenLoaded('bpmn-viewer-script', $2, 'BpmnNavigatedViewer', start);
                """, xml, overlays, SCRIPT, STYLE);
    }
}
