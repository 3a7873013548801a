package com.example.orders;

import com.example.payments.PaymentGateway;

/** Charges for an order directly, which the declared boundaries do not allow. */
public class Billing {
  private final PaymentGateway gateway = new PaymentGateway();

  public boolean bill(String customer, Order order) {
    return gateway.charge(customer, order.totalInCents());
  }
}
