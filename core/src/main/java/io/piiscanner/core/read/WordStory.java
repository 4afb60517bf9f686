package io.piiscanner.core.read;

/**
 * The stories of a Word 97-2003 document, in the order their text follows each other in the
 * document's character positions (CPs), after the main text ([MS-DOC] 2.3.1).
 */
enum WordStory {
    BODY(""),
    FOOTNOTE("footnote "),
    /** Headers and footers of every section, and the separators of notes. */
    HEADER("header "),
    COMMENT("comment "),
    ENDNOTE("endnote "),
    TEXTBOX("textbox "),
    HEADER_TEXTBOX("header textbox ");

    /** What a location's part starts with for text of this story. */
    final String prefix;

    WordStory(String prefix) {
        this.prefix = prefix;
    }
}
