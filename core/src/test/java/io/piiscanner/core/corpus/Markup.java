package io.piiscanner.core.corpus;

import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.format.InputFormat;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The labels of the realistic corpus, written inline: {@code ⟦IP 10.251.43.21⟧} marks the value
 * {@code 10.251.43.21} as an {@code IP_ADDRESS}. Reading a fixture strips the brackets and the type,
 * so the text scanned is the text as it was, and each label's span is exact by construction.
 * {@code ⟦} and {@code ⟧} (U+27E6, U+27E7) occur in none of the texts the corpus is made of.
 */
public final class Markup {

    static final String OPEN = "⟦";
    static final String CLOSE = "⟧";

    /** The short names a label may use, for readable fixtures. */
    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("CARD", EntityTypes.CREDIT_CARD),
            Map.entry("SSN", EntityTypes.US_SSN),
            Map.entry("ITIN", EntityTypes.US_ITIN),
            Map.entry("EMAIL", EntityTypes.EMAIL_ADDRESS),
            Map.entry("PHONE", EntityTypes.PHONE_NUMBER),
            Map.entry("IP", EntityTypes.IP_ADDRESS),
            Map.entry("IBAN", EntityTypes.IBAN_CODE),
            Map.entry("ABA", EntityTypes.ABA_ROUTING_NUMBER),
            Map.entry("BANK", EntityTypes.US_BANK_NUMBER),
            Map.entry("AWS_KEY", EntityTypes.AWS_ACCESS_KEY),
            Map.entry("AWS_SECRET", EntityTypes.AWS_SECRET_KEY),
            Map.entry("CRYPTO", EntityTypes.CRYPTO),
            Map.entry("PASSPORT", EntityTypes.US_PASSPORT),
            Map.entry("DL", EntityTypes.US_DRIVER_LICENSE),
            Map.entry("DOB", EntityTypes.DATE_OF_BIRTH));

    private Markup() {}

    /**
     * The document a labelled fixture describes: its text without the markup, as UTF-8, and one
     * {@link Planted} per label, whose variant is {@code variant}.
     *
     * @throws IllegalArgumentException on an unknown type, an empty value, an unclosed or a nested
     *                                  label, naming the fixture and the line
     */
    public static Document parse(String name, String variant, String labelled) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(labelled.length());
        List<Planted> planted = new ArrayList<>();
        int i = 0;
        while (true) {
            int open = labelled.indexOf(OPEN, i);
            int close = labelled.indexOf(CLOSE, i);
            if (close >= 0 && (open < 0 || close < open)) {
                throw error(name, labelled, close, "'" + CLOSE + "' without '" + OPEN + "'");
            }
            if (open < 0) {
                write(out, labelled.substring(i));
                break;
            }
            write(out, labelled.substring(i, open));
            int next = labelled.indexOf(OPEN, open + 1);
            if (close < 0 || (next >= 0 && next < close)) {
                throw error(name, labelled, open, "label not closed before the next one or the end");
            }
            String body = labelled.substring(open + OPEN.length(), close);
            int space = body.indexOf(' ');
            String type = space < 0 ? null : TYPES.get(body.substring(0, space));
            if (type == null) {
                throw error(
                        name,
                        labelled,
                        open,
                        "a label is '" + OPEN + "TYPE value" + CLOSE + "' with TYPE one of "
                                + TYPES.keySet().stream().sorted().toList());
            }
            String value = body.substring(space + 1);
            if (value.isBlank() || value.contains("\n")) {
                throw error(name, labelled, open, "a label's value is one line of text");
            }
            long start = out.size();
            write(out, value);
            planted.add(new Planted(name, type, start, out.size(), value, variant));
            i = close + CLOSE.length();
        }
        return new Document(name, InputFormat.fromName(name), out.toByteArray(), planted, List.of());
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    private static IllegalArgumentException error(String name, String text, int at, String message) {
        long line = text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        return new IllegalArgumentException(name + ":" + line + ": " + message);
    }
}
