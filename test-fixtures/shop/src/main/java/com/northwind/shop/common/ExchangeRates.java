package com.northwind.shop.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exchange rates against the euro, held in one instance for the whole process.
 */
public final class ExchangeRates {

    private static ExchangeRates instance;

    private final Map<String, BigDecimal> euroPerUnit = new ConcurrentHashMap<>();

    private ExchangeRates() {
        euroPerUnit.put(ShopConstants.DEFAULT_CURRENCY, BigDecimal.ONE);
    }

    public static synchronized ExchangeRates getInstance() {
        if (instance == null) {
            instance = new ExchangeRates();
        }
        return instance;
    }

    public void update(String currency, BigDecimal euroForOneUnit) {
        if (euroForOneUnit.signum() <= 0) {
            throw new ShopException("INVALID_RATE", "rate for " + currency + " must be positive");
        }
        euroPerUnit.put(currency, euroForOneUnit);
    }

    public boolean supports(String currency) {
        return euroPerUnit.containsKey(currency);
    }

    public Money convert(Money money, String targetCurrency) {
        if (money.currency().equals(targetCurrency)) {
            return money;
        }
        BigDecimal sourceRate = rateOf(money.currency());
        BigDecimal targetRate = rateOf(targetCurrency);
        BigDecimal euros = money.amount().multiply(sourceRate);
        return new Money(euros.divide(targetRate, 6, RoundingMode.HALF_EVEN), targetCurrency);
    }

    public Set<String> currencies() {
        return new TreeSet<>(euroPerUnit.keySet());
    }

    private BigDecimal rateOf(String currency) {
        BigDecimal rate = euroPerUnit.get(currency);
        if (rate == null) {
            throw new ShopException("UNKNOWN_CURRENCY", "no exchange rate for " + currency);
        }
        return rate;
    }
}
