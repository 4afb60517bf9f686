package io.piiscanner.infra;

import software.amazon.awscdk.services.kms.IKey;

/**
 * What every construct of the stack builds on: the names it gives its resources, the customer
 * managed key that encrypts them, and what a {@code cdk destroy} does to them.
 *
 * @param names the resource names of this deployment
 * @param key the stack's key
 * @param removal the removal behaviour of stateful resources
 */
public record Foundation(ResourceNames names, IKey key, Removal removal) {}
