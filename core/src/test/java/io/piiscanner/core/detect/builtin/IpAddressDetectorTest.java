package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.ScanText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IpAddressDetectorTest {

    private static final IpAddressDetector DETECTOR = new IpAddressDetector();

    private static List<Candidate> candidates(String text) {
        List<Candidate> out = new ArrayList<>();
        DETECTOR.find(ScanText.of(text), out::add);
        return out;
    }

    private static List<String> found(String text) {
        return candidates(text).stream().map(c -> text.substring(c.start(), c.end())).toList();
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
                .containsExactly(new Candidate(7, 19, 0.6, "ipv4"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "10.0.0.1|10.0.0.1",
        "0.0.0.0|0.0.0.0",
        "255.255.255.255|255.255.255.255",
        "from 10.0.0.1:8080|10.0.0.1",
        "[10.0.0.1]|10.0.0.1",
        "ip=10.0.0.1,next|10.0.0.1",
        "host 10.0.0.1.|10.0.0.1",
        "\"172.16.254.3\"|172.16.254.3",
    })
    void findsIpv4InContext(String text, String ip) {
        assertThat(found(text)).containsExactly(ip);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "256.1.1.1", "1.2.3", "01.2.3.4", "1.2.3.04", "1.2.3.256", "1.2.3.4.5", "version 1.2.3.4.5", "v1.2.3.4",
        "a1.2.3.4", "1.2.3.4a", "11.2.3.4.5", "9.1.2.3.4",
    })
    void rejectsNonIpv4(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void leavesVersionWordsToContextScoring() {
        // A dotted quad after "version" is reported; the context rule's negative word lowers it.
        assertThat(found("version 1.2.3.4")).containsExactly("1.2.3.4");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2001:db8::1", "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "fe80::1ff:fe23:4567:890a", "::ffff:192.168.1.1",
        "2001:DB8::", "64:ff9b::192.0.2.33", "1:2:3:4:5:6:7:800",
    })
    void findsIpv6(String ip) {
        assertThat(candidates(ip)).containsExactly(new Candidate(0, ip.length(), 0.8, "ipv6"));
        assertThat(found("src=[" + ip + "]:443")).containsExactly(ip);
        assertThat(found("ip:" + ip + ",")).containsExactly(ip);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "10:22:33", "12:30:45", "2024-03-15T10:22:33Z", "10:22:33.123", "00:1a:2b:3c:4d:5e", "00:1a:2b:3c:4d:5e:6f:70",
        "1:2:3:4:5:6:7:8", "std::vector", "Foo::Bar", "1::2:3::4", "12345::1", "::1", "::", "x2001:db8::1",
        "2001:db8::1x", "1:2:3:4:5:6:7:8:9", "at 12:30:45 on",
    })
    void rejectsNonIpv6(String text) {
        assertThat(found(text)).isEmpty();
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
        assertThat(DETECTOR.normalize("2001:0DB8:0000:0000:0000:0000:0000:0001")).isEqualTo("2001:db8::1");
        assertThat(DETECTOR.normalize("2001:db8::1")).isEqualTo("2001:db8::1");
        assertThat(DETECTOR.normalize("192.168.1.17")).isEqualTo("192.168.1.17");
    }
}
