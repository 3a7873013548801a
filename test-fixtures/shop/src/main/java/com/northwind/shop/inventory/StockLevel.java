package com.northwind.shop.inventory;

import com.northwind.shop.common.BaseEntity;
import com.northwind.shop.common.ShopException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "stock_level")
public class StockLevel extends BaseEntity {

    @Column(nullable = false, length = 32)
    private String sku;

    @ManyToOne(optional = false)
    @JoinColumn(name = "warehouse_id")
    private Warehouse warehouse;

    @Column(name = "on_hand", nullable = false)
    private int onHand;

    @Column(nullable = false)
    private int reserved;

    @Column(name = "reorder_point")
    private int reorderPoint;

    protected StockLevel() {
    }

    public StockLevel(String sku, Warehouse warehouse, int onHand, int reorderPoint) {
        this.sku = sku;
        this.warehouse = warehouse;
        this.onHand = onHand;
        this.reorderPoint = reorderPoint;
    }

    public int available() {
        return onHand - reserved;
    }

    public void reserve(int quantity) {
        if (quantity > available()) {
            throw new ShopException("OUT_OF_STOCK", sku + " has only " + available() + " available");
        }
        reserved += quantity;
    }

    public void release(int quantity) {
        reserved = Math.max(0, reserved - quantity);
    }

    public boolean needsReorder() {
        return available() <= reorderPoint;
    }

    public String getSku() {
        return sku;
    }

    public Warehouse getWarehouse() {
        return warehouse;
    }

    public int getOnHand() {
        return onHand;
    }

    public int getReserved() {
        return reserved;
    }
}
