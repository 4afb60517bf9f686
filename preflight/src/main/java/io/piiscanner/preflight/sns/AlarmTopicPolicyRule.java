package io.piiscanner.preflight.sns;

import io.piiscanner.preflight.iam.ServicePrincipal;
import io.piiscanner.preflight.iam.Statement;
import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Impact;
import io.piiscanner.preflight.rule.Rule;
import io.piiscanner.preflight.template.CfnList;
import io.piiscanner.preflight.template.CfnValue;
import io.piiscanner.preflight.template.Intrinsics;
import io.piiscanner.preflight.template.Resource;
import io.piiscanner.preflight.template.Symbolic;
import io.piiscanner.preflight.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A topic that CloudWatch alarms notify must let {@code cloudwatch.amazonaws.com} publish to it
 * once it has a topic policy: the policy replaces SNS's default one, and a policy that holds only
 * a Deny (what CDK's {@code enforceSSL} writes) or grants other principals leaves the alarms
 * without a way to publish.
 */
public final class AlarmTopicPolicyRule implements Rule {

    private static final String DOC =
            "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Notify_Users_Alarm_Changes.html";
    private static final String CLOUDWATCH = "cloudwatch.amazonaws.com";
    private static final List<String> ACTION_PROPERTIES =
            List.of("AlarmActions", "OKActions", "InsufficientDataActions");
    private static final String FIX = """
            # add to the topic policy's PolicyDocument.Statement:
            - Sid: AllowCloudWatchAlarms
              Effect: Allow
              Principal: {Service: cloudwatch.amazonaws.com}
              Action: sns:Publish
              Resource: !Ref AlertsTopic
              Condition:
                StringEquals: {aws:SourceAccount: !Ref AWS::AccountId}
                ArnLike: {aws:SourceArn: !Sub 'arn:${AWS::Partition}:cloudwatch:${AWS::Region}:${AWS::AccountId}:alarm:*'}""";

    @Override
    public String id() {
        return "alarm-topic-policy";
    }

    @Override
    public String title() {
        return "Topics that alarms notify let cloudwatch.amazonaws.com publish";
    }

    @Override
    public String description() {
        return "A topic policy replaces SNS's default policy: when a topic that CloudWatch alarms notify has one, it "
                + "must allow cloudwatch.amazonaws.com sns:Publish, or every alarm notification fails as not "
                + "authorized and no one is told.";
    }

    @Override
    public List<Finding> check(Template template) {
        Map<String, Set<String>> alarmsByTopic = alarmsByTopic(template);
        Map<String, List<Resource>> policiesByTopic = new LinkedHashMap<>();
        for (Resource r : template.resources()) {
            CfnValue targets = r.is("AWS::SNS::TopicPolicy")
                    ? r.property("Topics")
                    : r.is("AWS::SNS::TopicInlinePolicy") ? r.property("TopicArn") : null;
            for (String topic : namedTopics(targets, template)) {
                policiesByTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(r);
            }
        }
        List<Finding> out = new ArrayList<>();
        alarmsByTopic.forEach((topic, alarms) -> {
            List<Resource> policies = policiesByTopic.getOrDefault(topic, List.of());
            boolean granted = policies.stream()
                    .flatMap(p -> Statement.of(p.property("PolicyDocument")).stream())
                    .anyMatch(AlarmTopicPolicyRule::mayLetCloudWatchPublish);
            if (!policies.isEmpty() && !granted) {
                out.add(finding(policies.get(0), topic, alarms));
            }
        });
        return out;
    }

    /** Topic logical ids by the alarms whose actions name them. */
    private static Map<String, Set<String>> alarmsByTopic(Template template) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (Resource alarm : template.resources()) {
            if (!alarm.is("AWS::CloudWatch::Alarm") && !alarm.is("AWS::CloudWatch::CompositeAlarm")) {
                continue;
            }
            for (String property : ACTION_PROPERTIES) {
                for (String topic : namedTopics(alarm.property(property), template)) {
                    out.computeIfAbsent(topic, t -> new LinkedHashSet<>()).add(alarm.logicalId());
                }
            }
        }
        return out;
    }

    /** The topics of the template that a value (an ARN or a list of ARNs) refers to. */
    private static Set<String> namedTopics(CfnValue value, Template template) {
        Set<String> out = new LinkedHashSet<>();
        if (value == null) {
            return out;
        }
        for (CfnValue alternative : Intrinsics.alternatives(value)) {
            List<CfnValue> items = alternative instanceof CfnList list ? list.items() : List.of(alternative);
            for (CfnValue item : items) {
                for (CfnValue arn : Intrinsics.alternatives(item)) {
                    for (Symbolic.Reference ref : Symbolic.of(arn).references()) {
                        Resource target = template.resource(ref.name());
                        if (target != null && target.is("AWS::SNS::Topic")) {
                            out.add(ref.name());
                        }
                    }
                }
            }
        }
        return out;
    }

    private static boolean mayLetCloudWatchPublish(Statement s) {
        return s.allow()
                && (s.covers("sns:Publish") || s.computed())
                && ServicePrincipal.of(s, CLOUDWATCH) != ServicePrincipal.NOT_GRANTED;
    }

    private Finding finding(Resource policy, String topic, Set<String> alarms) {
        String names = alarms.stream().map(a -> "`" + a + "`").collect(Collectors.joining(", "));
        return Finding.of(this, Impact.CRITICAL, policy)
                .at(policy.propertyLocation("PolicyDocument"))
                .key("PolicyDocument[" + topic + "]")
                .problem("Topic `" + topic + "` is the action of alarm(s) " + names + ", but its topic policy `"
                        + policy.logicalId() + "` lets cloudwatch.amazonaws.com publish nothing.")
                .consequence("A topic policy replaces SNS's default policy, so CloudWatch is refused: the alarms "
                        + "change state, their history shows the notification as not authorized, and no one is "
                        + "told. On a KMS-encrypted topic the key policy must also let cloudwatch.amazonaws.com use "
                        + "kms:GenerateDataKey* and kms:Decrypt.")
                .fix(FIX)
                .doc(DOC)
                .build();
    }
}
