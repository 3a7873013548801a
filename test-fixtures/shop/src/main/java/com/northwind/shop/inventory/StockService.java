package com.northwind.shop.inventory;

import com.northwind.shop.common.ShopException;
import com.northwind.shop.common.ShopUtils;
import com.northwind.shop.persistence.StockJdbcDao;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class StockService {

    private static final int LOW_STOCK_THRESHOLD = 5;

    private final StockJdbcDao stockDao;
    private final LowStockAlert lowStockAlert;
    private final List<StockMovement> recentMovements = new ArrayList<>();

    public StockService(StockJdbcDao stockDao, LowStockAlert lowStockAlert) {
        this.stockDao = stockDao;
        this.lowStockAlert = lowStockAlert;
    }

    public int availableQuantity(String sku) {
        return stockDao.availableQuantity(sku);
    }

    public boolean isLow(String sku, int available) {
        return available > 0 && available <= LOW_STOCK_THRESHOLD;
    }

    @Transactional
    public StockMovement adjust(String sku, String warehouseCode, int delta, String reason) {
        if (delta == 0) {
            throw new ShopException("INVALID_ADJUSTMENT", "adjustment of " + sku + " must not be zero");
        }
        int updated = stockDao.adjustOnHand(sku, warehouseCode, delta);
        if (updated == 0) {
            stockDao.insertLevel(sku, warehouseCode, Math.max(delta, 0));
        }
        StockMovement movement = new StockMovement(sku, warehouseCode, delta, reason, ShopUtils.now());
        recentMovements.add(movement);
        int available = availableQuantity(sku);
        if (isLow(sku, available)) {
            lowStockAlert.send(sku, available);
        }
        return movement;
    }

    public List<StockMovement> recentMovements() {
        return List.copyOf(recentMovements);
    }
}
