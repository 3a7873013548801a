package com.northwind.shop.common;

/**
 * Base class of the shop's business exceptions; the code is shown to API clients.
 */
public class ShopException extends RuntimeException {

    private final String code;

    public ShopException(String code, String message) {
        super(message);
        this.code = code;
    }

    public ShopException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public String getCode() {
        return code;
    }
}
