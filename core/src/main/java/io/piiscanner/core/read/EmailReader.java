package io.piiscanner.core.read;

import io.piiscanner.core.format.DecompressionBombException;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePartDataSource;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Enumeration;
import java.util.Properties;

/**
 * Email messages (RFC 5322, MIME) with Jakarta Mail: each header field is a piece, its name the
 * field ({@code Subject}, {@code To}), its value unfolded and decoded ({@code =?UTF-8?B?...?=}); then
 * each body part and attachment, decoded from its transfer encoding, is an entry read as a file of
 * its own type: an attachment under its file name, other parts as {@code part 1}, {@code part 2.1}
 * (IMAP's section numbers). A forwarded message is an entry too, read as an email.
 *
 * <p>Parsed over random access, so that parts stay offsets into the input: memory holds header
 * sections, each at most {@link #MAX_HEADER_BYTES}, and at most {@link #MAX_PARTS} parts of one
 * multipart.
 */
public final class EmailReader implements FormatReader {

    /** The reader: it holds no state, so one serves every input. */
    public static final EmailReader INSTANCE = new EmailReader();

    static final long MAX_HEADER_BYTES = 1 << 20;
    static final int MAX_PARTS = 10_000;

    private static final Location HEADERS = Location.part("headers");

    private EmailReader() {}

    @Override
    public boolean randomAccess() {
        return true;
    }

    @Override
    public Content open(ReaderInput input) throws IOException {
        RandomAccessInput file = input.file();
        Session session = Session.getInstance(new Properties());
        MimeMessage message;
        try {
            message = new MimeMessage(session, new SharedRandomAccessStream(file, 0, file.size(), MAX_HEADER_BYTES));
        } catch (MessagingException e) {
            throw ReaderErrors.unwrap(e, "email");
        }
        return new MessageContent(message, file);
    }

    /** The headers, then the parts depth first. */
    private static final class MessageContent implements Content {

        private final MimeMessage message;
        private final RandomAccessInput file;
        private final Enumeration<Header> headers;
        /** Multiparts being walked, innermost first, with the next child to visit. */
        private final Deque<Frame> frames = new ArrayDeque<>();

        private boolean bodyVisited;

        private record Frame(MimeMultipart multipart, String section, int[] next) {}

        MessageContent(MimeMessage message, RandomAccessInput file) throws IOException {
            this.message = message;
            this.file = file;
            try {
                this.headers = message.getAllHeaders();
            } catch (MessagingException e) {
                throw ReaderErrors.unwrap(e, "email");
            }
        }

        @Override
        public Item next() throws IOException {
            try {
                if (headers.hasMoreElements()) {
                    Header h = headers.nextElement();
                    return new Piece(decode(h.getValue()), h.getName(), h.getName(), HEADERS);
                }
                if (!bodyVisited) {
                    bodyVisited = true;
                    Item body = visit(message, "");
                    if (body != null) {
                        return body;
                    }
                }
                while (!frames.isEmpty()) {
                    Frame frame = frames.peek();
                    int i = frame.next()[0]++;
                    if (i >= frame.multipart().getCount()) {
                        frames.pop();
                        continue;
                    }
                    String section =
                            frame.section().isEmpty() ? Integer.toString(i + 1) : frame.section() + "." + (i + 1);
                    Item item = visit(frame.multipart().getBodyPart(i), section);
                    if (item != null) {
                        return item;
                    }
                }
                return null;
            } catch (MessagingException e) {
                throw ReaderErrors.unwrap(e, "email");
            }
        }

        /** A leaf part as an entry; a multipart pushed to be walked ({@code null}). */
        private Item visit(Part part, String section) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                frames.push(new Frame(
                        new BoundedMultipart(new MimePartDataSource((jakarta.mail.internet.MimePart) part)),
                        section,
                        new int[1]));
                return null;
            }
            String fileName = part.getFileName();
            String name = fileName != null && !fileName.isBlank()
                    ? decode(fileName)
                    : "part " + (section.isEmpty() ? "1" : section);
            InputStream content = part.getInputStream();
            return new Entry(name, content);
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }

    /**
     * A multipart whose parts' header sections are read with a limit, and that holds at most
     * {@link #MAX_PARTS} parts.
     */
    private static final class BoundedMultipart extends MimeMultipart {

        private int partCount;

        BoundedMultipart(MimePartDataSource source) throws MessagingException {
            super(source);
        }

        @Override
        protected MimeBodyPart createMimeBodyPart(InputStream is) throws MessagingException {
            if (++partCount > MAX_PARTS) {
                throw new MessagingException(
                        "too many parts",
                        new DecompressionBombException(
                                "email bomb guard: more than " + MAX_PARTS + " parts in one multipart"));
            }
            return super.createMimeBodyPart(
                    is instanceof SharedRandomAccessStream s ? s.limited(MAX_HEADER_BYTES) : is);
        }
    }

    /** A header value unfolded and decoded; as written when its encoding is unknown. */
    private static String decode(String value) {
        String unfolded = MimeUtility.unfold(value == null ? "" : value);
        try {
            return MimeUtility.decodeText(unfolded);
        } catch (UnsupportedEncodingException e) {
            return unfolded;
        }
    }
}
