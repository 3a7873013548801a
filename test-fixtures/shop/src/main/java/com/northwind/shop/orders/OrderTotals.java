package com.northwind.shop.orders;

import com.northwind.shop.common.Money;

/**
 * The amounts of an order as the customer saw them at checkout.
 */
public record OrderTotals(Money subtotal, Money discount, Money tax, Money shipping) {

    public Money total() {
        return subtotal.minus(discount).plus(tax).plus(shipping);
    }

    public String currency() {
        return subtotal.currency();
    }
}
