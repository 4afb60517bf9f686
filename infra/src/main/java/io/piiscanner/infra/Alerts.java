package io.piiscanner.infra;

import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/**
 * The alerts topic: the scanner publishes high-risk findings (counts and masked samples only)
 * and every alarm notifies it; its policy lets CloudWatch publish for the stack's alarms only. An e-mail address from context ({@code -c alertEmail=...}) is
 * subscribed; AWS asks that address to confirm before delivering.
 */
public final class Alerts extends Construct {

    private final Topic topic;

    /**
     * Creates the topic.
     *
     * @param scope the stack
     * @param id construct id
     * @param base the names, key and removal behaviour of the stack
     * @param email an address to subscribe, if any
     */
    public Alerts(Construct scope, String id, Foundation base, Optional<String> email) {
        super(scope, id);
        ResourceNames names = base.names();
        IKey key = base.key();
        Removal removal = base.removal();
        topic = Topic.Builder.create(this, "Topic")
                .topicName(names.alertsTopic())
                .displayName("pii-scanner alerts (" + names.suffix() + ")")
                .masterKey(key)
                .enforceSsl(true)
                .build();
        // enforceSsl writes a topic policy, which replaces SNS's default one: without this grant the
        // policy holds only the TLS Deny and every alarm notification is refused.
        topic.addToResourcePolicy(PolicyStatement.Builder.create()
                .sid("AllowStackAlarmsToPublish")
                .effect(Effect.ALLOW)
                .principals(List.of(new ServicePrincipal("cloudwatch.amazonaws.com")))
                .actions(List.of("sns:Publish"))
                .resources(List.of(topic.getTopicArn()))
                .conditions(Alarms.sourceConditions(names))
                .build());
        topic.applyRemovalPolicy(removal.policy());
        email.ifPresent(address -> topic.addSubscription(new EmailSubscription(address)));
    }

    /** Returns the topic. */
    public Topic topic() {
        return topic;
    }
}
