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

class IpAddressDetectorTest {

    private static final IpAddressDetector DETECTOR = new IpAddressDetector();

    private static List<Candidate> candidates(String text) {
        List<Candidate> out = new ArrayList<>();
        DETECTOR.find(ScanText.of(text), out::add);
        return out;
    }

    private static List<String> found(String text) {
        return candidates(text).stream()
                .map(c -> text.substring(c.start(), c.end()))
                .toList();
    }

    @Test
    void describesItself() {
        assertThat(DETECTOR.id()).isEqualTo("ip-address");
        assertThat(DETECTOR.type()).isEqualTo(EntityTypes.IP_ADDRESS);
        assertThat(DETECTOR.context().required()).isFalse();
        assertThat(DETECTOR.context().words()).contains("ip", "host", "client");
        assertThat(DETECTOR.context().negative()).contains("version");
    }

    @Test
    void findsIpv4WithExactSpanScoreAndDetail() {
        assertThat(candidates("client 192.168.1.17 connected"))
                .containsExactly(new Candidate(7, 19, 0.6, "ipv4 private"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "10.0.0.1|10.0.0.1",
                "from 10.0.0.1:8080|10.0.0.1",
                "[10.0.0.1]|10.0.0.1",
                "ip=10.0.0.1,next|10.0.0.1",
                "host 10.0.0.1.|10.0.0.1",
                "\"172.16.254.3\"|172.16.254.3",
                "ifconfig eth0:0:192.168.1.20 up|192.168.1.20",
                "scan 192.168.1.1-254|192.168.1.1",
                "allow 10.0.0.1-10.0.0.9|10.0.0.1",
                "ssh deploy@198.51.100.7|198.51.100.7",
                "moved from 10.0.0.1 to 10.0.0.2|10.0.0.1",
                "docker run --add-host=db.internal:10.0.0.5 app|10.0.0.5",
                "  - \"somehost:162.242.195.82\"|162.242.195.82",
                "Registering executor, to 10.10.34.11|10.10.34.11",
            })
    void findsIpv4InContext(String text, String ip) {
        assertThat(found(text)).first().isEqualTo(ip);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "8.8.8.8|ipv4 public",
                "10.1.2.3|ipv4 private",
                "172.31.255.254|ipv4 private",
                "192.168.0.1|ipv4 private",
                "100.64.0.1|ipv4 shared",
                "127.0.0.1|ipv4 loopback",
                "169.254.169.254|ipv4 link-local",
                "192.0.2.10|ipv4 documentation",
                "198.51.100.7|ipv4 documentation",
                "203.0.113.195|ipv4 documentation",
                "224.0.0.251|ipv4 multicast",
                "2a00:1450:4001:81b::200e|ipv6 public",
                "2001:db8::8a2e:370:7334|ipv6 documentation",
                "fe80::1ff:fe23:4567:890a|ipv6 link-local",
                "fd12:3456:789a::1|ipv6 private",
                "ff02::1:ff00:1234|ipv6 multicast",
                "::ffff:192.168.1.1|ipv6 private",
            })
    void tellsAddressClassesApart(String ip, String detail) {
        assertThat(candidates("addr " + ip)).extracting(Candidate::detail).containsExactly(detail);
    }

    /** The unspecified address, "this network" and netmasks name no host, so no person. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "listening on 0.0.0.0:8080",
                "bind [::]:443",
                "netmask 255.255.255.0",
                "mask 255.255.0.0",
                "broadcast 255.255.255.255",
                "0.1.2.3",
                "ip 240.0.0.1",
            })
    void leavesOutAddressesOfNoHost(String text) {
        assertThat(found(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "256.1.1.1",
                "1.2.3",
                "01.2.3.4",
                "1.2.3.04",
                "1.2.3.256",
                "1.2.3.4.5",
                "version 1.2.3.4.5",
                "v1.2.3.4",
                "a1.2.3.4",
                "1.2.3.4a",
                "11.2.3.4.5",
                "9.1.2.3.4",
            })
    void rejectsNonIpv4(String text) {
        assertThat(found(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Package_for_KB2570947~31bf3856ad364e35~amd64~~6.1.1.0",
                "Git 1.7.12.4 Release Notes",
                "Bump spotbugs-maven-plugin from 4.2.0 to 4.7.3.0",
                "as described in section 4.20.7.1",
                "dash 0.5.10.2-6",
                "$Revision: 1.2.3.4 $",
                "vendortag:1.1.1.1",
                "version 1.2.3.4",
                "Version: 10.2.1.4",
                "v 1.2.3.4",
                "foo-4.7.3.0.jar",
                "libfoo 1.2.3.4-1ubuntu1",
                "1.2.3.4-SNAPSHOT",
                "requests>=2.31.0.1",
                "foo == 1.2.3.4",
                "gem 'rails', '~> 7.1.3.2'",
                "\"lodash\": \"^4.17.21.1\"",
                "upgrade to 1.2.3.4",
                "foo `4.2.0` -> `4.7.3.0`",
                "fileVersion=6.1.7601.1",
                "FileVersion: 10.0.1.2",
                "Release 12.1.0.2 of the database",
                "<version>4.7.3.0</version>",
                "\"version\": \"1.2.3.4\"",
                "implementation 'com.google.guava:guava:31.1.0.1'",
                "org.apache.maven.plugins:maven-surefire-plugin:jar:3.0.0.1",
                "mvn spotbugs-maven-plugin:4.7.3.0:check",
            })
    void rejectsVersionNumbers(String text) {
        assertThat(found(text)).isEmpty();
    }

    /** A Windows CBS log, release notes, a Dependabot commit, dpkg, CVS and an RFC: versions, no addresses. */
    @Test
    void findsNoAddressInVersionedText() {
        String text = """
                2014-03-04 17:48:06, Info                  CBS    Exec: Package: Package_for_KB2570947~31bf3856ad364e35~amd64~~6.1.1.0 is already in the correct state
                Git 1.7.12.4 Release Notes
                ==========================

                Fixes since v1.7.12.3
                Bump spotbugs-maven-plugin from 4.2.0 to 4.7.3.0 (#212)
                Bumps [spotbugs-maven-plugin](https://github.com/spotbugs/spotbugs-maven-plugin) from 4.2.0 to 4.7.3.0.
                ii  dash           0.5.10.2-6     amd64        POSIX-compliant shell
                 * $Revision: 1.2.3.4 $
                symbolic names:
                	vendortag:1.1.1.1
                	release-1: 1.1.1.1
                   The rules of section 4.20.7.1 apply.
                """;
        assertThat(found(text)).isEmpty();
    }

