package io.piiscanner.core.read;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * OLE2 compound documents, the container of Office 97-2003 files and of password-protected Office
 * Open XML ones, read with POI's POIFS from a temporary copy, so in the memory of its allocation
 * table, not of its size. An Excel 97-2003 workbook ({@code .xls}) is read ({@link XlsReader}),
 * and so is a Word 97-2003 document ({@code .doc}, {@link DocReader}), each followed by its
 * properties ({@link Ole2Properties}); anything else is skipped with what it is, from the names of
 * the streams it holds. An encrypted
 * workbook or document says it needs a password rather than passing for damage.
 */
public final class Ole2Reader implements FormatReader {

    /** The reader: it holds no state, so one serves every input. */
    public static final Ole2Reader INSTANCE = new Ole2Reader();

    /** The stream that holds a BIFF8 workbook. */
    private static final String WORKBOOK = "Workbook";

    private Ole2Reader() {}

    @Override
    public Content open(ReaderInput input) throws IOException {
        FileInput copy =
                (FileInput) SpooledInput.spool(input.stream(), input.budget().remaining());
        try {
            return read(copy);
        } catch (IOException | RuntimeException e) {
            try (copy) {
                throw e instanceof UnreadableInputException u ? u : ReaderErrors.unwrap(e, "OLE2 compound document");
            }
        }
    }

    /** The stream that holds a Word 97-2003 document's text and FIB. */
    private static final String WORD_DOCUMENT = "WordDocument";

    /** A workbook's cells or a document's text, which keep the file system and the copy open until they are closed. */
    private static Content read(FileInput copy) throws IOException {
        POIFSFileSystem fs = new POIFSFileSystem(copy.fileChannel().position(0), true, false);
        try {
            DirectoryNode root = fs.getRoot();
            Closeable source = () -> {
                try (copy) {
                    fs.close();
                }
            };
            if (!root.hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY)) {
                if (root.hasEntryCaseInsensitive(WORKBOOK)) {
                    return new WithProperties(
                            XlsReader.open(
                                    source, root.createDocumentInputStream(root.getEntryCaseInsensitive(WORKBOOK))),
                            root,
                            "Excel 97-2003 workbook");
                }
                if (root.hasEntryCaseInsensitive(WORD_DOCUMENT)) {
                    return new WithProperties(DocReader.open(source, root, copy.size()), root, "Word 97-2003 document");
                }
            }
            throw new UnreadableInputException(what(root));
        } catch (IOException | RuntimeException e) {
            fs.close();
            throw e;
        }
    }

    /** A workbook's or document's content, then its properties ({@link Ole2Properties}). */
    private static final class WithProperties implements Content {

        private final Content content;
        private final DirectoryNode root;
        private final String what;
        /** The properties, once the content is read. */
        private Iterator<Item> properties;

        WithProperties(Content content, DirectoryNode root, String what) {
            this.content = content;
            this.root = root;
            this.what = what;
        }

        @Override
        public Item next() throws IOException {
            if (properties == null) {
                Item item = content.next();
                if (item != null) {
                    return item;
                }
                properties = Ole2Properties.read(root, what).iterator();
            }
            return properties.hasNext() ? properties.next() : null;
        }

        @Override
        public void close() throws IOException {
            content.close();
        }
    }

    private static String what(DirectoryNode root) {
        if (root.hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY)) {
            return "an encrypted Office document: it needs a password";
        }
        if (root.hasEntryCaseInsensitive("Book")) {
            return "an Excel 5.0/95 workbook: reading it is not supported; save it as .xlsx";
        }
        if (root.hasEntryCaseInsensitive("PowerPoint Document")) {
            return "a PowerPoint 97-2003 presentation: reading it is not supported";
        }
        return "an OLE2 compound document: reading it is not supported";
    }
}
