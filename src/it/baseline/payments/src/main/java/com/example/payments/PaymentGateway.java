package com.example.payments;

/** Charges a customer's card. */
public class PaymentGateway {

  public boolean charge(String customer, long amountInCents) {
    return amountInCents > 0 && !customer.isBlank();
  }
}
