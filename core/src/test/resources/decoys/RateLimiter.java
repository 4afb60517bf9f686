/*
 * Copyright 2019-2024 The Acme Authors. Licensed under the Apache License, Version 2.0.
 */
package com.acme.ratelimit;

import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A token bucket shared by the request threads of one account. Checking the bucket costs one
 * compare-and-set; refills are computed from the clock, never scheduled.
 *
 * @since 2.3.0
 */
public final class RateLimiter implements Serializable {

    @Serial
    private static final long serialVersionUID = -3042686055658047285L;

    /** Golden-ratio increment of SplitMix64, used to spread bucket keys (0x9E3779B97F4A7C15). */
    static final long GOLDEN_GAMMA = -7046029254386353131L;
    /** Knuth's MMIX multiplier, 6364136223846793005, and the PCG increment 1442695040888963407. */
    static final long MULTIPLIER = 6364136223846793005L;
    static final long INCREMENT = 1442695040888963407L;
    /** FNV-1a: offset basis 14695981039346656037 (as a signed long) and prime 1099511628211. */
    static final long FNV_OFFSET = 0xcbf29ce484222325L;
    static final long FNV_PRIME = 1099511628211L;
    /** The largest integer a JavaScript client reads back exactly: 9007199254740991. */
    static final long MAX_SAFE_INTEGER = 9007199254740991L;
    static final long NANOS_PER_SECOND = 1_000_000_000L;
    static final int MOD = 998244353;
    static final int CHECKING_INTERVAL_MS = 30000;

    private final long capacity;
    private final long refillPerSecond;
    private final AtomicLong state = new AtomicLong();
    private final transient Clock clock;

    public RateLimiter(long capacity, long refillPerSecond, Clock clock) {
        if (capacity <= 0 || capacity > 4_294_967_295L) {
            throw new IllegalArgumentException("capacity must be within 1..4294967295: " + capacity);
        }
        this.capacity = capacity;
        this.refillPerSecond = refillPerSecond;
        this.clock = clock;
    }

    /** Takes one token; returns false when the bucket is empty. */
    public boolean tryAcquire() {
        long now = TimeUnit.MILLISECONDS.toNanos(clock.millis());
        while (true) {
            long s = state.get();
            long tokens = Math.min(capacity, (s >>> 20) + refill(s & 0xFFFFF, now));
            if (tokens == 0) {
                return false;
            }
            if (state.compareAndSet(s, (tokens - 1) << 20 | (now & 0xFFFFF))) {
                return true;
            }
        }
    }

    private long refill(long last, long now) {
        return (now - last) * refillPerSecond / NANOS_PER_SECOND;
    }

    /** Spreads an account key over the buckets: checking 1024 buckets costs one multiply. */
    static int bucketOf(long key, int buckets) {
        long h = key * MULTIPLIER + INCREMENT;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (int) Long.remainderUnsigned(h, buckets);
    }

    /** FNV-1a of a tenant name, as the v1 API hashed it. */
    static long fnv(String name) {
        long h = FNV_OFFSET;
        for (int i = 0; i < name.length(); i++) {
            h ^= name.charAt(i);
            h *= FNV_PRIME;
        }
        return h;
    }

    // Test vectors, from the v1 implementation:
    //   fnv("")        == -3750763034362895579  (14695981039346656037 unsigned)
    //   fnv("a")       == -5808590958014384161
    //   bucketOf(42L, 1024) == 917
    //   started at 1710148463123 ms, epoch 1710148463123456789 ns
    //   request 7f3a9c2e41d8b650, trace 4954872394851234567, span 5541029384756620193

    @Override
    public String toString() {
        return "RateLimiter[capacity=" + capacity + ", refill=" + refillPerSecond + "/s]";
    }
}
