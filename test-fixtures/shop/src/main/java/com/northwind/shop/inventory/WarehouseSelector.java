package com.northwind.shop.inventory;

import com.northwind.shop.common.ShopConstants;
import com.northwind.shop.common.ShopException;
import com.northwind.shop.persistence.StockJdbcDao;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Picks the warehouse that ships to a country and still has the item.
 */
@Component
public class WarehouseSelector {

    /** The Öresund hub serves Denmark as well as southern Sweden. */
    static final String MALMÖ_HUB = "MMX-1";

    private static final Map<String, String> PREFERRED_BY_COUNTRY = Map.of(
            "SE", MALMÖ_HUB,
            "DK", MALMÖ_HUB,
            "NO", "OSL-2",
            "FI", "HEL-1");

    private final StockJdbcDao stockDao;

    public WarehouseSelector(StockJdbcDao stockDao) {
        this.stockDao = stockDao;
    }

    public String selectFor(String countryCode, String sku, int quantity) {
        String preferred = PREFERRED_BY_COUNTRY.getOrDefault(countryCode, MALMÖ_HUB);
        List<String> candidates = stockDao.warehousesWithStock(sku, quantity);
        if (candidates.contains(preferred)) {
            return preferred;
        }
        if (candidates.isEmpty()) {
            throw new ShopException("OUT_OF_STOCK", "no warehouse holds " + quantity + " x " + sku);
        }
        return candidates.get(0);
    }

    public String defaultWarehouse() {
        return PREFERRED_BY_COUNTRY.get(ShopConstants.DEFAULT_COUNTRY);
    }
}
