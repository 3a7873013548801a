package com.northwind.shop.orders;

import com.northwind.shop.common.Money;
import com.northwind.shop.common.ShopUtils;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Discount codes: {@code PCT10} takes 10 percent off, {@code FIX5} takes 5 units of the cart currency off.
 */
@Service
public class DiscountService {

    private static final Pattern CODE = Pattern.compile("([A-Z]+)(\\d{1,3})");

    private final Set<String> revokedCodes = ConcurrentHashMap.newKeySet();

    public Money discountFor(Money subtotal, String code) {
        if (ShopUtils.isBlank(code)) {
            return Money.zero(subtotal.currency());
        }
        String normalized = code.trim().toUpperCase(Locale.ROOT);
        if (revokedCodes.contains(normalized)) {
            throw new CheckoutException("DISCOUNT_REVOKED", "discount code " + normalized + " is no longer valid");
        }
        Matcher matcher = CODE.matcher(normalized);
        if (!matcher.matches()) {
            throw new CheckoutException("UNKNOWN_DISCOUNT", "unknown discount code " + normalized);
        }
        BigDecimal value = new BigDecimal(matcher.group(2));
        Money discount = switch (matcher.group(1)) {
            case "PCT" -> new Money(ShopUtils.percentOf(subtotal.amount(), value.min(BigDecimal.valueOf(50))),
                    subtotal.currency());
            case "FIX" -> new Money(value, subtotal.currency());
            default -> throw new CheckoutException("UNKNOWN_DISCOUNT", "unknown discount code " + normalized);
        };
        return discount.isGreaterThan(subtotal) ? subtotal : discount;
    }

    public void revoke(String code) {
        revokedCodes.add(code.trim().toUpperCase(Locale.ROOT));
    }
}
