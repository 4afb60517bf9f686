package io.piiscanner.preflight.lambda;

import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Impact;
import io.piiscanner.preflight.rule.Rule;
import io.piiscanner.preflight.template.CfnMap;
import io.piiscanner.preflight.template.CfnValue;
import io.piiscanner.preflight.template.Intrinsics;
import io.piiscanner.preflight.template.Resource;
import io.piiscanner.preflight.template.Template;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lambda functions on deprecated runtimes, or on runtimes built on Amazon Linux 2 or older. Once
 * Lambda blocks creating functions with a runtime the deployment fails; once it is deprecated it
 * gets no security patches, which PCI DSS 6.3.3 does not allow.
 */
public final class LambdaRuntimeRule implements Rule {

    private static final String DOC = "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html";
    private static final Set<String> FUNCTION_TYPES = Set.of("AWS::Lambda::Function", "AWS::Serverless::Function");
    /** How far ahead a deprecation counts as soon. */
    private static final int SOON_DAYS = 90;

    private final RuntimeTable table;
    private final LocalDate today;

    /**
     * @param table the runtimes and their dates
     * @param today the date to judge against
     */
    public LambdaRuntimeRule(RuntimeTable table, LocalDate today) {
        this.table = table;
        this.today = today;
    }

    @Override
    public String id() {
        return "lambda-runtime";
    }

    @Override
    public String title() {
        return "Lambda functions use a supported runtime on Amazon Linux 2023";
    }

    @Override
    public String description() {
        return "Runtimes past their block-create date fail to deploy; deprecated ones get no security patches "
                + "(PCI DSS 6.3.3); runtimes on Amazon Linux 2 (end of life " + table.amazonLinux2EndOfLife()
                + ") or older are next. Dates: " + table.source() + ".";
    }

    @Override
    public List<Finding> check(Template template) {
        List<Finding> out = new ArrayList<>();
        for (Resource fn : template.resources()) {
            if (fn.isOneOf(FUNCTION_TYPES)) {
                for (CfnValue value : Intrinsics.alternatives(fn.property("Runtime"))) {
                    String id = runtimeId(value, template);
                    if (id != null) {
                        judge(fn, id, value, out);
                    }
                }
            }
        }
        return out;
    }

    /** The runtime named literally or by a parameter's default; {@code null} when computed. */
    private static String runtimeId(CfnValue value, Template template) {
        if (value.text() != null) {
            return value.text();
        }
        String ref = Intrinsics.ref(value);
        if (ref != null && template.isParameter(ref)) {
            CfnMap parameter = template.section("Parameters").map(ref);
            return parameter == null ? null : parameter.text("Default");
        }
        return null;
    }

    private void judge(Resource fn, String id, CfnValue value, List<Finding> out) {
        LambdaRuntime rt = table.runtime(id);
        Finding.Builder b = null;
        if (rt == null) {
            b = Finding.of(this, Impact.LOW, fn)
                    .problem("Runtime `" + id + "` is not in this tool's runtime table.")
                    .consequence("If it is not a Lambda runtime identifier the deployment fails with \"Value " + id
                            + " at 'runtime' failed to satisfy constraint\"; if it is newer than the table, "
                            + "ignore this.")
                    .fix("Runtime: python3.13   # or nodejs24.x, java21, provided.al2023, ...");
        } else if (passed(rt.blockCreate()) || passed(rt.blockUpdate())) {
            boolean updateBlocked = passed(rt.blockUpdate());
            b = Finding.of(this, Impact.CRITICAL, fn)
                    .problem("Runtime `" + id + "` is deprecated (" + rt.deprecated() + "); Lambda has blocked "
                            + (updateBlocked
                                    ? "creating and updating functions with it since " + rt.blockUpdate()
                                    : "creating functions with it since " + rt.blockCreate())
                            + ".")
                    .consequence("The function fails to create" + (updateBlocked ? " or update" : "")
                            + " (\"The runtime parameter of " + id + " is no longer supported for creating or "
                            + "updating AWS Lambda functions\") and the stack rolls back.");
        } else if (passed(rt.deprecated())) {
            b = Finding.of(this, Impact.HIGH, fn)
                    .problem("Runtime `" + id + "` has been deprecated since " + rt.deprecated()
                            + ": it gets no security patches" + blockDates(rt) + ".")
                    .consequence("It still deploys until Lambda blocks it, but unpatched components fail PCI DSS "
                            + "6.3.3 (apply security patches), and the next deployment after the block date fails.");
        } else if (rt.onAmazonLinux2OrOlder()) {
            b = Finding.of(this, Impact.MEDIUM, fn)
                    .problem("Runtime `" + id + "` runs on " + rt.os() + ", whose end of life was "
                            + table.amazonLinux2EndOfLife() + "; the runtime is deprecated on " + rt.deprecated()
                            + blockDates(rt) + ".")
                    .consequence("It deploys today; plan the move before Lambda blocks updates, or a routine "
                            + "deployment will fail.");
        } else if (rt.deprecated() != null && ChronoUnit.DAYS.between(today, rt.deprecated()) <= SOON_DAYS) {
            b = Finding.of(this, Impact.MEDIUM, fn)
                    .problem("Runtime `" + id + "` is deprecated on " + rt.deprecated() + ", in "
                            + ChronoUnit.DAYS.between(today, rt.deprecated()) + " days.")
                    .consequence("It deploys today; after the deprecation date it gets no security patches.");
        }
        if (b != null) {
            if (rt != null) {
                b.fix("Runtime: " + (rt.successor() == null ? "<a supported runtime>" : rt.successor())
                        + "   # test the function on it first");
            }
            out.add(b.at(value.location().known() ? value.location() : fn.propertyLocation("Runtime"))
                    .key("Properties.Runtime")
                    .doc(DOC)
                    .build());
        }
    }

    private boolean passed(LocalDate date) {
        return date != null && !today.isBefore(date);
    }

    private static String blockDates(LambdaRuntime rt) {
        if (rt.blockCreate() == null && rt.blockUpdate() == null) {
            return "";
        }
        return "; creating functions is blocked from "
                + (rt.blockCreate() == null ? "a date not yet announced" : rt.blockCreate()) + ", updating them from "
                + (rt.blockUpdate() == null ? "a date not yet announced" : rt.blockUpdate());
    }
}
