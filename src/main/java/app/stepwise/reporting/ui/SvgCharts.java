package app.stepwise.reporting.ui;

import app.stepwise.reporting.internal.XmlText;
import java.util.List;
import java.util.Locale;

/**
 * Two small charts drawn as SVG on the server, so no charting library has to be bundled for the browser: columns
 * (a count per month) and a funnel (stages that narrow). The output scales to its container through its viewBox,
 * says what it shows in {@code <title>} and {@code <desc>}, and escapes every piece of text it is given, so it is
 * safe to insert as markup.
 */
public final class SvgCharts {
    /** One bar: its label and value. */
    public record Bar(String label, long value) {
    }

    // Small drawing units, so that text stays legible when a phone scales the chart down to its width.
    private static final int WIDTH = 420;
    private static final int COLUMNS_HEIGHT = 230;
    private static final int PLOT_TOP = 22;
    private static final int PLOT_BOTTOM = 180;
    private static final int FUNNEL_ROW = 34;
    private static final int FUNNEL_LABELS = 112;

    private SvgCharts() {
    }

    /**
     * Vertical columns, one per bar in order, each valued above and labelled below; a label may have a second line
     * after a newline (the year under a month, say).
     */
    public static String columns(String title, List<Bar> bars) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(0));
        var svg = open(title, describe(bars), WIDTH, COLUMNS_HEIGHT);
        svg.append("<line class=\"chart-axis\" x1=\"0\" y1=\"").append(PLOT_BOTTOM).append("\" x2=\"").append(WIDTH)
                .append("\" y2=\"").append(PLOT_BOTTOM).append("\" stroke=\"#cbd2d9\"/>");
        double slot = (double) WIDTH / Math.max(1, bars.size());
        for (int i = 0; i < bars.size(); i++) {
            var bar = bars.get(i);
            double height = (PLOT_BOTTOM - PLOT_TOP) * (double) bar.value() / max;
            double x = i * slot + slot * 0.15;
            double middle = i * slot + slot / 2;
            svg.append("<g class=\"chart-bar\"><title>").append(escape(bar.label().replace('\n', ' ') + ": " + bar.value())).append("</title>")
                    .append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(PLOT_BOTTOM - height))
                    .append("\" width=\"").append(number(slot * 0.7)).append("\" height=\"").append(number(height))
                    .append("\" rx=\"3\" fill=\"#1d5f8a\"/>")
                    .append(text(middle, PLOT_BOTTOM - height - 6, "chart-value", "middle", Long.toString(bar.value())));
            var lines = bar.label().split("\n", 2);
            for (int line = 0; line < lines.length; line++) {
                svg.append(text(middle, PLOT_BOTTOM + 18 + line * 17, "chart-label", "middle", lines[line]));
            }
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    /** Horizontal bars from the first stage (full width) down, each with its count and share of the first. */
    public static String funnel(String title, List<Bar> stages) {
        long first = stages.isEmpty() ? 0 : stages.getFirst().value();
        int height = Math.max(1, stages.size()) * FUNNEL_ROW + 8;
        var svg = open(title, describe(stages), WIDTH, height);
        double room = WIDTH - FUNNEL_LABELS - 78;
        for (int i = 0; i < stages.size(); i++) {
            var stage = stages.get(i);
            double share = first == 0 ? 0 : (double) stage.value() / first;
            double y = i * FUNNEL_ROW + 4;
            String value = stage.value() + (first == 0 ? "" : " (" + Math.round(share * 100) + "%)");
            svg.append("<g class=\"chart-stage\"><title>").append(escape(stage.label() + ": " + value)).append("</title>")
                    .append(text(FUNNEL_LABELS - 8, y + 18, "chart-label", "end", stage.label()))
                    .append("<rect x=\"").append(FUNNEL_LABELS).append("\" y=\"").append(number(y)).append("\" width=\"")
                    .append(number(Math.max(2, room * share))).append("\" height=\"").append(FUNNEL_ROW - 10)
                    .append("\" rx=\"3\" fill=\"").append(i == stages.size() - 1 ? "#1d6b41" : "#1d5f8a").append("\"/>")
                    .append(text(FUNNEL_LABELS + Math.max(2, room * share) + 6, y + 18, "chart-value", "start", value))
                    .append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title, String description, int width, int height) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" preserveAspectRatio=\"xMidYMid meet\"")
                .append(" font-family=\"sans-serif\" font-size=\"12\"><title>").append(escape(title)).append("</title><desc>")
                .append(escape(description)).append("</desc>");
    }

    private static String describe(List<Bar> bars) {
        return String.join(", ", bars.stream().map(b -> b.label().replace('\n', ' ') + " " + b.value()).toList());
    }

    private static String text(double x, double y, String kind, String anchor, String content) {
        return "<text class=\"" + kind + "\" x=\"" + number(x) + "\" y=\"" + number(y) + "\" text-anchor=\"" + anchor
                + "\" fill=\"#3e4c59\">" + escape(content) + "</text>";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return XmlText.escape(text);
    }
}
