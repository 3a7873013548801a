package com.northwind.shop.orders;

public enum OrderStatus {
    NEW,
    PAYMENT_FAILED,
    PAID,
    SHIPPED,
    DELIVERED,
    CANCELLED,
    REFUNDED;

    public boolean canCancel() {
        return switch (this) {
            case NEW, PAYMENT_FAILED, PAID -> true;
            case SHIPPED, DELIVERED, CANCELLED, REFUNDED -> false;
        };
    }

    public boolean isFinal() {
        return this == CANCELLED || this == REFUNDED || this == DELIVERED;
    }
}
