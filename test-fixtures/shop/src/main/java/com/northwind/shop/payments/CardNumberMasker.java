package com.northwind.shop.payments;

import com.northwind.shop.common.ShopUtils;
import org.springframework.stereotype.Component;

/**
 * Card numbers never reach the database whole: only the last four digits are kept.
 */
@Component
public class CardNumberMasker {

    public String mask(String cardNumber) {
        String digits = cardNumber.replaceAll("\\D", "");
        return ShopUtils.mask(digits, 4);
    }

    public String maskToken(String cardToken) {
        if (ShopUtils.isBlank(cardToken)) {
            return null;
        }
        return "tok_" + ShopUtils.mask(cardToken, 4);
    }

    /** Luhn check, used before a card number is sent to the gateway for tokenisation. */
    public boolean isLuhnValid(String cardNumber) {
        String digits = cardNumber.replaceAll("\\D", "");
        if (digits.length() < 12) {
            return false;
        }
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubleIt) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }
}
