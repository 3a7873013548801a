package com.northwind.shop.customers;

import java.time.Instant;
import java.util.Objects;

/**
 * A login session; the value is what the browser sends back in the session cookie.
 */
public final class SessionToken {

    private final String value;
    private final Long customerId;
    private final Instant expiresAt;

    public SessionToken(String value, Long customerId, Instant expiresAt) {
        this.value = Objects.requireNonNull(value);
        this.customerId = Objects.requireNonNull(customerId);
        this.expiresAt = Objects.requireNonNull(expiresAt);
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public String getValue() {
        return value;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
