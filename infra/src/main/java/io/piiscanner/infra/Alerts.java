package io.piiscanner.infra;

import java.util.Optional;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/**
 * The alerts topic: the scanner publishes high-risk findings (counts and masked samples only)
 * and every alarm notifies it. An e-mail address from context ({@code -c alertEmail=...}) is
 * subscribed; AWS asks that address to confirm before delivering.
 */
public final class Alerts extends Construct {

  private final Topic topic;

  /**
   * Creates the topic.
   *
   * @param scope the stack
   * @param id construct id
   * @param names resource names
   * @param key the key that encrypts messages at rest
   * @param email an address to subscribe, if any
   * @param removal removal behaviour
   */
  public Alerts(Construct scope, String id, ResourceNames names, IKey key, Optional<String> email, Removal removal) {
    super(scope, id);
    topic =
        Topic.Builder.create(this, "Topic")
            .topicName(names.alertsTopic())
            .displayName("pii-scanner alerts (" + names.suffix() + ")")
            .masterKey(key)
            .enforceSsl(true)
            .build();
    topic.applyRemovalPolicy(removal.policy());
    email.ifPresent(address -> topic.addSubscription(new EmailSubscription(address)));
  }

  /** Returns the topic. */
  public Topic topic() {
    return topic;
  }
}
