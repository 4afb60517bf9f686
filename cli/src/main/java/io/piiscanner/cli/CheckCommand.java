package io.piiscanner.cli;

import io.piiscanner.cli.check.CheckFormat;
import io.piiscanner.cli.check.CheckReport;
import io.piiscanner.cli.check.TemplateResult;
import io.piiscanner.cli.input.Inputs;
import io.piiscanner.cli.input.IoErrors;
import io.piiscanner.preflight.Preflight;
import io.piiscanner.preflight.schema.ResourceSchemas;
import io.piiscanner.preflight.template.Location;
import io.piiscanner.preflight.template.TemplateLimits;
import io.piiscanner.preflight.template.TemplateSyntaxException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code pii-scanner check}: finds what makes CloudFormation templates fail to deploy or fail a
 * PCI DSS review, before {@code deploy}.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Checks CloudFormation templates (JSON or YAML, short-form tags included; hand-written or "
                    + "synthesized by the CDK) for what fails at deployment or in a PCI DSS review: KMS keys "
                    + "CloudWatch Logs may not use, properties and types the resource schemas do not have, "
                    + "broken references and cycles, deprecated Lambda runtimes, unencrypted or public data "
                    + "stores, short log retention, open security groups, API data tracing.",
            "Each finding has an impact (Critical, High, Medium, Low), the resource, the problem, why it "
                    + "fails, the fix and the AWS documentation."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:no Critical or High findings",
            "1:Critical or High findings",
            "2:usage error, or a template that cannot be read or is over the limits on size, resources "
                    + "and nesting (one line on standard error, with the line and column when there is one)"
        })
public final class CheckCommand implements Callable<Integer> {

    private static final int OUTPUT_BUFFER = 1 << 16;

    @ParentCommand
    private Main main;

    @Parameters(
            arity = "1..*",
            paramLabel = "TEMPLATE",
            description = "CloudFormation templates, e.g. cdk.out/MyStack.template.json; - for standard input.")
    private List<String> templates;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            converter = CheckFormat.Converter.class,
            description = "Report format: table (default), markdown (a failure analysis with each fix), json, sarif "
                    + "or html (a page with a chart, and a table that filters and sorts).")
    private CheckFormat format = CheckFormat.TABLE;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            converter = OptionConverters.OutputPath.class,
            description = "Write the report to FILE instead of standard output; it appears complete or not at all. "
                    + "A new FILE is readable by its owner only (0600); FILE must not be one of the templates.")
    private Path output;

    @Override
    public Integer call() throws IOException {
        Invocation invocation = main.invocation();
        refuseOutputAmongTemplates();
        Preflight preflight = Preflight.standard();
        List<TemplateResult> results = new ArrayList<>();
        for (String template : templates) {
            results.add(check(preflight, template, invocation));
        }
        CheckReport report = new CheckReport(
                VersionProvider.version(), ResourceSchemas.bundled().source(), preflight.rules(), results);
        for (TemplateResult r : results) {
            if (!r.readable()) {
                invocation.err().println("pii-scanner: " + r.errorLine());
            }
        }
        invocation.err().flush();
        try {
            writeReport(report, invocation);
        } catch (OutputException e) {
            if (output == null && e.isBrokenPipe()) {
                // The reader stopped reading; the verdict below still stands.
                return status(report);
            }
            throw e;
        }
        return status(report);
    }

    /** Refuses an output file that is one of the templates, before anything is read or written. */
    private void refuseOutputAmongTemplates() throws IOException {
        if (output == null || !Files.isRegularFile(output)) {
            return;
        }
        for (String template : templates) {
            if (!template.equals("-")
                    && Files.exists(Path.of(template))
                    && Files.isSameFile(output, Path.of(template))) {
                throw Inputs.outputIsInput(template);
            }
        }
    }

    private static int status(CheckReport report) {
        if (report.hasUnreadable()) {
            return ExitStatus.ERROR;
        }
        return report.failed() ? ExitStatus.FINDINGS : ExitStatus.CLEAN;
    }

    private static TemplateResult check(Preflight preflight, String template, Invocation invocation) {
        String source;
        try {
            byte[] bytes = template.equals("-") ? readAtMostLimit(invocation.in()) : readAtMostLimit(Path.of(template));
            if (bytes.length > TemplateLimits.MAX_BYTES) {
                return TemplateResult.unreadable(template, TemplateLimits.TOO_LARGE, Location.UNKNOWN);
            }
            source = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return TemplateResult.unreadable(template, "not UTF-8 text", Location.UNKNOWN);
        } catch (IOException e) {
            return TemplateResult.unreadable(template, IoErrors.reason(e), Location.UNKNOWN);
        }
        try {
            return TemplateResult.checked(template, preflight.check(source));
        } catch (TemplateSyntaxException e) {
            return TemplateResult.unreadable(template, e.problem(), e.location());
        } catch (RuntimeException | StackOverflowError e) {
            // A bug, but one template's failure must not take the other templates' findings with it.
            if (invocation.env().get(ErrorHandler.DEBUG_ENV) != null) {
                e.printStackTrace(invocation.err());
            }
            return TemplateResult.unreadable(
                    template,
                    "could not be checked: internal error: " + IoErrors.firstLine(e.toString()),
                    Location.UNKNOWN);
        }
    }

    /** The template's bytes, or the first {@code MAX_BYTES + 1} of a larger one: enough to refuse it. */
    private static byte[] readAtMostLimit(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readAtMostLimit(in);
        }
    }

    private static byte[] readAtMostLimit(InputStream in) throws IOException {
        return in.readNBytes(TemplateLimits.MAX_BYTES + 1);
    }

    private void writeReport(CheckReport report, Invocation invocation) throws IOException {
        if (output == null) {
            OutputStream out =
                    new BufferedOutputStream(new OutputStreamGuard(invocation.out(), "standard output"), OUTPUT_BUFFER);
            format.writer().write(report, out);
            out.flush();
            return;
        }
        try (AtomicFileOutput file = AtomicFileOutput.create(output)) {
            format.writer().write(report, file.stream());
            file.commit();
        }
    }
}
