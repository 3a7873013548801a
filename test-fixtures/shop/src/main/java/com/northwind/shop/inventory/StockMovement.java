package com.northwind.shop.inventory;

import java.time.Instant;

/**
 * One change to the stock on hand, kept for the warehouse audit.
 */
public final class StockMovement {

    private final String sku;
    private final String warehouseCode;
    private final int delta;
    private final String reason;
    private final Instant at;

    public StockMovement(String sku, String warehouseCode, int delta, String reason, Instant at) {
        this.sku = sku;
        this.warehouseCode = warehouseCode;
        this.delta = delta;
        this.reason = reason;
        this.at = at;
    }

    public boolean isInbound() {
        return delta > 0;
    }

    public String getSku() {
        return sku;
    }

    public String getWarehouseCode() {
        return warehouseCode;
    }

    public int getDelta() {
        return delta;
    }

    public String getReason() {
        return reason;
    }

    public Instant getAt() {
        return at;
    }

    @Override
    public String toString() {
        return sku + "@" + warehouseCode + " " + (delta > 0 ? "+" : "") + delta + " (" + reason + ")";
    }
}
