package com.northwind.shop.web;

import com.northwind.shop.common.ShopException;
import com.northwind.shop.customers.SessionToken;
import java.util.Optional;

/**
 * The login session of the request being handled on this thread; set by {@link SessionFilter}.
 */
public final class RequestContext {

    private static final ThreadLocal<SessionToken> CURRENT = new ThreadLocal<>();

    private RequestContext() {
    }

    static void set(SessionToken token) {
        CURRENT.set(token);
    }

    static void clear() {
        CURRENT.remove();
    }

    public static Optional<SessionToken> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static Long requireCustomerId() {
        return current().map(SessionToken::getCustomerId)
                .orElseThrow(() -> new ShopException("NOT_LOGGED_IN", "log in first"));
    }
}
