package io.piiscanner.core.read;

import io.piiscanner.core.format.CorruptInputException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDF documents with PDFBox: page by page, each page's text a piece located by its page, so that a
 * finding's line is its line on the page. Read at random positions (the cross-reference table is
 * at the end), with PDFBox's buffers in temporary files rather than memory. A document encrypted
 * with an empty user password (restrictions only) is read; one that needs a password is skipped,
 * saying so.
 *
 * <p>Memory holds the document's structure and one page's text, at most {@link #MAX_PAGE_CHARS}
 * characters; a page with more fails the document, after the pages before it.
 */
public final class PdfReader implements FormatReader {

    /** The reader: it holds no state, so one serves every input. */
    public static final PdfReader INSTANCE = new PdfReader();

    /**
     * Characters of one page's text at most: a dense page of small print holds about 10,000.
     * PDFBox keeps an object of some 150 bytes for each until the page is done.
     */
    static final int MAX_PAGE_CHARS = 100_000;

    private static final String WHAT = "PDF document";

    private PdfReader() {}

    @Override
    public boolean randomAccess() {
        return true;
    }

    @Override
    public Content open(ReaderInput input) throws IOException {
        PdfSource source = new PdfSource(input.file());
        PDDocument document;
        try {
            document = Loader.loadPDF(source, "", null, null, IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            source.close();
            throw new UnreadableInputException("a password-protected " + WHAT);
        } catch (IOException | RuntimeException e) {
            source.close();
            throw ReaderErrors.unwrap(e, WHAT);
        }
        return new Pages(document, source);
    }

    /** The pages in order, each read when the engine asks for it. */
    private static final class Pages implements Content {

        private final PDDocument document;
        private final PdfSource source;
        private final Iterator<PDPage> pages;
        private final PageText text = new PageText();
        private long page;

        Pages(PDDocument document, PdfSource source) {
            this.document = document;
            this.source = source;
            this.pages = document.getPages().iterator();
        }

        @Override
        public Item next() throws IOException {
            try {
                while (pages.hasNext()) {
                    page++;
                    String s = text.of(document, pages.next(), page);
                    if (!s.isBlank()) {
                        return new Piece(s, null, null, new Location(null, null, null, null, null, null, null, page));
                    }
                }
                return null;
            } catch (IOException | RuntimeException e) {
                throw ReaderErrors.unwrap(e, WHAT);
            }
        }

        @Override
        public void close() throws IOException {
            try (source) {
                document.close();
            }
        }
    }

    /**
     * PDFBox's text extraction for one page at a time. The stripper's own page range would have it
     * walk the page tree from the start for each page, a cost that grows with the square of the
     * pages; this one is handed the page.
     *
     * <p>A glyph drawn again over one shown (a fake bold) is dropped by {@link OverlappingGlyphs},
     * PDFBox's own rule at a fraction of its cost, in place of PDFBox's. As in PDFBox, the rule does
     * not apply within marked content that gives the text it stands for (its {@code /ActualText}).
     */
    private static final class PageText extends PDFTextStripper {

        private final OverlappingGlyphs shown = new OverlappingGlyphs();
        /** For each marked content sequence begun and not ended, whether it gives its actual text. */
        private final Deque<Boolean> markedContent = new ArrayDeque<>();

        private boolean inActualText;
        private PDPage target;
        private long number;
        private int characters;

        PageText() {
            setSuppressDuplicateOverlappingText(false);
        }

        String of(PDDocument document, PDPage page, long pageNumber) throws IOException {
            target = page;
            number = pageNumber;
            characters = 0;
            shown.clear();
            StringWriter out = new StringWriter();
            writeText(document, out);
            return out.toString();
        }

        @Override
        protected void processPages(PDPageTree pages) throws IOException {
            if (target.hasContents()) {
                processPage(target);
            }
        }

        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            // As PDFBox tells whether it is within actual text: the latest sequence begun decides.
            inActualText = properties != null && properties.getString(COSName.ACTUAL_TEXT) != null;
            markedContent.push(inActualText);
            super.beginMarkedContentSequence(tag, properties);
        }

        @Override
        public void endMarkedContentSequence() {
            if (Boolean.TRUE.equals(markedContent.poll())) {
                inActualText = false;
            }
            super.endMarkedContentSequence();
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (++characters > MAX_PAGE_CHARS) {
                // PDFBox declares no exception here: unwrapped on the way out.
                throw new UncheckedIOException(new CorruptInputException(
                        WHAT + ": page " + number + " holds more than " + MAX_PAGE_CHARS + " characters of text"));
            }
            if (inActualText || shown(text)) {
                super.processTextPosition(text);
            }
        }

        /** Whether the glyph is shown, with PDFBox's tolerance: a third of a character's width. */
        private boolean shown(TextPosition text) {
            String unicode = text.getUnicode();
            float tolerance = text.getWidth() / unicode.length() / 3.0f;
            return shown.show(unicode, text.getX(), text.getY(), tolerance);
        }
    }
}
