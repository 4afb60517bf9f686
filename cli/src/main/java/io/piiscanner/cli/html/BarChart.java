package io.piiscanner.cli.html;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn as inline SVG: a label, a bar as long as its share of the largest
 * value, and the value. Nothing is computed in the browser, so the chart is what was counted.
 */
public final class BarChart {

    /**
     * One bar.
     *
     * @param label what is counted; long labels are cut to their end, and shown whole on hover
     * @param value the count
     * @param tone  a colour of the stylesheet ({@code critical}, {@code high}, ...), or {@code null}
     */
    public record Bar(String label, long value, String tone) {}

    private static final int WIDTH = 480;
    private static final int LABEL_WIDTH = 190;
    private static final int VALUE_WIDTH = 70;
    private static final int BAR_SPACE = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    private static final int ROW = 24;
    private static final int BAR = 16;
    private static final int LABEL_CHARS = 26;

    private BarChart() {}

    /** Writes a figure with its caption and the bars, or a note when there is nothing to draw. */
    public static void write(Writer out, String id, String caption, List<Bar> bars, String footnote)
            throws IOException {
        out.write("<figure class=\"chart\" id=\"" + id + "\"><figcaption>" + Html.escape(caption) + "</figcaption>");
        if (bars.isEmpty()) {
            out.write("<p class=\"note\">Nothing to show.</p>");
        } else {
            drawBars(out, caption, bars);
        }
        if (footnote != null) {
            out.write("<p class=\"note\">" + Html.escape(footnote) + "</p>");
        }
        out.write("</figure>\n");
    }

    private static void drawBars(Writer out, String caption, List<Bar> bars) throws IOException {
        long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
        out.write("<svg class=\"bars\" viewBox=\"0 0 " + WIDTH + " " + bars.size() * ROW
                + "\" role=\"img\" aria-label=\"" + Html.escape(caption) + "\">");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double length = max == 0 ? 0 : Math.max(bar.value() > 0 ? 1 : 0, (double) bar.value() / max * BAR_SPACE);
            int top = i * ROW + (ROW - BAR) / 2;
            int baseline = top + BAR - 4;
            out.write("<g class=\"bar\"><title>" + Html.escape(bar.label() + ": " + Html.count(bar.value()))
                    + "</title>");
            out.write("<text class=\"label\" x=\"" + (LABEL_WIDTH - 8) + "\" y=\"" + baseline
                    + "\" text-anchor=\"end\">" + Html.escape(shorten(bar.label())) + "</text>");
            out.write("<rect" + (bar.tone() == null ? "" : " class=\"tone-" + bar.tone() + "\"") + " x=\""
                    + LABEL_WIDTH + "\" y=\"" + top + "\" width=\"" + format(length) + "\" height=\"" + BAR
                    + "\" rx=\"2\"></rect>");
            out.write("<text class=\"value\" x=\"" + format(LABEL_WIDTH + length + 6) + "\" y=\"" + baseline + "\">"
                    + Html.count(bar.value()) + "</text></g>");
        }
        out.write("</svg>");
    }

    /** The end of a long label, which for a path is the file name. */
    static String shorten(String label) {
        int chars = label.codePointCount(0, label.length());
        if (chars <= LABEL_CHARS) {
            return label;
        }
        return "\u2026" + label.substring(label.offsetByCodePoints(0, chars - (LABEL_CHARS - 1)));
    }

    private static String format(double pixels) {
        return String.format(Locale.ROOT, "%.1f", pixels);
    }
}
