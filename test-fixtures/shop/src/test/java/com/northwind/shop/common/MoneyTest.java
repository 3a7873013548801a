package com.northwind.shop.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void plusAddsSameCurrency() {
        Money sum = Money.of("10.10", "EUR").plus(Money.of("0.95", "EUR"));

        assertThat(sum).isEqualTo(Money.of("11.05", "EUR"));
    }

    @Test
    void plusRejectsOtherCurrency() {
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "SEK")))
                .isInstanceOf(ShopException.class);
    }

    @Test
    void timesScalesByQuantity() {
        assertThat(Money.of("2.50", "EUR").times(3)).isEqualTo(Money.of("7.50", "EUR"));
    }
}
