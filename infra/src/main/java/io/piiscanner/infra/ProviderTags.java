package io.piiscanner.infra;

import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.IAspect;
import software.amazon.awscdk.TagManager;
import software.constructs.IConstruct;

/**
 * Puts the stack's tags on the roles and functions of CDK's custom resource providers (bucket
 * auto-delete, default security group restriction). CDK builds them from untyped
 * {@link CfnResource}s that {@code Tags.of(...)} cannot reach, yet CloudFormation can tag them.
 */
final class ProviderTags implements IAspect {

    private static final Set<String> TYPES = Set.of("AWS::IAM::Role", "AWS::Lambda::Function");

    private final List<Map<String, String>> tags;

    /**
     * Creates the aspect.
     *
     * @param tags tag keys and values
     */
    ProviderTags(Map<String, String> tags) {
        this.tags = tags.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> Ordered.of(Map.of("Key", e.getKey(), "Value", e.getValue())))
                .toList();
    }

    @Override
    public void visit(IConstruct node) {
        if (node instanceof CfnResource resource
                && TYPES.contains(resource.getCfnResourceType())
                && !TagManager.isTaggable(resource)) {
            resource.addPropertyOverride("Tags", tags);
        }
    }
}
