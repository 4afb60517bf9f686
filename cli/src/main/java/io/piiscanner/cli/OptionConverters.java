package io.piiscanner.cli;

import io.piiscanner.cli.input.S3Inputs;
import io.piiscanner.cli.report.ReportFormat;
import io.piiscanner.core.detect.DetectorSettings;
import io.piiscanner.core.format.InputFormat;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parse and check option values, so that a bad value is a usage error naming the option, caught
 * before any work starts.
 */
final class OptionConverters {

    private OptionConverters() {}

    /** {@code --format}: a report format name. */
    static final class ReportFormatName implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            try {
                return ReportFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code --input-format}: an input format name. */
    static final class InputFormatName implements ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            try {
                return InputFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code --min-confidence}: a number from 0 to 1. */
    static final class Confidence implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double d;
            try {
                d = Double.parseDouble(value.strip());
            } catch (NumberFormatException e) {
                d = Double.NaN;
            }
            if (!(d >= 0.0 && d <= 1.0)) {
                throw new TypeConversionException("expected a number from 0 to 1, got '" + value + "'");
            }
            return d;
        }
    }

    /** {@code --region}, {@code --regions}: a two-letter region code that libphonenumber has metadata for. */
    static final class Region implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String code = value.strip().toUpperCase(Locale.ROOT);
            if (!DetectorSettings.isKnownRegion(code)) {
                throw new TypeConversionException(
                        "'" + value + "' is not a known region; use a two-letter ISO 3166 code such as US, GB or DE");
            }
            return code;
        }
    }

    /** {@code -o}: a local file; an S3 location is refused rather than taken for a folder named {@code s3:}. */
    static final class OutputPath implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            if (S3Inputs.isS3(value)) {
                throw new TypeConversionException(
                        "'" + value + "': S3 locations are not supported for output;" + " write a local file");
            }
            try {
                return Path.of(value);
            } catch (InvalidPathException e) {
                throw new TypeConversionException("'" + value + "' is not a valid path: " + e.getReason());
            }
        }
    }

    /** A whole number of at least 1, such as {@code --threads}. */
    static final class PositiveInt implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int n = Integer.parseInt(value.strip());
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // Reported below with the accepted range.
            }
            throw new TypeConversionException("expected a whole number of at least 1, got '" + value + "'");
        }
    }

    /** A whole number of at least 1, such as {@code --max-ratio}. */
    static final class PositiveLong implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                long n = Long.parseLong(value.strip());
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // Reported below with the accepted range.
            }
            throw new TypeConversionException("expected a whole number of at least 1, got '" + value + "'");
        }
    }

    /** A size in bytes with an optional binary suffix: {@code 1048576}, {@code 512K}, {@code 10G}. */
    static final class ByteSize implements ITypeConverter<Long> {
        private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([KMGT]?)I?B?", Pattern.CASE_INSENSITIVE);

        @Override
        public Long convert(String value) {
            Matcher m = SIZE.matcher(value.strip());
            if (m.matches()) {
                try {
                    int shift = 10 * "KMGT".indexOf(m.group(2).toUpperCase(Locale.ROOT)) + 10;
                    long n = Long.parseLong(m.group(1));
                    long bytes = m.group(2).isEmpty() ? n : Math.multiplyExact(n, 1L << shift);
                    if (bytes >= 1) {
                        return bytes;
                    }
                } catch (NumberFormatException | ArithmeticException e) {
                    // Too large: reported below.
                }
            }
            throw new TypeConversionException(
                    "expected a size of at least 1 byte such as 1048576, 512M or 10G, got '" + value + "'");
        }
    }
}
