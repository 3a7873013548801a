package com.northwind.shop.catalog;

import com.northwind.shop.inventory.StockService;
import org.springframework.stereotype.Component;

/**
 * Turns stock numbers into the availability badge shown on product pages.
 */
@Component
public class AvailabilityChecker {

    public static final String IN_STOCK = "IN_STOCK";
    public static final String LOW_STOCK = "LOW_STOCK";
    public static final String SOLD_OUT = "SOLD_OUT";

    private final StockService stockService;

    public AvailabilityChecker(StockService stockService) {
        this.stockService = stockService;
    }

    public String badgeFor(String sku) {
        int available = stockService.availableQuantity(sku);
        if (available <= 0) {
            return SOLD_OUT;
        }
        return stockService.isLow(sku, available) ? LOW_STOCK : IN_STOCK;
    }

    public boolean canSell(String sku, int quantity) {
        return stockService.availableQuantity(sku) >= quantity;
    }
}
