package com.northwind.shop.orders;

import com.northwind.shop.payments.Payment;

/**
 * How the payment side tells the order side what happened to an order's payment.
 */
public interface OrderPaymentCallback {

    void paymentCaptured(String orderNumber, Payment payment);

    void paymentFailed(String orderNumber, String reason);
}
