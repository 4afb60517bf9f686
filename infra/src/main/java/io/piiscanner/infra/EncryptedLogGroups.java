package io.piiscanner.infra;

import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * Creates the stack's log groups, all alike: encrypted with the stack's key and kept 90 days
 * (PCI DSS 10.7 asks for three months immediately available for analysis).
 */
public final class EncryptedLogGroups {

    /** How long every log group keeps its events. */
    public static final RetentionDays RETENTION = RetentionDays.THREE_MONTHS;

    private EncryptedLogGroups() {}

    /**
     * Creates one log group.
     *
     * @param scope the construct that owns it
     * @param id construct id
     * @param name the log group's name
     * @param key the key that encrypts it; its policy must allow CloudWatch Logs
     * @param removalPolicy what happens to the log group when the stack is destroyed
     * @return the log group
     */
    public static LogGroup create(Construct scope, String id, String name, IKey key, RemovalPolicy removalPolicy) {
        return LogGroup.Builder.create(scope, id)
                .logGroupName(name)
                .encryptionKey(key)
                .retention(RETENTION)
                .removalPolicy(removalPolicy)
                .build();
    }
}
