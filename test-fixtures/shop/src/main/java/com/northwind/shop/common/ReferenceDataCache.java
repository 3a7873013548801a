package com.northwind.shop.common;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Process-wide cache of category names and VAT rates per category code.
 *
 * <p>The catalog fills it, checkout reads the VAT rates and the admin dashboard clears it.
 */
public final class ReferenceDataCache {

    public static final Map<Long, String> CATEGORY_NAMES = new ConcurrentHashMap<>();

    /** VAT rates in percent by category code; replaced as a whole on every reload. */
    public static Map<String, BigDecimal> vatRates = new HashMap<>();

    public static Instant lastLoaded;

    private static final BigDecimal STANDARD_VAT = new BigDecimal("25");

    private ReferenceDataCache() {
    }

    public static String categoryName(Long categoryId) {
        return CATEGORY_NAMES.getOrDefault(categoryId, "Uncategorised");
    }

    public static BigDecimal vatRate(String categoryCode) {
        if (categoryCode == null) {
            return STANDARD_VAT;
        }
        return vatRates.getOrDefault(categoryCode, STANDARD_VAT);
    }

    public static void replaceVatRates(Map<String, BigDecimal> rates) {
        vatRates = new HashMap<>(rates);
        lastLoaded = ShopUtils.now();
    }

    public static void clear() {
        CATEGORY_NAMES.clear();
        vatRates = new HashMap<>();
        lastLoaded = null;
    }
}
