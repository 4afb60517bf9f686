package io.piiscanner.preflight.template;

/**
 * A template that cannot be read: not JSON or YAML, an unknown short-form tag, a duplicate key,
 * not a mapping at the top, or over one of the {@link TemplateLimits}. Carries the line and
 * column of the problem when there is one.
 */
public final class TemplateSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Location location;
    private final String problem;

    /**
     * @param problem  what is wrong, without the position
     * @param location where, or {@link Location#UNKNOWN}
     */
    public TemplateSyntaxException(String problem, Location location) {
        super(location.known() ? location + ": " + problem : problem);
        this.problem = problem;
        this.location = location;
    }

    /** Where the problem is. */
    public Location location() {
        return location;
    }

    /** What is wrong, without the position. */
    public String problem() {
        return problem;
    }
}
