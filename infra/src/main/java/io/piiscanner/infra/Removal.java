package io.piiscanner.infra;

import software.amazon.awscdk.RemovalPolicy;

/**
 * What a {@code cdk destroy} does to stateful resources: CI environments are destroyed with
 * their data, production keeps it.
 *
 * @param policy the removal policy of buckets, table, queues, topic, key and log groups
 * @param autoDelete whether buckets are emptied so that they can be deleted
 */
public record Removal(RemovalPolicy policy, boolean autoDelete) {

    /**
     * Returns the removal behaviour for a configuration.
     *
     * @param retain whether data must survive the stack
     * @return RETAIN without auto-delete, or DESTROY with auto-delete
     */
    public static Removal of(boolean retain) {
        return retain ? new Removal(RemovalPolicy.RETAIN, false) : new Removal(RemovalPolicy.DESTROY, true);
    }

    /** Returns whether data survives the stack: production data, which is also protected from deletion. */
    public boolean retains() {
        return policy == RemovalPolicy.RETAIN;
    }
}
