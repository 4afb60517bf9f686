package io.piiscanner.core.format;

import io.piiscanner.core.swar.Swar;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Follows XML or HTML markup as its bytes go by, so that values are looked for only in text and
 * attribute values (and in comments, CDATA sections and script, which are text a person wrote),
 * never in tags, and are reported at their line and column in the original file.
 *
 * <p>In XML the field of a value is its element path ({@code /statement/customer/card}, an
 * attribute as {@code /statement/customer/@ssn}), and its label, context for the detectors as a
 * CSV column name is, the element's or attribute's local name. In HTML, whose element names say
 * nothing about their content, only attribute values have a field and label: the attribute's name
 * ({@code @data-card}).
 *
 * <p>Hand-written rather than a StAX or HTML parser because those report neither where an
 * attribute's value is nor where a text starts (only where an event ends), and they hold a whole
 * text node in memory; this reads any input in bounded memory, lenient with malformed markup as a
 * browser is, and never expands entities.
 */
public final class MarkupFieldLocator implements FieldLocator {

    /** Names longer than this are cut; elements deeper than {@link #MAX_DEPTH} are not named. */
    static final int MAX_NAME_BYTES = 256;

    static final int MAX_DEPTH = 256;

    private static final Set<String> HTML_RAW_TEXT = Set.of("script", "style", "textarea", "title");

    private enum State {
        TEXT,
        TAG_OPEN,
        START_NAME,
        END_NAME,
        IN_TAG,
        ATTR_NAME,
        AFTER_ATTR_NAME,
        BEFORE_VALUE,
        VALUE_DOUBLE,
        VALUE_SINGLE,
        VALUE_BARE,
        BANG,
        COMMENT,
        CDATA,
        DECLARATION,
        INSTRUCTION,
        RAW_TEXT
    }

    private final boolean html;
    private final UnaryOperator<String> maskName;
    private final List<String> elements = new ArrayList<>();
    private final ByteArrayOutputStream name = new ByteArrayOutputStream();
    private State state = State.TEXT;
    /** Elements deeper than {@link #MAX_DEPTH}, counted but not named. */
    private int unnamedDepth;

    private String tagName;
    private String attribute;
    private boolean selfClosing;
    /** How much of the text that ends the current state ({@code -->}, {@code ]]>}, {@code </script}) has been seen. */
    private int matched;

    private String bang;
    /** What ends the raw text of the current HTML element: {@code </script}. */
    private String rawEnd;

    private boolean nameCut;
    private String shownPath;
    private boolean pathStale = true;

    /** @param html HTML rather than XML; {@code maskName} masks the values names hold */
    public MarkupFieldLocator(boolean html, UnaryOperator<String> maskName) {
        this.html = html;
        this.maskName = maskName;
    }

    @Override
    public void consume(byte[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            if (state == State.TEXT) {
                // Text changes nothing until the next tag.
                i = Swar.indexOfEither(buf, i, to, (byte) '<', (byte) '<');
                if (i == to) {
                    return;
                }
            }
            step(buf[i]);
        }
    }

    private void step(byte b) {
        switch (state) {
            case TEXT -> {
                if (b == '<') {
                    state = State.TAG_OPEN;
                }
            }
            case TAG_OPEN -> tagOpen(b);
            case START_NAME -> {
                if (isSpace(b) || b == '/' || b == '>') {
                    tagName = takeName();
                    state = State.IN_TAG;
                    inTag(b);
                } else {
                    appendName(b);
                }
            }
            case END_NAME -> {
                if (b == '>') {
                    endElement(takeName());
                    state = State.TEXT;
                } else if (!isSpace(b)) {
                    appendName(b);
                }
            }
            case IN_TAG -> inTag(b);
            case ATTR_NAME -> {
                if (b == '=' || isSpace(b) || b == '>' || b == '/') {
                    attribute = takeName();
                    state = State.AFTER_ATTR_NAME;
                    afterAttributeName(b);
                } else {
                    appendName(b);
                }
            }
            case AFTER_ATTR_NAME -> afterAttributeName(b);
            case BEFORE_VALUE -> beforeValue(b);
            case VALUE_DOUBLE -> endValueAt(b, '"');
            case VALUE_SINGLE -> endValueAt(b, '\'');
            case VALUE_BARE -> {
                if (isSpace(b) || b == '>') {
                    valueEnded();
                    inTag(b);
                }
            }
            case BANG -> bang(b);
            case COMMENT -> endAt(b, "-->");
            case CDATA -> endAt(b, "]]>");
            case DECLARATION -> {
                if (b == '>') {
                    state = State.TEXT;
                }
            }
            case INSTRUCTION -> endAt(b, "?>");
            case RAW_TEXT -> rawText(b);
        }
    }

    private void tagOpen(byte b) {
        if (b == '/') {
            state = State.END_NAME;
        } else if (b == '!') {
            state = State.BANG;
            bang = "";
        } else if (b == '?') {
            state = State.INSTRUCTION;
            matched = 0;
        } else if (isNameStart(b)) {
            state = State.START_NAME;
            selfClosing = false;
            appendName(b);
        } else {
            // A '<' that opens no tag, as in "a < b": text.
            state = b == '<' ? State.TAG_OPEN : State.TEXT;
        }
    }

    private void inTag(byte b) {
        if (b == '>') {
            tagEnded();
        } else if (b == '/') {
            selfClosing = true;
        } else if (!isSpace(b)) {
            selfClosing = false;
            state = State.ATTR_NAME;
            appendName(b);
        } else {
            state = State.IN_TAG;
        }
    }

