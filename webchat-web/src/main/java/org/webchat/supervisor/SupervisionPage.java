package org.webchat.supervisor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObjectBuilder;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import org.webchat.console.LanguageSwitch;
import org.webchat.console.Texts;
import org.webchat.json.Json;
import org.webchat.supervision.AgentStatus;
import software.xdev.chartjs.model.charts.BarChart;
import software.xdev.chartjs.model.charts.LineChart;
import software.xdev.chartjs.model.data.BarData;
import software.xdev.chartjs.model.data.LineData;
import software.xdev.chartjs.model.dataset.BarDataset;
import software.xdev.chartjs.model.dataset.LineDataset;
import software.xdev.chartjs.model.options.BarOptions;
import software.xdev.chartjs.model.options.LegendOptions;
import software.xdev.chartjs.model.options.LineOptions;
import software.xdev.chartjs.model.options.Options;
import software.xdev.chartjs.model.options.Plugins;
import software.xdev.chartjs.model.options.scale.Scales;
import software.xdev.chartjs.model.options.scale.cartesian.category.CategoryScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.category.CategoryTickOptions;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearTickOptions;

/**
 * What the supervision page's script needs from the server (issue 12): its texts (bundle keys {@code supervision.*})
 * in the supervisor's language and the Chart.js models PrimeFaces draws the charts from. The charts start empty; the
 * board frames of the supervisor socket fill them and everything else, live.
 */
@Named("supervision")
@RequestScoped
public class SupervisionPage {

    private static final String PREFIX = "supervision.";
    /** The charts' colours, as the page's own (supervisor.css), all AA on white. */
    static final String BLUE = "#1f5fbf";
    static final String GREEN = "#1a7f37";
    static final String RED = "#b3261e";
    /** One per state of {@link AgentStatus}, in its order. */
    private static final List<String> STATE_COLOURS = List.of("#6e7781", RED, GREEN, "#9a6700", "#6f42c1");

    @Inject
    LanguageSwitch language;

    public String getTextsJson() {
        return Texts.jsonOf(PREFIX, language.getLocale());
    }

    /** The supervisor's language and name. */
    public String getConfigJson() {
        JsonObjectBuilder config = Json.createObjectBuilder().add("language", language.getCode())
                .add("login", String.valueOf(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser()));
        return Texts.scriptSafe(config.build().toString());
    }

    /** Interactions per quarter of an hour today: offered, answered, abandoned (bars by the quarter they arrived in). */
    public String getInteractionsChart() {
        BarData data = new BarData()
                .addDataset(bars(text("chart.offered"), BLUE))
                .addDataset(bars(text("chart.answered"), GREEN))
                .addDataset(bars(text("chart.abandoned"), RED));
        return Texts.scriptSafe(new BarChart(data, fit(new BarOptions(), counts(), true)).toJson());
    }

    /** The service level of each quarter of an hour today, 0 to 100 %. */
    public String getServiceLevelChart() {
        LineDataset line = new LineDataset().setLabel(text("chart.serviceLevel"));
        line.setBorderColor(BLUE);
        line.setBackgroundColor(BLUE);
        line.setSpanGaps(true);
        LinearScaleOptions percent = new LinearScaleOptions().setMin(0).setMax(100);
        return Texts.scriptSafe(new LineChart(new LineData().addDataset(line), fit(new LineOptions(), percent, true)).toJson());
    }

    /** The agents by state (SUP-03), one bar each. */
    public String getAgentsChart() {
        BarDataset agents = new BarDataset().setLabel(text("chart.agents"));
        STATE_COLOURS.forEach(agents::addBackgroundColor);
        BarData data = new BarData().addDataset(agents);
        Arrays.stream(AgentStatus.values()).forEach(state -> data.addLabel(text("state." + state.name())));
        return Texts.scriptSafe(new BarChart(data, fit(new BarOptions(), counts(), false)).toJson());
    }

    /**
     * The board's way with every chart: it fills its box, redraws live without animation, reads its time axis at a
     * glance (a few labels, never slanted) and its legend below.
     */
    private static <O extends Options<O, ?>> O fit(O options, LinearScaleOptions y, boolean legend) {
        return options.setResponsive(true).setMaintainAspectRatio(false).setAnimation(false)
                .setScales(new Scales().addScale("x", new CategoryScaleOptions().setTicks(new CategoryTickOptions()
                        .setMaxRotation(0).setAutoSkip(true).setMaxTicksLimit(8))).addScale("y", y))
                .setPlugins(new Plugins().setLegend(legend ? new LegendOptions().setPosition("bottom")
                        : new LegendOptions().setDisplay(false)));
    }

    /** A count's axis: from zero, whole numbers. */
    private static LinearScaleOptions counts() {
        return new LinearScaleOptions().setBeginAtZero(true).setTicks(new LinearTickOptions().setPrecision(0));
    }

    private static BarDataset bars(String label, String colour) {
        return new BarDataset().setLabel(label).setBackgroundColor(colour);
    }

    private String text(String key) {
        return ResourceBundle.getBundle(Texts.BUNDLE, language.getLocale()).getString(PREFIX + key);
    }
}
