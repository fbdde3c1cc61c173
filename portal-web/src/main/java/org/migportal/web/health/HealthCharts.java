package org.migportal.web.health;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.migportal.health.boundary.HealthTrend;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart} (its {@code value} is the configuration as
 * JSON): a line per country for a rate over months, bars per country for counts per quarter. Built
 * with a JSON generator, and with {@code <} escaped, because the page writes it into a script.
 */
final class HealthCharts {

    /** Colours that stay apart for readers with the common colour-vision deficiencies (Okabe–Ito). */
    private static final List<String> COLOURS = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
            "#D55E00", "#F0E442", "#000000");

    private HealthCharts() {
    }

    static String rateLines(HealthTrend trend, String axisTitle) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < trend.series().size(); i++) {
            HealthTrend.Series series = trend.series().get(i);
            String colour = COLOURS.get(i % COLOURS.size());
            datasets.add(Json.createObjectBuilder()
                    .add("label", series.countryName())
                    .add("data", values(series.values()))
                    .add("borderColor", colour)
                    .add("backgroundColor", colour)
                    .add("spanGaps", true)
                    .add("tension", 0.2));
        }
        JsonObjectBuilder y = Json.createObjectBuilder().add("min", 0).add("max", 100)
                .add("title", Json.createObjectBuilder().add("display", true).add("text", axisTitle));
        return config("line", trend, datasets, y);
    }

    static String countBars(HealthTrend trend, String axisTitle) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < trend.series().size(); i++) {
            HealthTrend.Series series = trend.series().get(i);
            datasets.add(Json.createObjectBuilder()
                    .add("label", series.countryName())
                    .add("data", values(series.values()))
                    .add("backgroundColor", COLOURS.get(i % COLOURS.size())));
        }
        JsonObjectBuilder y = Json.createObjectBuilder().add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0))
                .add("title", Json.createObjectBuilder().add("display", true).add("text", axisTitle));
        return config("bar", trend, datasets, y);
    }

    private static String config(String type, HealthTrend trend, JsonArrayBuilder datasets, JsonObjectBuilder y) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        trend.periods().forEach(labels::add);
        String json = Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("position", "bottom")))
                        .add("scales", Json.createObjectBuilder().add("y", y)))
                .build().toString();
        return json.replace("<", "\\u003c");
    }

    private static JsonArrayBuilder values(List<Integer> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(value -> {
            if (value == null) {
                array.addNull();
            } else {
                array.add(value);
            }
        });
        return array;
    }
}
