package com.northwind.shop.orders;

import com.northwind.shop.common.Money;
import com.northwind.shop.common.ReferenceDataCache;
import com.northwind.shop.common.ShopUtils;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * VAT on cart items; the rate depends on the item's category.
 */
@Component
public class TaxCalculator {

    public Money taxFor(CartItem item) {
        BigDecimal rate = ReferenceDataCache.vatRate(item.getCategoryCode());
        Money net = item.lineTotal();
        return new Money(ShopUtils.percentOf(net.amount(), rate), net.currency());
    }

    public Money taxFor(List<CartItem> items, String currency) {
        Money total = Money.zero(currency);
        for (CartItem item : items) {
            total = total.plus(taxFor(item));
        }
        return total;
    }
}
