package io.piiscanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code check} on templates made to exhaust it: each ends with one line on standard error and
 * exit status 2, and the other templates of the run are still checked.
 */
class CheckHostileTemplateTest {

    @TempDir
    Path dir;

    static Stream<Arguments> hostile() {
        StringBuilder aliasChain = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i <= 24; i++) {
            aliasChain.append("a%d: &a%d [*a%d, *a%d]\n".formatted(i, i, i - 1, i - 1));
        }
        return Stream.of(
                Arguments.of(
                        "deep.yaml",
                        "A: " + "[".repeat(2_000) + "]".repeat(2_000) + "\n",
                        ":1:103: mappings and lists nested more than 100 deep"),
                Arguments.of(
                        "deep.json",
                        "{\"A\": " + "[".repeat(2_000) + "]".repeat(2_000) + "}",
                        ":1:107: Document nesting depth (101) exceeds the maximum allowed (100)"),
                Arguments.of(
                        "self.yaml",
                        "Resources: &r\n  B: *r\n",
                        ":2:3: the alias *r is inside the node it names, so it never ends"),
                Arguments.of(
                        "bomb.yaml",
                        aliasChain.toString(),
                        ": aliases expand the template past 4,000,000 values and characters"),
                Arguments.of(
                        "large.json",
                        "{\"Resources\": {}, \"Description\": \"" + "x".repeat(1 << 20) + "\"}",
                        ": larger than 1 MiB (1,048,576 bytes); CloudFormation does not accept a template over 1 MB"),
                Arguments.of(
                        "open.json",
                        "{\"Resources\": {",
                        ":1:16: the template ends before the object opened at 1:15 is closed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void eachEndsInOneLineAndExitTwoWithoutLosingTheOtherTemplates(String name, String content, String error)
            throws IOException {
        Path template = dir.resolve(name);
        Files.writeString(template, content, StandardCharsets.UTF_8);
        Path good = dir.resolve("good.yaml");
        Files.writeString(good, CheckCommandTest.FAILING, StandardCharsets.UTF_8);

        Cli.Result r = Cli.run("check", "--format", "json", template.toString(), good.toString());

        assertThat(r.exit()).isEqualTo(ExitStatus.ERROR);
        assertThat(r.errLines())
                .singleElement()
                .asString()
                .startsWith("pii-scanner: " + template)
                .endsWith(error)
                .doesNotContain("Exception", "\tat ", "REDACTED");
        JsonNode templates = new ObjectMapper().readTree(r.out()).path("templates");
        assertThat(templates.get(0).path("findings")).isEmpty();
        assertThat(templates.get(1).path("findings")).isNotEmpty();
    }

    @Test
    void endlessOrOversizedInputIsRefusedAfterReadingOneMebibyte() throws IOException {
        Cli.Result zero = Cli.run("check", "/dev/zero");
        assertThat(zero.exit()).isEqualTo(ExitStatus.ERROR);
        assertThat(zero.err())
                .isEqualTo("pii-scanner: /dev/zero: larger than 1 MiB (1,048,576 bytes); "
                        + "CloudFormation does not accept a template over 1 MB\n");
        Cli.Result stdin = Cli.withStdin(new byte[(1 << 20) + 1], "check", "-");
        assertThat(stdin.exit()).isEqualTo(ExitStatus.ERROR);
        assertThat(stdin.errLines()).singleElement().asString().startsWith("pii-scanner: -: larger than 1 MiB");
        Path exactly = dir.resolve("exactly.yaml");
        Files.writeString(exactly, "Resources: {T: {Type: AWS::SNS::Topic}}\n#" + "x".repeat((1 << 20) - 42) + "\n");
        assertThat(Files.size(exactly)).isEqualTo(1 << 20);
        assertThat(Cli.run("check", exactly.toString()).err()).isEmpty();
    }
}