    /**
     * Versions whose neighbours say so: a browser's product token in access logs, a Debian
     * package with its architecture in apt's history, a change wrapped over two lines, a label
     * before a comparison, and a number listed with a labelled version.
     */
    @Test
    void findsNoAddressInVersionsNamedByNeighbours() {
        String text = """
                83.185.20.7 - - [11/Mar/2024:09:14:22 +0000] "GET / HTTP/1.1" 200 512 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36 Edg/119.0.2151.97"
                10.0.0.7 - - [11/Mar/2024:09:14:23 +0000] "GET / HTTP/1.1" 200 512 "-" "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36"
                Install: alsa-topology-conf:amd64 (1.2.5.1-2, automatic), librsvg2-2:amd64 (2.54.7+dfsg-1~deb12u1, automatic)
                2024-03-11 09:14:22 status installed alsa-ucm-conf:all 1.2.8.1-1
                   "Git 1.7.12.4 Release Notes", "bump plugin from 4.2.0 to
                   4.7.3.0", "dash 0.5.10.2-6"
                    upgrades from versions before 1.7.9.5 (the version in Ubuntu
                Firmware 2.0.1.14 and bootloader 3.1.0.2 are the latest.
                Tested on versions older than 6.1.7.1, and on 4.2.0 and 6.1.7.2.
                """;
        assertThat(found(text)).containsExactly("83.185.20.7", "10.0.0.7");
    }

    /** Addresses beside the same words and tokens: a host name before a slash, a build sent to a host, a CSV row. */
    @Test
    void findsAddressesBesideVersionLikeNeighbours() {
        String text = """
                [Producer clientId=app-1] Connection to node -1 (kafka-0.kafka-headless.default.svc.cluster.local/10.43.136.157:9092) could not be established.
                Opening socket connection to server localhost/127.0.0.1:2181.
                Deploying the release build to 10.0.0.5 failed, retrying on 10.0.0.6.
                version 1.2.3.4 and host 10.0.0.1 are in the inventory.
                app_version,client_ip
                1.2.3,192.168.7.237
                Servers 4.2.0.1, 10.0.0.9 and 10.0.0.10 are up.
                """;
        assertThat(found(text))
                .containsExactly(
                        "10.43.136.157",
                        "127.0.0.1",
                        "10.0.0.5",
                        "10.0.0.6",
                        "10.0.0.1",
                        "192.168.7.237",
                        "4.2.0.1",
                        "10.0.0.9",
                        "10.0.0.10");
    }

