package io.piiscanner.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InetLiteralsTest {

    @ParameterizedTest
    @CsvSource({"0.0.0.0, 0", "255.255.255.255, 4294967295", "192.168.1.17, 3232235793", "10.0.0.1, 167772161"})
    void parsesIpv4(String text, long value) {
        assertThat(InetLiterals.parseIpv4(text, 0, text.length())).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "256.1.1.1",
                "1.2.3",
                "1.2.3.4.5",
                "01.2.3.4",
                "1.2.3.04",
                "1..2.3",
                "1.2.3.",
                "a.b.c.d",
                "",
            })
    void rejectsBadIpv4(String text) {
        assertThat(InetLiterals.parseIpv4(text, 0, text.length())).isEqualTo(-1);
    }

    @ParameterizedTest
    @CsvSource({
        "2001:db8::1, 2001:db8::1",
        "2001:0DB8:0000:0000:0000:0000:0000:0001, 2001:db8::1",
        "2001:0db8:85a3:0000:0000:8a2e:0370:7334, 2001:db8:85a3::8a2e:370:7334",
        "::, ::",
        "::1, ::1",
        "fe80::, fe80::",
        "1:0:0:2:0:0:0:3, 1:0:0:2::3",
        "1:0:2:3:4:5:6:7, 1:0:2:3:4:5:6:7",
        "::ffff:192.168.1.1, ::ffff:c0a8:101",
        "1:2:3:4:5:6:1.2.3.4, 1:2:3:4:5:6:102:304",
    })
    void parsesAndFormatsIpv6(String text, String canonical) {
        int[] groups = InetLiterals.parseIpv6(text, 0, text.length());
        assertThat(groups).isNotNull();
        assertThat(InetLiterals.formatIpv6(groups)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "12:30:45",
                "00:1a:2b:3c:4d:5e",
                "1::2::3",
                ":::1",
                "1:2:3:4:5:6:7:8:9",
                "12345::1",
                "1:",
                ":1",
                "1:2:3:4:5:6:7:8::",
                "::g",
                "1:2:3:4:5:6:7:1.2.3.4",
                "::1.2.3",
                "::1.2.3.4:5",
                "fe80::1%eth0",
                ":"
            })
    void rejectsBadIpv6(String text) {
        assertThat(InetLiterals.parseIpv6(text, 0, text.length())).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "0.0.0.0, UNSPECIFIED", "0.0.0.1, THIS_NETWORK", "0.255.255.255, THIS_NETWORK", "1.0.0.0, PUBLIC",
        "9.255.255.255, PUBLIC", "10.0.0.0, PRIVATE", "10.255.255.255, PRIVATE", "11.0.0.0, PUBLIC",
        "100.63.255.255, PUBLIC", "100.64.0.0, SHARED", "100.127.255.255, SHARED", "100.128.0.0, PUBLIC",
        "127.0.0.1, LOOPBACK", "127.255.255.254, LOOPBACK", "169.253.255.255, PUBLIC", "169.254.0.1, LINK_LOCAL",
        "169.255.0.0, PUBLIC", "172.15.255.255, PUBLIC", "172.16.0.0, PRIVATE", "172.31.255.255, PRIVATE",
        "172.32.0.0, PUBLIC", "192.0.2.1, DOCUMENTATION", "192.0.3.1, PUBLIC", "192.167.255.255, PUBLIC",
        "192.168.0.0, PRIVATE", "192.169.0.0, PUBLIC", "198.51.100.255, DOCUMENTATION", "198.51.101.0, PUBLIC",
        "203.0.113.0, DOCUMENTATION", "203.0.114.0, PUBLIC", "223.255.255.255, PUBLIC", "224.0.0.0, MULTICAST",
        "239.255.255.255, MULTICAST", "240.0.0.0, RESERVED", "255.255.255.0, RESERVED", "255.255.255.255, RESERVED",
    })
    void classifiesIpv4(String text, AddressClass expected) {
        assertThat(InetLiterals.classifyIpv4(InetLiterals.parseIpv4(text, 0, text.length())))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "::, UNSPECIFIED",
        "::1, LOOPBACK",
        "::2, PUBLIC",
        "2a00:1450::200e, PUBLIC",
        "fe80::1, LINK_LOCAL",
        "febf:ffff::1, LINK_LOCAL",
        "fec0::1, PUBLIC",
        "fbff::1, PUBLIC",
        "fc00::1, PRIVATE",
        "fdff::1, PRIVATE",
        "2001:db8::1, DOCUMENTATION",
        "2001:db9::1, PUBLIC",
        "3fff:fff::1, DOCUMENTATION",
        "3fff:1000::1, PUBLIC",
        "ff02::1, MULTICAST",
        "::ffff:10.1.2.3, PRIVATE",
        "::ffff:8.8.8.8, PUBLIC",
        "::ffff:0.0.0.0, UNSPECIFIED",
    })
    void classifiesIpv6(String text, AddressClass expected) {
        assertThat(InetLiterals.classifyIpv6(InetLiterals.parseIpv6(text, 0, text.length())))
                .isEqualTo(expected);
    }

    /** The formatted text is a pure literal, so InetAddress parses it without any name lookup. */
    @Property
    void formatRoundTripsAndAgreesWithJdk(@ForAll("groups") int[] groups) throws Exception {
        String text = InetLiterals.formatIpv6(groups);
        assertThat(InetLiterals.parseIpv6(text, 0, text.length())).isEqualTo(groups);
        byte[] jdk = InetAddress.getByName(text).getAddress();
        if (jdk.length == 16) {
            for (int i = 0; i < 8; i++) {
                assertThat(((jdk[2 * i] & 0xff) << 8) | (jdk[2 * i + 1] & 0xff)).isEqualTo(groups[i]);
            }
        }
    }

    @Provide
    Arbitrary<int[]> groups() {
        // Many zeros, so that compression of zero runs of every length is exercised.
        Arbitrary<Integer> group = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 0xffff)));
        return group.array(int[].class).ofSize(8);
    }
}
