package io.piiscanner.core.read;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
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
 * <p>A multipart's preamble and epilogue, the text before its first boundary and after its last, are
 * entries too ({@code preamble}, {@code part 2 epilogue}).
 *
 * <p>Parsed over random access, so that parts stay offsets into the input: memory holds a header
 * section at a time, at most {@link #MAX_HEADER_BYTES}, and a buffer for each multipart being
 * walked ({@link MultipartBody}), whatever the number or length of its parts; multiparts nested
 * more than {@link #MAX_NESTING} deep are skipped entries.
 */
public final class EmailReader implements FormatReader {

    /** The reader: it holds no state, so one serves every input. */
    public static final EmailReader INSTANCE = new EmailReader();

    static final long MAX_HEADER_BYTES = 1 << 20;
    /** Each multipart being walked holds a buffer and its boundary: their number is bounded. */
    static final int MAX_NESTING = 16;

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

        /** A multipart being walked: its body, its section, and how many parts were visited. */
        private record Frame(MultipartBody body, String section, int[] parts) {

            /** The section of its {@code n}th part. */
            String section(int n) {
                return section.isEmpty() ? Integer.toString(n) : section + "." + n;
            }
        }

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
                    MultipartBody.Span span = frame.body().next();
                    if (span == null) {
                        frames.pop();
                        continue;
                    }
                    Item item = span.kind() == MultipartBody.Kind.PART
                            ? visit(part(span), frame.section(++frame.parts()[0]))
                            : text(span, frame.section());
                    if (item != null) {
                        return item;
                    }
                }
                return null;
            } catch (MessagingException e) {
                throw ReaderErrors.unwrap(e, "email");
            }
        }

        /**
         * A leaf part as an entry; a multipart pushed to be walked ({@code null}). A multipart
         * without a boundary is read as a leaf, whole.
         */
        private Item visit(Part part, String section) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                String boundary = new ContentType(part.getContentType()).getParameter("boundary");
                // Jakarta Mail hands a multipart's body out undecoded, as offsets into the input.
                InputStream in = new MimePartDataSource((MimePart) part).getInputStream();
                if (boundary != null && in instanceof SharedRandomAccessStream body) {
                    if (frames.size() == MAX_NESTING) {
                        return new SkippedEntry(
                                "part " + section, "multiparts nested more than " + MAX_NESTING + " deep");
                    }
                    frames.push(
                            new Frame(new MultipartBody(file, body.start, body.end, boundary), section, new int[1]));
                    return null;
                }
            }
            String fileName = part.getFileName();
            String name = fileName != null && !fileName.isBlank()
                    ? decode(fileName)
                    : "part " + (section.isEmpty() ? "1" : section);
            return new Entry(name, part.getInputStream());
        }

        /** A body part, its header section read with a limit and its content left in the input. */
        private MimeBodyPart part(MultipartBody.Span span) throws MessagingException {
            return new MimeBodyPart(new SharedRandomAccessStream(file, span.start(), span.end(), MAX_HEADER_BYTES));
        }

        /**
         * A multipart's preamble or epilogue as an entry ({@code preamble}, {@code part 2 epilogue}):
         * text no mail client shows, which may still hold data; {@code null} when there is none.
         */
        private Item text(MultipartBody.Span span, String section) {
            if (span.isEmpty()) {
                return null;
            }
            String what = span.kind() == MultipartBody.Kind.PREAMBLE ? "preamble" : "epilogue";
            return new Entry(
                    section.isEmpty() ? what : "part " + section + " " + what,
                    new RandomAccessStream(file, span.start(), span.end()));
        }

        @Override
        public void close() throws IOException {
            file.close();
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
