package com.northwind.shop.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ShopUtilsTest {

    @AfterEach
    void restoreClock() {
        ShopUtils.useClock(Clock.systemUTC());
    }

    @Test
    void slugifyDropsAccentsAndPunctuation() {
        assertThat(ShopUtils.slugify("Crème Brûlée Set, 4 pcs")).isEqualTo("creme-brulee-set-4-pcs");
    }

    @Test
    void maskKeepsLastDigits() {
        assertThat(ShopUtils.mask("4111111111111111", 4)).isEqualTo("************1111");
    }

    @Test
    void percentOfRoundsHalfEven() {
        assertThat(ShopUtils.percentOf(new BigDecimal("10.05"), new BigDecimal("25"))).isEqualByComparingTo("2.51");
    }

    @Test
    void requireNonBlankRejectsSpaces() {
        assertThatThrownBy(() -> ShopUtils.requireNonBlank("  ", "sku")).isInstanceOf(ShopException.class)
                .hasMessageContaining("sku");
    }

    @Test
    void todayFollowsInjectedClock() {
        ShopUtils.useClock(Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));

        assertThat(ShopUtils.today()).isEqualTo(LocalDate.of(2026, 3, 1));
    }
}
