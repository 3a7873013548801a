package com.northwind.shop.payments;

import com.northwind.shop.common.ShopException;

public class PaymentDeclinedException extends ShopException {

    private final String declineCode;

    public PaymentDeclinedException(String declineCode, String message) {
        super("PAYMENT_DECLINED", message);
        this.declineCode = declineCode;
    }

    public String getDeclineCode() {
        return declineCode;
    }
}
