package com.northwind.shop.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.northwind.shop.common.Money;
import org.junit.jupiter.api.Test;

class DiscountServiceTest {

    private final DiscountService discounts = new DiscountService();

    @Test
    void percentCodeTakesShare() {
        assertThat(discounts.discountFor(Money.of("80.00", "EUR"), "pct10")).isEqualTo(Money.of("8.00", "EUR"));
    }

    @Test
    void fixedCodeNeverExceedsSubtotal() {
        assertThat(discounts.discountFor(Money.of("3.00", "EUR"), "FIX5")).isEqualTo(Money.of("3.00", "EUR"));
    }

    @Test
    void revokedCodeIsRejected() {
        discounts.revoke("FIX5");

        assertThatThrownBy(() -> discounts.discountFor(Money.of("30.00", "EUR"), "FIX5"))
                .isInstanceOf(CheckoutException.class);
    }
}
