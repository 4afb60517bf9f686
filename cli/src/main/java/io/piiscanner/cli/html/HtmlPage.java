package io.piiscanner.cli.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * The frame of an HTML report: one self-contained file that opens from a mail attachment or an
 * air-gapped share. The stylesheet and the script are inline, and a Content-Security-Policy names
 * them by hash and forbids everything else: no request for a script, style, font, image or frame
 * can leave the page, and markup that slipped past escaping could not run script.
 */
public final class HtmlPage {

    private static final String STYLE = resource("report.css");
    private static final String SCRIPT = resource("report.js");

    /** The page's Content-Security-Policy. */
    public static final String POLICY = "default-src 'none'; style-src '" + sha256(STYLE) + "'; script-src '"
            + sha256(SCRIPT) + "'; base-uri 'none'; form-action 'none'";

    /** One figure of the totals at the top of a report. */
    public record Stat(String name, String value) {}

    private HtmlPage() {}

    /** Writes everything up to the report's content: head, stylesheet and the report's title. */
    public static void begin(Writer out, String title, String subtitle) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"" + POLICY + "\">\n");
        out.write("<meta name=\"referrer\" content=\"no-referrer\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<title>" + Html.escape(title) + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n<main>\n");
        out.write("<header><h1>" + Html.escape(title) + "</h1><p class=\"meta\">" + Html.escape(subtitle)
                + "</p></header>\n");
    }

    /** Writes the script and closes the page. */
    public static void end(Writer out) throws IOException {
        out.write("</main>\n<script>" + SCRIPT + "</script>\n</body>\n</html>\n");
    }

    /**
     * Opens the summary, which the stylesheet shows first wherever it is written, with the
     * verdict in one sentence.
     */
    public static void beginSummary(Writer out, String verdict) throws IOException {
        out.write("<section class=\"summary\" aria-labelledby=\"summary-title\">\n"
                + "<h2 id=\"summary-title\">Summary</h2>\n<p class=\"verdict\">" + Html.escape(verdict) + "</p>\n");
    }

    /** Closes the summary. */
    public static void endSummary(Writer out) throws IOException {
        out.write("</section>\n");
    }

    /** Writes figures as a row of tiles. */
    public static void stats(Writer out, List<Stat> stats) throws IOException {
        out.write("<dl class=\"totals\">");
        for (Stat s : stats) {
            out.write("<div><dt>" + Html.escape(s.name()) + "</dt><dd>" + Html.escape(s.value()) + "</dd></div>");
        }
        out.write("</dl>\n");
    }

    private static String resource(String name) {
        try (InputStream in = HtmlPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSP source expression for an inline element with this content. */
    private static String sha256(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
