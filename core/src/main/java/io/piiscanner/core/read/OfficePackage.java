package io.piiscanner.core.read;

import io.piiscanner.core.format.CorruptInputException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.io.function.IOSupplier;
import org.apache.commons.io.input.BoundedInputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.util.XMLHelper;

/**
 * An Office Open XML package (a ZIP archive of XML parts: a workbook, a document) opened with
 * POI's {@link OPCPackage} over random access, read-only. Every part's bytes are counted against
 * the input's decompression limits. POI reads the small parts that describe the package (content
 * types, relationships, styles) into memory: each of those may hold at most
 * {@link #MAX_LOADED_PART_BYTES}; the parts that hold the content are {@link #stream streamed}
 * instead, with a pull parser, so they may be of any size.
 */
final class OfficePackage implements Closeable {

    /** The most bytes of a part that POI reads into memory whole. */
    static final long MAX_LOADED_PART_BYTES = 4 << 20;

    /**
     * The most members a package may declare. Commons Compress and POI list every member in memory
     * when they open a package (a few hundred bytes each), so a directory declaring millions would
     * take memory without bound; a real workbook or document holds tens to hundreds.
     */
    static final int MAX_MEMBERS = 10_000;

    private final OPCPackage opc;
    private final Parts parts;
    /** One per package: a factory is not promised to be thread-safe. */
    private final XMLInputFactory xml = XMLHelper.newXMLInputFactory();

    private OfficePackage(OPCPackage opc, Parts parts) {
        this.opc = opc;
        this.parts = parts;
    }

    /**
     * Opens a package.
     *
     * @param what the format, as messages name it ({@code Excel workbook})
     */
    static OfficePackage open(ReaderInput input, String what) throws IOException {
        refuseTooManyMembers(input.file(), what);
        ZipFile zip =
                ZipFile.builder().setSeekableByteChannel(input.file().channel()).get();
        Parts parts = new Parts(zip, input);
        try {
            return new OfficePackage(OPCPackage.open(parts), parts);
        } catch (Exception e) {
            zip.close();
            throw ReaderErrors.unwrap(e, what);
        }
    }

    /**
     * Counts the members the package's directory declares, a record at a time, and refuses a
     * package of more than {@link #MAX_MEMBERS}. A directory that cannot be read is left to POI,
     * which says what is wrong with it as it does for any damaged package.
     */
    private static void refuseTooManyMembers(RandomAccessInput file, String what) throws IOException {
        int members = 0;
        try {
            CentralDirectory directory = CentralDirectory.of(file);
            while (directory.next() != null) {
                if (++members > MAX_MEMBERS) {
                    throw new UnreadableInputException("the " + what + " declares more than " + MAX_MEMBERS
                            + " members: not read, to keep memory bounded");
                }
            }
        } catch (CorruptInputException e) {
            // Damage: POI's message for it follows.
        }
    }

    OPCPackage opc() {
        return opc;
    }

    /** The main part: the workbook, the document. */
    PackagePart main() throws IOException {
        for (String type :
                new String[] {PackageRelationshipTypes.CORE_DOCUMENT, PackageRelationshipTypes.STRICT_CORE_DOCUMENT}) {
            for (PackageRelationship r : opc.getRelationshipsByType(type)) {
                PackagePart part = opc.getPart(r);
                if (part != null) {
                    return part;
                }
            }
        }
        throw new IOException("no main part");
    }

    /**
     * The parts {@code source} relates to by a relationship whose type's last segment is {@code
     * type} ({@code /header}: the same in transitional and strict documents), in the order of the
     * relationships' ids. A relationship that points outside the package or to a part it does not
     * hold goes to {@code skipped}, named by its target.
     */
    List<PackagePart> related(PackagePart source, String type, Consumer<SkippedEntry> skipped) throws IOException {
        try {
            return related(source.getRelationships(), type, skipped);
        } catch (InvalidFormatException e) {
            throw ReaderErrors.unwrap(e, "Office document");
        }
    }

