package io.piiscanner.core.read;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Email messages written by Jakarta Mail itself, for tests. */
public final class Mails {

    private Mails() {}

    /** A builder of one message. */
    public static Builder message() {
        return new Builder();
    }

    /** A message with headers, a body in text and HTML, and attachments. */
    public static final class Builder {
        private final MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        private final MimeMultipart mixed = new MimeMultipart("mixed");
        private String text;
        private String html;

        private Builder() {}

        public Builder header(String name, String value) {
            return with(() -> message.addHeader(name, value));
        }

        public Builder from(String address) {
            return with(() -> message.setFrom(new InternetAddress(address)));
        }

        public Builder to(String address) {
            return with(() -> message.addRecipient(Message.RecipientType.TO, new InternetAddress(address)));
        }

        /** The subject, encoded as RFC 2047 words when it is not ASCII. */
        public Builder subject(String subject) {
            return with(() -> message.setSubject(subject, "UTF-8"));
        }

        public Builder text(String body) {
            this.text = body;
            return this;
        }

        public Builder html(String body) {
            this.html = body;
            return this;
        }

        /** An attachment, base64-encoded as mail clients send files. */
        public Builder attach(String fileName, String contentType, byte[] content) {
            return with(() -> {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, contentType)));
                part.setFileName(fileName);
                part.setHeader("Content-Transfer-Encoding", "base64");
                mixed.addBodyPart(part);
            });
        }

        public byte[] bytes() {
            return Archives.write(out -> {
                try {
                    MimeMultipart body = new MimeMultipart("alternative");
                    if (text != null) {
                        MimeBodyPart part = new MimeBodyPart();
                        part.setText(text, "UTF-8");
                        body.addBodyPart(part);
                    }
                    if (html != null) {
                        MimeBodyPart part = new MimeBodyPart();
                        part.setContent(html, "text/html; charset=UTF-8");
                        part.setHeader("Content-Transfer-Encoding", "quoted-printable");
                        body.addBodyPart(part);
                    }
                    MimeBodyPart alternative = new MimeBodyPart();
                    alternative.setContent(body);
                    mixed.addBodyPart(alternative, 0);
                    message.setContent(mixed);
                    message.saveChanges();
                    message.writeTo(out);
                } catch (MessagingException e) {
                    throw new IOException(e);
                }
            });
        }

        private Builder with(Step step) {
            try {
                step.run();
            } catch (MessagingException e) {
                throw new UncheckedIOException(new IOException(e));
            }
            return this;
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws MessagingException;
    }
}