    /** sshd, an Apache access and error log, a firewall, HDFS, Zookeeper and ip(8): every address is found. */
    @Test
    void findsEveryAddressInLogs() {
        String text = """
                Mar  4 17:48:06 bastion sshd[4242]: Accepted password for root from 10.0.0.5 port 22 ssh2
                Mar  4 17:48:09 bastion sshd[4250]: Failed password for invalid user admin from 203.0.113.77 port 38926 ssh2
                Mar  4 17:48:11 bastion sshd[4251]: Accepted publickey for deploy from 2001:db8:85a3::8a2e:370:7334 port 51234 ssh2
                192.168.1.20 - - [04/Mar/2014:17:48:06 +0000] "GET /downloads/dash-0.5.10.2.tar.gz HTTP/1.1" 200 2326 "-" "Wget/1.20.3"
                [Tue Mar 04 17:48:06.123456 2014] [core:error] [pid 1234] [client 172.16.5.4:52314] AH00126: Invalid URI
                Mar  4 17:48:10 fw kernel: [UFW BLOCK] IN=eth0 OUT= SRC=192.168.1.21 DST=8.8.4.4 LEN=60 PROTO=TCP DPT=22
                081109 203518 143 INFO dfs.DataNode$DataXceiver: Receiving block blk_-1608 src: /10.250.19.102:54106 dest: /10.250.19.103:50010
                2014-03-04 17:48:06,123 - INFO  [NIOServerCxn.Factory:0.0.0.0/0.0.0.0:2181:NIOServerCnxnFactory@197] - Accepted socket connection from /10.10.34.11:55301
                    inet 192.168.1.22/24 brd 192.168.1.255 scope global eth0
                    inet6 fe80::1ff:fe23:4567:890a/64 scope link
                """;
        assertThat(found(text))
                .containsExactly(
                        "10.0.0.5",
                        "203.0.113.77",
                        "2001:db8:85a3::8a2e:370:7334",
                        "192.168.1.20",
                        "172.16.5.4",
                        "192.168.1.21",
                        "8.8.4.4",
                        "10.250.19.102",
                        "10.250.19.103",
                        "10.10.34.11",
                        "192.168.1.22",
                        "192.168.1.255",
                        "fe80::1ff:fe23:4567:890a");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2001:db8::1",
                "2001:0db8:85a3:0000:0000:8a2e:0370:7334",
                "fe80::1ff:fe23:4567:890a",
                "::ffff:192.168.1.1",
                "2001:DB8::",
                "64:ff9b::192.0.2.33",
                "1:2:3:4:5:6:7:800",
            })
    void findsIpv6(String ip) {
        assertThat(candidates(ip))
                .extracting(Candidate::start, Candidate::end, Candidate::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, ip.length(), 0.8));
        assertThat(found("src=[" + ip + "]:443")).containsExactly(ip);
        assertThat(found("ip:" + ip + ",")).containsExactly(ip);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "10:22:33",
                "12:30:45",
                "2024-03-15T10:22:33Z",
                "10:22:33.123",
                "00:1a:2b:3c:4d:5e",
                "00:1a:2b:3c:4d:5e:6f:70",
                "1:2:3:4:5:6:7:8",
                "std::vector",
                "Foo::Bar",
                "1::2:3::4",
                "12345::1",
                "::1",
                "::",
                "x2001:db8::1",
                "2001:db8::1x",
                "1:2:3:4:5:6:7:8:9",
                "at 12:30:45 on",
                "RFC 2822::",
                "--add::",
                "fetch fd::17",
                "\"ab::cd:ef\"",
                "fe80::",
                "dead::beef",
                "alice:x:1000:1000::/home/alice:/bin/bash",
            })
    void rejectsNonIpv6(String text) {
        assertThat(found(text)).isEmpty();
    }

    /** /etc/passwd, AsciiDoc definition lists (git's documentation) and a trace: colons, no addresses. */
    @Test
    void findsNoAddressInColonTokens() {
        String text = """
                root:x:0:0:root:/root:/bin/bash
                alice:x:1000:1000::/home/alice:/bin/bash
                bob:x:1001:1001::/home/bob:/bin/sh
                --add::
                	Adds a new line to the option without altering any existing values.
                RFC 2822::
                	The format of the message, as in "ab::cd:ef".
                read(3, ...) = 17; fetch fd::17 done
                """;
        assertThat(found(text)).isEmpty();
    }

    /**
     * Found by MatchStartTest's random property: an IPv4 address at the end of a colon token that is
     * no IPv6 address is an address, whether the pattern is tried at every position or only at
     * token starts.
     */
    @ParameterizedTest
    @ValueSource(strings = {":0:192.168.1.20", "1:2:3:192.168.1.20"})
    void findsIpv4AtTheEndOfAColonToken(String text) {
        assertThat(found(text)).containsExactly("192.168.1.20");
    }

    @Test
    void masksAllButTheLastPart() {
        assertThat(DETECTOR.mask("192.168.1.17")).isEqualTo("***.***.***.17");
        assertThat(DETECTOR.mask("10.0.0.1")).isEqualTo("***.***.***.1");
        assertThat(DETECTOR.mask("2001:db8::1")).isEqualTo("****:***::1");
        assertThat(DETECTOR.mask("::ffff:192.168.1.1")).isEqualTo("::****:***.***.***.1");
    }

    @Test
    void normalizesIpv6ToCanonicalForm() {
        assertThat(DETECTOR.normalize("2001:0DB8:0000:0000:0000:0000:0000:0001"))
                .isEqualTo("2001:db8::1");
        assertThat(DETECTOR.normalize("2001:db8::1")).isEqualTo("2001:db8::1");
        assertThat(DETECTOR.normalize("192.168.1.17")).isEqualTo("192.168.1.17");
    }
}