    /**
     * The parts the package itself relates to by a relationship whose type's last segment is
     * {@code type} ({@code /custom-properties}), as {@link #related(PackagePart, String, Consumer)}.
     */
    List<PackagePart> related(String type, Consumer<SkippedEntry> skipped) {
        return related(opc.getRelationships(), type, skipped);
    }

    private List<PackagePart> related(
            PackageRelationshipCollection relationships, String type, Consumer<SkippedEntry> skipped) {
        List<PackagePart> related = new ArrayList<>();
        for (PackageRelationship r : relationships) {
            if (r.getRelationshipType().endsWith("/relationships" + type)) {
                PackagePart target = target(r, skipped);
                if (target != null) {
                    related.add(target);
                }
            }
        }
        return related;
    }

    private PackagePart target(PackageRelationship r, Consumer<SkippedEntry> skipped) {
        String name = r.getTargetURI().toString();
        if (r.getTargetMode() == TargetMode.EXTERNAL) {
            skipped.accept(new SkippedEntry(name, "points outside the package"));
            return null;
        }
        PackagePart target;
        try {
            target = opc.getPart(PackagingURIHelper.createPartName(r.getTargetURI()));
        } catch (InvalidFormatException | IllegalArgumentException e) {
            skipped.accept(new SkippedEntry(name, "points outside the package"));
            return null;
        }
        if (target == null) {
            skipped.accept(new SkippedEntry(name, "is not in the package"));
        }
        return target;
    }

    /** A part to read with a pull parser: of any size, not held in memory. */
    XmlPart stream(IOSupplier<InputStream> part) throws IOException {
        InputStream in;
        parts.streaming = true;
        try {
            in = part.get();
        } finally {
            parts.streaming = false;
        }
        try {
            return new XmlPart(xml.createXMLStreamReader(in), in);
        } catch (XMLStreamException e) {
            in.close();
            throw ReaderErrors.unwrap(e, "Office document");
        }
    }

    /**
     * A part to read with a pull parser from its ZIP member, whether POI loaded it or not (then
     * its own stream may not be read, as for the core properties), of any size.
     */
    XmlPart streamMember(PackagePart part) throws IOException {
        ZipArchiveEntry entry = parts.getEntry(part.getPartName().getName().substring(1));
        return entry == null ? stream(part::getInputStream) : stream(() -> parts.getInputStream(entry));
    }

    /** A part being read: the parser, and the stream under it, which closing the parser leaves open. */
    record XmlPart(XMLStreamReader xml, InputStream in) implements Closeable {
        @Override
        public void close() throws IOException {
            try (in) {
                xml.close();
            } catch (XMLStreamException e) {
                throw ReaderErrors.unwrap(e, "Office document");
            }
        }
    }

    @Override
    public void close() throws IOException {
        // Read-only: reverts rather than saves, and closes the ZIP archive and the input under it.
        opc.revert();
        parts.close();
    }

    /** The package's ZIP members, with what POI reads of them counted and, for what it holds, bounded. */
    private static final class Parts implements ZipEntrySource {

        private final ZipFile zip;
        private final ReaderInput input;
        private boolean streaming;
        private boolean closed;

        Parts(ZipFile zip, ReaderInput input) {
            this.zip = zip;
            this.input = input;
        }

        @Override
        public Enumeration<? extends ZipArchiveEntry> getEntries() {
            return zip.getEntries();
        }

        @Override
        public ZipArchiveEntry getEntry(String path) {
            return zip.getEntry(path.replace('\\', '/'));
        }

        @Override
        public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
            InputStream in = input.decompressed(zip.getInputStream(entry));
            if (streaming) {
                return in;
            }
            BoundedInputStream.Builder bounded = BoundedInputStream.builder().setInputStream(in);
            bounded.setMaxCount(MAX_LOADED_PART_BYTES).setOnMaxCount((max, count) -> {
                throw new UnreadableInputException(
                        entry.getName() + " is over " + (max >> 20) + " MiB, more than is read into memory");
            });
            return bounded.get();
        }

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                zip.close();
            }
        }
    }
}
