package io.piiscanner.cli.html;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The parts of a report table that the page's script filters and sorts: a section holding a
 * heading, controls, a table and a count of the rows shown. Each row carries the values it is
 * filtered by as {@code data-} attributes named by the controls' {@code data-filter}; a cell may
 * carry the value it sorts by as {@code data-value}. The stylesheet shows the controls above the
 * table wherever they are written, so a streaming writer can write them after its last row.
 */
public final class RowTable {

    /** How a column sorts when its heading is clicked. */
    public enum Sort {
        /** Not sortable. */
        NONE,
        /** By text, digit runs compared as numbers. */
        TEXT,
        /** By number, right-aligned. */
        NUMBER
    }

    /** A column heading. */
    public record Column(String name, Sort sort) {}

    /** One entry of a filter list: the value rows carry, and what the list shows. */
    public record Choice(String value, String label) {}

    private RowTable() {}

    /** Opens the section with its heading. */
    public static void beginSection(Writer out, String id, String heading) throws IOException {
        out.write("<section class=\"rows-section\" id=\"" + id + "\" aria-labelledby=\"" + id + "-title\">\n<h2 id=\""
                + id + "-title\">" + Html.escape(heading) + "</h2>\n");
    }

    /** Closes the section. */
    public static void endSection(Writer out) throws IOException {
        out.write("</section>\n");
    }

    /** Opens the table with its column headings; rows follow. */
    public static void beginTable(Writer out, List<Column> columns) throws IOException {
        out.write("<div class=\"table-wrap\"><table class=\"rows\"><thead><tr>");
        for (Column c : columns) {
            String name = Html.escape(c.name());
            switch (c.sort()) {
                case NONE -> out.write("<th>" + name + "</th>");
                case TEXT -> out.write("<th data-sort=\"text\"><button type=\"button\">" + name + "</button></th>");
                case NUMBER ->
                    out.write("<th class=\"num\" data-sort=\"number\"><button type=\"button\">" + name
                            + "</button></th>");
            }
        }
        out.write("</tr></thead>\n<tbody>\n");
    }

    /** Closes the table. */
    public static void endTable(Writer out) throws IOException {
        out.write("</tbody></table></div>\n");
    }

    /** Opens a row that carries the given filter values. */
    public static void beginRow(Writer out, Map<String, String> filterValues) throws IOException {
        out.write("<tr");
        for (Map.Entry<String, String> e : filterValues.entrySet()) {
            out.write(" data-" + e.getKey() + "=\"" + Html.escape(e.getValue()) + "\"");
        }
        out.write('>');
    }

    /** Opens the controls. */
    public static void beginControls(Writer out) throws IOException {
        out.write("<div class=\"controls\" role=\"search\">");
    }

    /** A list that keeps the rows whose {@code filter} value is the one chosen. */
    public static void select(Writer out, String label, String filter, String all, List<Choice> choices)
            throws IOException {
        out.write("<label>" + Html.escape(label) + " <select data-filter=\"" + filter + "\"><option value=\"\">"
                + Html.escape(all) + "</option>");
        for (Choice c : choices) {
            out.write("<option value=\"" + Html.escape(c.value()) + "\">" + Html.escape(c.label()) + "</option>");
        }
        out.write("</select></label>");
    }

    /** A text box that keeps the rows whose {@code filter} value contains what is typed. */
    public static void search(Writer out, String label, String filter, String placeholder) throws IOException {
        out.write("<label>" + Html.escape(label) + " <input type=\"search\" data-filter=\"" + filter
                + "\" placeholder=\"" + Html.escape(placeholder) + "\"></label>");
    }

    /** Closes the controls, after the place where the script counts the rows shown. */
    public static void endControls(Writer out) throws IOException {
        out.write("<p class=\"shown\" aria-live=\"polite\"></p></div>\n");
    }
}
