package com.northwind.shop.common;

/**
 * Constants that more than one part of the shop agrees on.
 */
public final class ShopConstants {

    public static final String DEFAULT_CURRENCY = "EUR";
    public static final String DEFAULT_COUNTRY = "SE";
    public static final String DEFAULT_LANGUAGE = "en";

    public static final int MAX_CART_ITEMS = 50;
    public static final int MAX_FAILED_LOGINS = 5;
    public static final int RESERVATION_MINUTES = 30;

    public static final String ORDER_CONFIRMED_QUEUE = "shop.order.confirmed";
    public static final String PURCHASING_EMAIL = "purchasing@northwind.example";

    private ShopConstants() {
    }
}
