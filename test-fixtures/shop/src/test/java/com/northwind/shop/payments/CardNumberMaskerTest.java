package com.northwind.shop.payments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CardNumberMaskerTest {

    private final CardNumberMasker masker = new CardNumberMasker();

    @Test
    void maskIgnoresSpaces() {
        assertThat(masker.mask("4111 1111 1111 1111")).isEqualTo("************1111");
    }

    @Test
    void luhnAcceptsTestCard() {
        assertThat(masker.isLuhnValid("4111111111111111")).isTrue();
    }

    @Test
    void luhnRejectsTypo() {
        assertThat(masker.isLuhnValid("4111111111111112")).isFalse();
    }
}
