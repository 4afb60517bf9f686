package io.piiscanner.core.read;

import java.io.IOException;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * OLE2 compound documents, the container of Office 97-2003 files and of password-protected Office
 * Open XML ones: none is read yet, and each is skipped with what it is, from the names of the
 * streams it holds (read with POI's POIFS from a temporary copy, so in the memory of its
 * allocation table, not of its size). An encrypted workbook or document says it needs a password
 * rather than passing for damage.
 */
public final class Ole2Reader implements FormatReader {

    /** The reader: it holds no state, so one serves every input. */
    public static final Ole2Reader INSTANCE = new Ole2Reader();

    private Ole2Reader() {}

    @Override
    public Content open(ReaderInput input) throws IOException {
        try (FileInput copy = (FileInput)
                        SpooledInput.spool(input.stream(), input.budget().remaining());
                POIFSFileSystem fs = new POIFSFileSystem(copy.fileChannel().position(0), true, false)) {
            throw new UnreadableInputException(what(fs.getRoot()));
        } catch (UnreadableInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw ReaderErrors.unwrap(e, "OLE2 compound document");
        }
    }

    private static String what(DirectoryNode root) {
        if (root.hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY)) {
            return "an encrypted Office document: it needs a password";
        }
        if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
            return "an Excel 97-2003 workbook (.xls): reading it is not supported; save it as .xlsx";
        }
        if (root.hasEntryCaseInsensitive("WordDocument")) {
            return "a Word 97-2003 document (.doc): reading it is not supported; save it as .docx";
        }
        if (root.hasEntryCaseInsensitive("PowerPoint Document")) {
            return "a PowerPoint 97-2003 presentation: reading it is not supported";
        }
        return "an OLE2 compound document: reading it is not supported";
    }
}
