package org.gongwen.shared.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * An Apache ECharts chart. The library is served as a static script ({@code vendor/echarts}, fetched
 * at build time) and loaded once per page; the chart's option is plain JSON. A click on a data item
 * reaches the server as (series name, category name), for drill-downs.
 */
public class EChart extends Div {

    private static final String SCRIPT = "./vendor/echarts/echarts.min.js";
    private static final ObjectMapper JSON = new ObjectMapper();

    private transient BiConsumer<String, String> clickListener = (series, category) -> {};
    private String option = "{}";

    public EChart() {
        addClassName("echart");
        setWidthFull();
        setHeight("320px");
        addAttachListener(e -> render());
    }

    public void setOption(Map<String, Object> option) {
        try {
            this.option = JSON.writeValueAsString(option);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("chart option is not JSON", e);
        }
        if (isAttached()) {
            render();
        }
    }

    /** The option as JSON, as the browser gets it. */
    public String option() {
        return option;
    }

    public void onClick(BiConsumer<String, String> listener) {
        this.clickListener = listener;
    }

    @ClientCallable
    public void clicked(String series, String category) {
        clickListener.accept(series, category);
    }

    private void render() {
        getElement().executeJs(StaticScripts.LOADER + """
                const el = this;
                const draw = () => {
                  const chart = echarts.getInstanceByDom(el) || echarts.init(el);
                  chart.setOption(JSON.parse($0), true);
                  chart.off('click');
                  chart.on('click', p => el.$server.clicked(p.seriesName || '', p.name || ''));
                  if (!el.__resize) { el.__resize = new ResizeObserver(() => chart.resize()); el.__resize.observe(el); }
                };
                whenLoaded('echarts-script', $1, 'echarts', draw);
                """, option, SCRIPT);
    }
}
