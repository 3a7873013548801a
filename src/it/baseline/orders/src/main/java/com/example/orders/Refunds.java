package com.example.orders;

import com.example.payments.PaymentGateway;

/** Refunds an order through the payment gateway: a second, newer forbidden dependency. */
public class Refunds {

  public boolean refund(PaymentGateway gateway, String customer, Order order) {
    return gateway.charge(customer, -order.totalInCents());
  }
}