    private void afterAttributeName(byte b) {
        if (b == '=') {
            state = State.BEFORE_VALUE;
        } else if (!isSpace(b)) {
            // An attribute without a value, as HTML's "checked".
            attribute = null;
            inTag(b);
        }
    }

    private void beforeValue(byte b) {
        if (b == '"') {
            state = State.VALUE_DOUBLE;
        } else if (b == '\'') {
            state = State.VALUE_SINGLE;
        } else if (b == '>') {
            attribute = null;
            tagEnded();
        } else if (!isSpace(b)) {
            state = State.VALUE_BARE;
        }
    }

    private void endValueAt(byte b, char quote) {
        if (b == quote) {
            valueEnded();
            state = State.IN_TAG;
        }
    }

    private void valueEnded() {
        attribute = null;
    }

    private void bang(byte b) {
        bang += (char) b;
        if ("--".equals(bang)) {
            state = State.COMMENT;
            matched = 0;
        } else if ("[CDATA[".equals(bang)) {
            state = State.CDATA;
            matched = 0;
        } else if (!"-".equals(bang) && !"[CDATA[".startsWith(bang)) {
            state = b == '>' ? State.TEXT : State.DECLARATION;
        }
    }

    /** Leaves the current state after {@code end}, which is seen a byte at a time. */
    private void endAt(byte b, String end) {
        if (b == end.charAt(matched)) {
            if (++matched == end.length()) {
                state = State.TEXT;
                matched = 0;
            }
        } else {
            matched = b == end.charAt(0) ? 1 : 0;
        }
    }

    /** Script, style and the like in HTML: text until the element's end tag. */
    private void rawText(byte b) {
        String end = rawEnd;
        char c = Character.toLowerCase((char) (b & 0xff));
        if (matched < end.length()) {
            if (c == end.charAt(matched)) {
                matched++;
            } else {
                matched = c == '<' ? 1 : 0;
            }
        } else if (isSpace(b) || b == '>') {
            state = b == '>' ? State.TEXT : State.END_NAME;
            matched = 0;
        } else {
            matched = 0;
        }
    }

    private void tagEnded() {
        state = State.TEXT;
        attribute = null;
        String element = tagName;
        tagName = null;
        if (element == null) {
            return;
        }
        if (html) {
            String lower = element.toLowerCase(Locale.ROOT);
            if (!selfClosing && HTML_RAW_TEXT.contains(lower)) {
                rawEnd = "</" + lower;
                state = State.RAW_TEXT;
                matched = 0;
            }
            return;
        }
        if (!selfClosing) {
            if (elements.size() < MAX_DEPTH) {
                elements.add(element);
                pathStale = true;
            } else {
                unnamedDepth++;
            }
        }
        selfClosing = false;
    }

    private void endElement(String element) {
        if (html) {
            return;
        }
        if (unnamedDepth > 0) {
            unnamedDepth--;
            return;
        }
        // Lenient with mismatched tags: close up to the nearest element of that name, if open.
        int i = elements.lastIndexOf(element);
        if (i >= 0) {
            elements.subList(i, elements.size()).clear();
            pathStale = true;
        }
    }

    private void appendName(byte b) {
        if (name.size() < MAX_NAME_BYTES) {
            name.write(b);
        } else {
            nameCut = true;
        }
    }

    /** The name gathered; a name cut at its limit shown as {@link CutNames} does, as it may end in part of a value. */
    private String takeName() {
        String s = name.toString(StandardCharsets.UTF_8);
        name.reset();
        if (nameCut) {
            nameCut = false;
            return CutNames.shown(s, maskName);
        }
        return s;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f';
    }

    private static boolean isNameStart(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_' || b == ':' || (b & 0x80) != 0;
    }

    private boolean inValue() {
        return switch (state) {
            case TEXT, COMMENT, CDATA, RAW_TEXT, VALUE_DOUBLE, VALUE_SINGLE, VALUE_BARE -> true;
            default -> false;
        };
    }

    private boolean inAttribute() {
        return state == State.VALUE_DOUBLE || state == State.VALUE_SINGLE || state == State.VALUE_BARE;
    }

    @Override
    public String field() {
        if (inAttribute() && attribute != null) {
            return html
                    ? "@" + maskName.apply(attribute)
                    : maskName.apply(path() + (tagName == null ? "" : "/" + tagName) + "/@" + attribute);
        }
        if (html || elements.isEmpty() || state != State.TEXT && state != State.CDATA) {
            return null;
        }
        if (pathStale) {
            shownPath = maskName.apply(path());
            pathStale = false;
        }
        return shownPath;
    }

    private String path() {
        return elements.isEmpty() ? "" : "/" + String.join("/", elements);
    }

    @Override
    public String fieldLabel() {
        if (inAttribute()) {
            return attribute == null ? null : localName(attribute);
        }
        if (html || elements.isEmpty() || state != State.TEXT && state != State.CDATA) {
            return null;
        }
        return localName(elements.get(elements.size() - 1));
    }

    private static String localName(String name) {
        return name.substring(name.indexOf(':') + 1);
    }

    @Override
    public boolean inQuotedValue() {
        return false;
    }

    /** A value lies inside one text or attribute value: it starts in one and holds none of the characters that end it. */
    @Override
    public boolean crossesBoundary(CharSequence text, int start, int end) {
        if (!inValue()) {
            return true;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '<'
                    || c == '>'
                    || c == '"' && state == State.VALUE_DOUBLE
                    || c == '\'' && state == State.VALUE_SINGLE) {
                return true;
            }
        }
        return false;
    }
}
