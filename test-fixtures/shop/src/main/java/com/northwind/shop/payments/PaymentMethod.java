package com.northwind.shop.payments;

public enum PaymentMethod {
    CARD(true),
    WALLET(true),
    INVOICE(false);

    private final boolean usesGateway;

    PaymentMethod(boolean usesGateway) {
        this.usesGateway = usesGateway;
    }

    public boolean usesGateway() {
        return usesGateway;
    }
}
