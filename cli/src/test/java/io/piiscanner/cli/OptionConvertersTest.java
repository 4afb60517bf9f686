package io.piiscanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class OptionConvertersTest {

    @ParameterizedTest
    @CsvSource({
        "1,1",
        "1048576,1048576",
        "64K,65536",
        "512m,536870912",
        "10G,10737418240",
        "2GiB,2147483648",
        "1T,1099511627776",
        "100 MB,104857600"
    })
    void byteSizesTakeBinarySuffixes(String value, long bytes) {
        assertThat(new OptionConverters.ByteSize().convert(value)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "1.5G", "G", "10P", "99999999999999999999", "9999999999T"})
    void byteSizesMustBePositiveWholeAmounts(String value) {
        assertThatThrownBy(() -> new OptionConverters.ByteSize().convert(value))
                .isInstanceOf(TypeConversionException.class);
    }

    @Test
    void regionsAreUpperCasedAndChecked() {
        assertThat(new OptionConverters.Region().convert("gb")).isEqualTo("GB");
        assertThat(new OptionConverters.Region().convert("DE")).isEqualTo("DE");
        assertThatThrownBy(() -> new OptionConverters.Region().convert("XK1"))
                .isInstanceOf(TypeConversionException.class);
    }

    @Test
    void confidenceBoundsAreInclusive() {
        assertThat(new OptionConverters.Confidence().convert("0")).isZero();
        assertThat(new OptionConverters.Confidence().convert("1")).isEqualTo(1.0);
        assertThat(new OptionConverters.Confidence().convert("0.75")).isEqualTo(0.75);
    }
}
