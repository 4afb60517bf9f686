package io.piiscanner.preflight.rule;

import io.piiscanner.preflight.template.Location;
import io.piiscanner.preflight.template.Resource;
import java.util.Objects;

/**
 * One problem in a template, written for the person who has to fix it.
 *
 * @param ruleId       the rule that found it, e.g. {@code logs-kms-key-policy}
 * @param impact       how bad it is
 * @param resourceId   the logical id of the resource it is about, or {@code null} for the template
 * @param resourceType that resource's type, or {@code null}
 * @param location     where in the file, or {@link Location#UNKNOWN}
 * @param key          a short, stable name for what is wrong within the resource (a property
 *                     path, a principal), used to tell findings apart and to suppress one
 * @param problem      what is wrong
 * @param consequence  why it fails at deploy time or in an audit
 * @param fix          the fix, as a template snippet (YAML) with a line of explanation
 * @param docUrl       the AWS documentation that states the requirement
 */
public record Finding(
        String ruleId,
        Impact impact,
        String resourceId,
        String resourceType,
        Location location,
        String key,
        String problem,
        String consequence,
        String fix,
        String docUrl) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(consequence, "consequence");
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(docUrl, "docUrl");
    }

    /** Starts a finding of {@code rule} about {@code resource} (or the template when {@code null}). */
    public static Builder of(Rule rule, Impact impact, Resource resource) {
        return new Builder(rule.id(), impact, resource);
    }

    /** The resource as {@code LogicalId (AWS::Type)}, or {@code template}. */
    public String resourceLabel() {
        if (resourceId == null) {
            return "template";
        }
        return resourceType == null ? resourceId : resourceId + " (" + resourceType + ")";
    }

    /** Collects the parts of a finding; every part but the location is required. */
    public static final class Builder {
        private final String ruleId;
        private final Impact impact;
        private final Resource resource;
        private Location location;
        private String key;
        private String problem;
        private String consequence;
        private String fix;
        private String docUrl;

        private Builder(String ruleId, Impact impact, Resource resource) {
            this.ruleId = ruleId;
            this.impact = impact;
            this.resource = resource;
            this.location = resource == null ? Location.UNKNOWN : resource.location();
        }

        /** Where in the file; defaults to the resource. */
        public Builder at(Location where) {
            if (where != null && where.known()) {
                this.location = where;
            }
            return this;
        }

        /** The short name of what is wrong. */
        public Builder key(String value) {
            this.key = value;
            return this;
        }

        /** What is wrong. */
        public Builder problem(String value) {
            this.problem = value;
            return this;
        }

        /** Why it fails at deploy time or in an audit. */
        public Builder consequence(String value) {
            this.consequence = value;
            return this;
        }

        /** The fix, as a snippet. */
        public Builder fix(String value) {
            this.fix = value;
            return this;
        }

        /** The AWS documentation URL. */
        public Builder doc(String value) {
            this.docUrl = value;
            return this;
        }

        /** The finding. */
        public Finding build() {
            return new Finding(
                    ruleId,
                    impact,
                    resource == null ? null : resource.logicalId(),
                    resource == null ? null : resource.type(),
                    location,
                    key,
                    problem,
                    consequence,
                    fix,
                    docUrl);
        }
    }
}
