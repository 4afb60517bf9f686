package io.piiscanner.preflight.template;

/**
 * The largest template that is read. CloudFormation's own quotas bound what a deployable template
 * can be; the rest bound what a hostile file can make the readers and rules do, well above what a
 * template within those quotas holds, so that any input ends in findings or a one-line error in
 * bounded time and memory.
 */
public final class TemplateLimits {

    /** CloudFormation's largest template body (one uploaded to S3): 1 MiB. */
    public static final int MAX_BYTES = 1 << 20;

    /** CloudFormation's most resources in one stack. */
    public static final int MAX_RESOURCES = 500;

    /** The deepest nesting of mappings and lists, YAML aliases expanded; real templates stay under 30. */
    public static final int MAX_DEPTH = 100;

    /** CloudFormation's longest logical id; every finding about a resource names it. */
    public static final int MAX_LOGICAL_ID_LENGTH = 255;

    /**
     * The most a template may hold once YAML aliases are expanded, counting one for each value
     * (mapping, list, scalar, key) and one for each character of their text: well above the most
     * 1 MiB can hold without aliases (about one per byte, as in {@code [a,a,...]}), far below what
     * a chain of aliases can describe in a few hundred bytes.
     */
    public static final int MAX_EXPANDED_SIZE = 4_000_000;

    /** Why a template over {@link #MAX_BYTES} is refused. */
    public static final String TOO_LARGE =
            "larger than 1 MiB (1,048,576 bytes); CloudFormation does not accept " + "a template over 1 MB";

    private TemplateLimits() {}
}
