package io.piiscanner.core.detect.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.ScanText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailDetectorTest {

    private static final EmailDetector DETECTOR = new EmailDetector();

    private static List<Candidate> candidates(ScanText text) {
        List<Candidate> out = new ArrayList<>();
        DETECTOR.find(text, out::add);
        return out;
    }

    private static List<String> found(String text) {
        return candidates(ScanText.of(text)).stream()
                .map(c -> text.substring(c.start(), c.end()))
                .toList();
    }

    @Test
    void describesItself() {
        assertThat(DETECTOR.id()).isEqualTo("email");
        assertThat(DETECTOR.type()).isEqualTo(EntityTypes.EMAIL_ADDRESS);
        assertThat(DETECTOR.context().required()).isFalse();
    }

    @Test
    void findsAddressWithExactSpanAndScore() {
        String text = "contact john.smith+tag@example.co.uk today";
        List<Candidate> found = candidates(ScanText.of(text));
        assertThat(found).containsExactly(new Candidate(8, 36, 0.9));
        assertThat(text.substring(8, 36)).isEqualTo("john.smith+tag@example.co.uk");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a@b.io|a@b.io",
                "<john@example.com>|john@example.com",
                "(john@example.com)|john@example.com",
                "\"john@example.com\",42|john@example.com",
                "mailto:john@example.com|john@example.com",
                "Write to john@example.com.|john@example.com",
                "Email:...john@example.com|john@example.com",
                "JOHN_DOE%1@Mail-Server.Example.ORG|JOHN_DOE%1@Mail-Server.Example.ORG",
                "user@example.xn--p1ai|user@example.xn--p1ai",
                "'john@example.com'|john@example.com",
                "https://name%40example.com@host/|name%40example.com",
                "imaps://jane.doe%40example.org:secret@imap.example.org:993|jane.doe%40example.org",
                "https://example.com/users/jane@example.com/orders|jane@example.com",
                "https://example.com/unsubscribe?email=jane@example.com|jane@example.com",
                "GET /login?user=jane@example.com HTTP/1.1|jane@example.com",
                "<5551234567@vtext.com>|5551234567@vtext.com",
            })
    void findsAddressesAmongPunctuationAndInUrls(String text, String address) {
        assertThat(found(text)).containsExactly(address);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "john@localhost",
                "john..doe@example.com",
                "john.@example.com",
                "john@-example.com",
                "john@example-.com",
                "john@example..com",
                "john@example.c",
                "john@example.c0m",
                "john@192.168.1.1",
                "icon@2x.png",
                "@example.com",
                "john@",
                "a@b@c.com",
                "john@example.com_backup",
                "@",
            })
    void rejectsNonAddresses(String text) {
        assertThat(found(text)).isEmpty();
    }

    /** An mbox message with a thread's headers, and a git commit with its trailers. */
    @Test
    void findsMailboxesButNoMessageIdsInMailHeaders() {
        String text = """
                From jane@example.org Tue Mar  4 17:48:06 2014
                From: Jane Doe <jane@example.org>
                To: git@vger.kernel.org, John Smith <john.smith@example.com>
                Cc: <ops@example.net>,
                	<oncall@example.net>
                Message-ID: <20140304174806.GA11561@sigill.intra.peff.net>
                In-Reply-To: <CAHk-=wgX9qT3sJ+xyz@mail.gmail.com>
                References: <1394123456-12345-1-git-send-email-jane@example.org>
                	<cover.1394123456.git.jane@example.org>
                 <5f3a2b1c-1234-4abc-9def-0123456789ab@example.org>
                Resent-Message-Id: <abc123@mx.example.org>
                Subject: Re: [PATCH] fetch: fix the refspec

                > Message-ID: <87a9xyz.fsf@gnus.example.org>
                commit 4a8b2f1c3d
                Author: Jane Doe <jane@example.org>

                    fetch: fix the refspec

                    Signed-off-by: Jane Doe <jane@example.org>
                    Message-Id: <20240101120000.12345-1-jane@example.org>
                    Link: https://lore.kernel.org/r/20240101120000.12345-1-jane@example.org
                """;
        assertThat(found(text))
                .containsExactly(
                        "jane@example.org",
                        "jane@example.org",
                        "git@vger.kernel.org",
                        "john.smith@example.com",
                        "ops@example.net",
                        "oncall@example.net",
                        "jane@example.org",
                        "jane@example.org");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "see <20140304174806.GA11561@sigill.intra.peff.net> for the patch",
                "<1394123456-12345-1-git-send-email-jane@example.org>",
                "<cover.1394123456.git.jane@example.org>",
                "https://lore.kernel.org/r/20140304174806.GA11561@sigill.intra.peff.net",
                "Link: https://lore.kernel.org/r/CAHk-=wgX9qT3sJxyz@mail.gmail.com",
                "message-id: <a1b2c3@mail.example.com>",
            })
    void leavesOutMessageIds(String text) {
        assertThat(found(text)).isEmpty();
    }

    /**
     * Trace headers of a bounce as mail servers write them: the ids they gave the message after
     * {@code with SMTP id}, {@code with esmtpsa id} or first on a folded line, and the envelope id
     * of the delivery status notification, are no mailboxes; the recipients after {@code for} are.
     * In a sentence, an address after "id" is a mailbox.
     */
    @Test
    void leavesOutMailServersTransactionIds() {
        String text = """
                Received: from mail.example.dk ([192.0.2.14]) by mx.example.org (LSMTP for Windows NT v1.1b) with SMTP id <0.0014F8A2@mx.example.org>; Mon, 30 Apr 2001 12:17:50 +0200
                Received: from sims-ms-daemon by cougar.example.edu
                 (Sun Internet Mail Server sims.3.5.2000.03.23.18.03.p10)
                 id <0GK500B01D0B8Y@cougar.example.edu> for list-admin@example.org; Sun,
                 23 Sep 2001 20:10:55 -0700 (PDT)
                Received: from mail.example.net by cougar.example.edu
                 (Sun Internet Mail Server sims.3.5.2000.03.23.18.03.p10)
                 with ESMTP id <0GK500B4GD0888@cougar.example.edu> for jangel1@example.edu;
                 Sun, 23 Sep 2001 20:13:37 -0700 (PDT)
                Received: from [198.51.100.7] (helo=laptop) by mx.example.net with esmtpsa id 1rZk3b-0004Xy-Ab@mx.example.net
                	for <jane.roe@example.com>; Mon, 11 Mar 2024 09:14:22 +0000
                Original-envelope-id: 0GK500B4HD0888@cougar.example.edu
                Reporting-MTA: dns; cougar.example.edu
                Final-Recipient: RFC822; jangel1@example.edu

                My login id jane.doe@example.org was locked after the reset.
                """;
        assertThat(found(text))
                .containsExactly(
                        "list-admin@example.org",
                        "jangel1@example.edu",
                        "jane.roe@example.com",
                        "jangel1@example.edu",
                        "jane.doe@example.org");
    }

    /**
     * An OpenSSH changelog, an sshd configuration, a client's debug output and git remotes: SSH
     * algorithm and extension names, scp targets and the git account of a git server name no
     * mailbox; the maintainers, a developer's own address and a mailing list do.
     */
    @Test
    void leavesOutSshNames() {
        String text = """
                    - sftp-server(8): add a "users-groups-by-id@openssh.com" extension
                      request that allows the client to obtain user/group names.
                    - ssh(1), sshd(8): add the sntrup761x25519-sha512@openssh.com hybrid
                      ECDH/x25519 + Streamlined NTRU Prime post-quantum KEX.
                    Reported by Damien Miller <djm@openssh.com>
                 -- Colin Watson <cjwatson@debian.org>  Sun, 05 Feb 2023 10:22:49 +0000
                KexAlgorithms sntrup761x25519-sha512@openssh.com,curve25519-sha256,curve25519-sha256@libssh.org
                Ciphers chacha20-poly1305@openssh.com,aes256-gcm@openssh.com
                debug1: kex: algorithm: curve25519-sha256@libssh.org
                $ git remote add origin git@github.com:acme/payments.git
                $ ssh -T git@gitlab.example.com
                	url = git@bitbucket.org:acme/infra.git
                            ('git+ssh', 'git@github.com','/user/project.git', '', ''),
                $ scp report.pdf jane@files.example.com:/srv/reports/
                Send patches to git@vger.kernel.org, not to me.
                """;
        assertThat(found(text)).containsExactly("djm@openssh.com", "cjwatson@debian.org", "git@vger.kernel.org");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://user@sub.example.com",
                "https://user:pwd@example.com/path",
                "git clone ssh://git@git.example.org/repo.git",
                "ftp://anonymous:guest@ftp.example.com/pub",
                "DATABASE_URL=postgres://app:s3cr%40t@db.example.com:5432/app",
            })
    void leavesOutUrlUserInfo(String text) {
        assertThat(found(text)).isEmpty();
    }

    /** A Debian changelog, a mailing-list reply and code comments: the addresses people wrote. */
    @Test
    void findsAddressesInChangelogsListsAndCode() {
        String text = """
                dash (0.5.10.2-6) unstable; urgency=medium

                  * Fix the build with newer compilers.

                 -- Jane Doe <jane@example.org>  Mon, 01 Jan 2024 12:00:00 +0000

                On Tue, Mar 04, 2014 at 12:48:06PM -0500, John Smith <john.smith@example.com> wrote:
                > Please send reports to bugs@lists.example.net, not to me.
                /*
                 * @author Jane Doe (jane.doe+code@example.co.uk)
                 */
                // Maintainer: ops-team@example.com
                # Contact: security@example.org
                """;
        assertThat(found(text))
                .containsExactly(
                        "jane@example.org",
                        "john.smith@example.com",
                        "bugs@lists.example.net",
                        "jane.doe+code@example.co.uk",
                        "ops-team@example.com",
                        "security@example.org");
    }

    /** One long line of addresses, and a References header folded over thousands of lines before an address. */
    @Test
    void findsAddressesOnLongLinesAndAfterManyFoldedLines() {
        String line = "x@example.com ".repeat(20_000);
        assertThat(found(line)).hasSize(20_000);
        String folded = "References: <1@a.example.org>\n" + " <2@b.example.org>\n".repeat(5_000) + "x@example.com\n";
        assertThat(found(folded)).containsExactly("x@example.com");
    }

    @Test
    void limitsLocalPartToSixtyFourCharacters() {
        assertThat(found("a".repeat(64) + "@example.com")).hasSize(1);
        assertThat(found("a".repeat(65) + "@example.com")).isEmpty();
    }

    @Test
    void findsSeveralAddresses() {
        assertThat(found("a@example.com,b@example.org;c@example.net"))
                .containsExactly("a@example.com", "b@example.org", "c@example.net");
    }

    @Test
    void reportsOnlyAddressesStartingInTheScanRange() {
        String text = "to: john@example.com";
        assertThat(candidates(new ScanText(text, 0, 4))).isEmpty();
        assertThat(candidates(new ScanText(text, 0, 5))).containsExactly(new Candidate(4, 20, 0.9));
        assertThat(candidates(new ScanText(text, 5, text.length()))).isEmpty();
    }

    @Test
    void masksLocalPartAndDomainLabelsButTld() {
        assertThat(DETECTOR.mask("john@example.com")).isEqualTo("j***@*******.com");
        assertThat(DETECTOR.mask("john.smith@mail.example.co.uk")).isEqualTo("j*********@****.*******.**.uk");
        assertThat(DETECTOR.mask("name%40example.com")).isEqualTo("n***%40*******.com");
    }

    @Test
    void normalizesToLowerCase() {
        assertThat(DETECTOR.normalize("John.Smith@Example.COM")).isEqualTo("john.smith@example.com");
        assertThat(DETECTOR.normalize("John.Smith%40Example.COM")).isEqualTo("john.smith@example.com");
    }
}
