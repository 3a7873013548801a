package com.northwind.shop.payments;

public enum PaymentStatus {
    PENDING,
    AUTHORIZED,
    CAPTURED,
    FAILED,
    PARTIALLY_REFUNDED,
    REFUNDED
}
