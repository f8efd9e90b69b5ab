package org.gongwen.supervision.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gongwen.organization.UnitKind;
import org.gongwen.shared.ui.EChart;
import org.gongwen.supervision.internal.WeeklyTrend;

/** Per week and kind of unit: documents sent, and the median working hours to send and to sign for. */
class TrendsPanel extends VerticalLayout {

    final EChart chart = new EChart();
    final Grid<WeeklyTrend> table = new Grid<>();

    TrendsPanel(ProcessWords words) {
        setPadding(false);
        chart.setId("chart-process-trends");
        table.setId("process-trends");
        table.addColumn(w -> getTranslation("processes.weekOf", w.week().toString()))
                .setHeader(getTranslation("processes.col.week"))
                .setAutoWidth(true);
        table.addColumn(w -> getTranslation("unitKind." + w.unitKind().name()))
                .setHeader(getTranslation("processes.col.unitKind"));
        table.addColumn(WeeklyTrend::documentsSent).setHeader(getTranslation("processes.col.documentsSent"));
        table.addColumn(w -> words.hours(w.medianHoursToSend()))
                .setHeader(getTranslation("processes.col.medianToSend"));
        table.addColumn(WeeklyTrend::signedFor).setHeader(getTranslation("processes.col.signedFor"));
        table.addColumn(w -> words.hours(w.medianHoursToSignFor()))
                .setHeader(getTranslation("processes.col.medianToSignFor"));
        table.setAllRowsVisible(true);
        table.setEmptyStateText(getTranslation("processes.noTrends"));
        add(chart, table);
    }

    void show(List<WeeklyTrend> trends) {
        table.setItems(trends);
        List<String> weeks = new ArrayList<>(
                new TreeSet<>(trends.stream().map(w -> w.week().toString()).toList()));
        List<Object> series = new ArrayList<>();
        for (UnitKind kind :
                new TreeSet<>(trends.stream().map(WeeklyTrend::unitKind).toList())) {
            List<Object> data = new ArrayList<>();
            for (String week : weeks) {
                data.add(trends.stream()
                        .filter(w -> w.unitKind() == kind && w.week().toString().equals(week))
                        .mapToLong(WeeklyTrend::documentsSent)
                        .sum());
            }
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", getTranslation("unitKind." + kind.name()));
            s.put("type", "bar");
            s.put("stack", "documents");
            s.put("data", data);
            series.add(s);
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        option.put("xAxis", Map.of("type", "category", "data", weeks));
        option.put(
                "yAxis",
                Map.of("type", "value", "minInterval", 1, "name", getTranslation("processes.col.documentsSent")));
        option.put("series", series);
        chart.setOption(option);
    }
}
