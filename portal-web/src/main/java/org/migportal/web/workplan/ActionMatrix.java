package org.migportal.web.workplan;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.migportal.workplan.entity.Action;
import org.migportal.workplan.entity.ActionAssessment;

/**
 * The difficulty × cost matrix as a Chart.js bubble chart configuration for {@code p:chart}: one bubble per
 * rated open action (a dataset each, so the legend names them), its size the members' commitment. The
 * configuration is written into a script by PrimeFaces, so the characters that could end the script are
 * escaped inside the JSON strings.
 */
final class ActionMatrix {

    private static final String[] COLOURS = {"#1f6f4a", "#1257a0", "#b7791f", "#8e3b8e", "#c0392b", "#2c7a7b",
        "#5a6b1f", "#6b4f2a"};
    private static final int NEUTRAL = 3;

    private ActionMatrix() {
    }

    /** The rated actions only; their place in the suggested order numbers them. */
    static List<Action> plotted(List<Action> suggested) {
        return suggested.stream().filter(a -> a.getAssessment() != null && a.getAssessment().isRated()).toList();
    }

    static String config(List<Action> suggested, String difficultyLabel, String costLabel, boolean rightToLeft) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int place = 0;
        for (Action action : suggested) {
            place++;
            ActionAssessment assessment = action.getAssessment();
            if (assessment == null || !assessment.isRated()) {
                continue;
            }
            int commitment = assessment.getCommitment() == null ? NEUTRAL : assessment.getCommitment();
            String colour = COLOURS[(place - 1) % COLOURS.length];
            datasets.add(Json.createObjectBuilder()
                    .add("label", place + ". " + action.getTitle())
                    .add("data", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("x", assessment.getDifficulty().effective())
                            .add("y", assessment.getCost().effective())
                            .add("r", 5 + 3 * commitment)))
                    .add("backgroundColor", colour + "99")
                    .add("borderColor", colour));
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", Json.createObjectBuilder()
                        .add("x", axis(difficultyLabel, rightToLeft))
                        .add("y", axis(costLabel, false)))
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "bottom").add("rtl", rightToLeft))
                        .add("tooltip", Json.createObjectBuilder().add("rtl", rightToLeft)));
        String json = Json.createObjectBuilder()
                .add("type", "bubble")
                .add("data", Json.createObjectBuilder().add("datasets", datasets))
                .add("options", options)
                .build().toString();
        return scriptSafe(json);
    }

    private static JsonObjectBuilder axis(String title, boolean reverse) {
        return Json.createObjectBuilder()
                .add("min", 0).add("max", 6).add("reverse", reverse)
                .add("ticks", Json.createObjectBuilder().add("stepSize", 1))
                .add("title", Json.createObjectBuilder().add("display", true).add("text", title));
    }

    /** These characters only occur inside JSON strings, where the escapes mean the same. */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
