package io.piiscanner.core.read;

import io.piiscanner.core.format.CorruptInputException;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A part of a workbook that holds a sheet's pieces (its cells, its comments), read with a pull
 * parser a piece at a time: subclasses say which elements' text to {@link #collect} and where a
 * piece ends; the text of phonetic runs ({@code rPh}, a reading aid) is left out.
 */
abstract class SheetPart implements Closeable {

    protected final XMLStreamReader xml;
    /** The text of the piece being read. */
    protected final StringBuilder text = new StringBuilder();
    /** Whether the text at the parser belongs to the piece. */
    protected boolean collect;
    /** Pieces an element's attributes held, returned before the parser reads on. */
    protected final Deque<Piece> pending = new ArrayDeque<>();

    private final OfficePackage.XmlPart part;
    /** What holds the text, as an error names it ({@code a cell}). */
    private final String what;

    private int phonetic;

    SheetPart(OfficePackage.XmlPart part, String what) {
        this.part = part;
        this.xml = part.xml();
        this.what = what;
    }

    /** The next piece, or null at the end of the part. */
    final Piece next() throws XMLStreamException, IOException {
        while (pending.isEmpty() && xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (xml.getLocalName().equals("rPh")) {
                        phonetic++;
                    } else {
                        start(xml.getLocalName());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (xml.getLocalName().equals("rPh")) {
                        phonetic--;
                    } else {
                        Piece piece = end(xml.getLocalName());
                        if (piece != null) {
                            return piece;
                        }
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (collect && phonetic == 0) {
                        SharedStrings.append(text, xml, what);
                    }
                }
                default -> {}
            }
        }
        return pending.poll();
    }

    /** An element starts (not a phonetic run). */
    abstract void start(String element) throws IOException;

    /** Ends a line of the piece's text: a line break counts toward the piece's length as text does. */
    final void lineBreak() throws CorruptInputException {
        SharedStrings.appendLineBreak(text, what);
    }

    /** An element ends (not a phonetic run): the piece it ends, or null. */
    abstract Piece end(String element) throws IOException;

    @Override
    public final void close() throws IOException {
        part.close();
    }
}
