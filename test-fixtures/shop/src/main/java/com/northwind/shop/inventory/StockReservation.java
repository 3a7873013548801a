package com.northwind.shop.inventory;

import com.northwind.shop.common.BaseEntity;
import com.northwind.shop.common.ShopConstants;
import com.northwind.shop.common.ShopUtils;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "stock_reservation")
public class StockReservation extends BaseEntity {

    public static final String HELD = "HELD";
    public static final String CONFIRMED = "CONFIRMED";
    public static final String RELEASED = "RELEASED";

    @Column(name = "order_number", nullable = false)
    private String orderNumber;

    @Column(nullable = false, length = 32)
    private String sku;

    private int quantity;

    @ManyToOne(optional = false)
    @JoinColumn(name = "warehouse_id")
    private Warehouse warehouse;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(nullable = false, length = 16)
    private String status = HELD;

    protected StockReservation() {
    }

    public StockReservation(String orderNumber, String sku, int quantity, Warehouse warehouse) {
        this.orderNumber = orderNumber;
        this.sku = sku;
        this.quantity = quantity;
        this.warehouse = warehouse;
        this.expiresAt = ShopUtils.plusMinutes(ShopUtils.now(), ShopConstants.RESERVATION_MINUTES);
    }

    public boolean isExpired(Instant now) {
        return HELD.equals(status) && now.isAfter(expiresAt);
    }

    public void confirm() {
        status = CONFIRMED;
    }

    public void release() {
        status = RELEASED;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public String getSku() {
        return sku;
    }

    public int getQuantity() {
        return quantity;
    }

    public Warehouse getWarehouse() {
        return warehouse;
    }

    public String getStatus() {
        return status;
    }
}
