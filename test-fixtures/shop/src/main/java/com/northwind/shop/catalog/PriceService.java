package com.northwind.shop.catalog;

import com.northwind.shop.common.ExchangeRates;
import com.northwind.shop.common.Money;
import com.northwind.shop.common.ShopConstants;
import com.northwind.shop.common.ShopException;
import com.northwind.shop.common.ShopUtils;
import com.northwind.shop.persistence.PriceMapper;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prices are stored in euros; other currencies are converted at today's rate.
 */
@Service
public class PriceService {

    private final PriceMapper priceMapper;

    public PriceService(PriceMapper priceMapper) {
        this.priceMapper = priceMapper;
    }

    public Money currentPrice(String sku, String currency) {
        LocalDate today = ShopUtils.today();
        Price price = priceMapper.findCurrent(sku, ShopConstants.DEFAULT_CURRENCY, today);
        if (price == null) {
            throw new ShopException("PRICE_MISSING", "no current price for " + sku);
        }
        return ExchangeRates.getInstance().convert(price.toMoney(), currency);
    }

    @Transactional
    public void changePrice(String sku, Money newPrice, LocalDate validFrom) {
        if (newPrice.isNegative()) {
            throw new ShopException("INVALID_PRICE", "price of " + sku + " must not be negative");
        }
        if (!ShopConstants.DEFAULT_CURRENCY.equals(newPrice.currency())) {
            newPrice = ExchangeRates.getInstance().convert(newPrice, ShopConstants.DEFAULT_CURRENCY);
        }
        priceMapper.closeCurrent(sku, validFrom);
        priceMapper.insertPrice(sku, newPrice.amount(), newPrice.currency(), validFrom);
    }

    public String displayPrice(String sku, String currency) {
        return ShopUtils.formatMoney(currentPrice(sku, currency));
    }
}
