package com.northwind.shop.orders;

import com.northwind.shop.common.ExchangeRates;
import com.northwind.shop.common.Money;
import com.northwind.shop.common.ShopConstants;
import com.northwind.shop.common.ShopException;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Carrier rates per delivery zone and weight, quoted in euros and converted to the cart currency.
 */
@Component
public class ShippingRateCalculator {

    private static final Map<String, Integer> ZONE_BY_COUNTRY = Map.of(
            "SE", 1, "DK", 1, "NO", 2, "FI", 2, "DE", 3);

    private static final BigDecimal[] BASE_RATE_BY_ZONE = {
        new BigDecimal("4.90"), new BigDecimal("7.90"), new BigDecimal("11.90")
    };

    private static final BigDecimal RATE_PER_KG = new BigDecimal("1.20");
    private static final BigDecimal HEAVY_PARCEL_KG = new BigDecimal("20");

    /** Surcharge for heavy parcels outside zone 1 (Swedish "zone supplement"). */
    private final BigDecimal zoneTillägg = new BigDecimal("6.00");

    public Money quote(String countryCode, BigDecimal weightKg, String currency) {
        Integer zone = ZONE_BY_COUNTRY.get(countryCode);
        if (zone == null) {
            throw new ShopException("NO_DELIVERY", "the shop does not deliver to " + countryCode);
        }
        BigDecimal euros = BASE_RATE_BY_ZONE[zone - 1].add(RATE_PER_KG.multiply(weightKg));
        if (zone > 1 && weightKg.compareTo(HEAVY_PARCEL_KG) > 0) {
            euros = euros.add(zoneTillägg);
        }
        Money quote = new Money(euros, ShopConstants.DEFAULT_CURRENCY);
        return ExchangeRates.getInstance().convert(quote, currency);
    }

    public int zoneOf(String countryCode) {
        return ZONE_BY_COUNTRY.getOrDefault(countryCode, 0);
    }
}
