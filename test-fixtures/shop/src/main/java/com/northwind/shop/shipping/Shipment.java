package com.northwind.shop.shipping;

import com.northwind.shop.common.BaseEntity;
import com.northwind.shop.common.Money;
import com.northwind.shop.common.ShopUtils;
import com.northwind.shop.customers.Address;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "shipment")
public class Shipment extends BaseEntity {

    @Column(name = "order_number", nullable = false, length = 24)
    private String orderNumber;

    @ManyToOne
    @JoinColumn(name = "carrier_id")
    private Carrier carrier;

    @Column(name = "tracking_number", unique = true)
    private String trackingNumber;

    @Enumerated(EnumType.STRING)
    private ShipmentStatus status = ShipmentStatus.CREATED;

    @ManyToOne(optional = false)
    @JoinColumn(name = "address_id")
    private Address address;

    @Column(name = "warehouse_code", length = 16)
    private String warehouseCode;

    @Column(name = "weight_kg")
    private BigDecimal weightKg;

    private BigDecimal cost;

    @Column(length = 3)
    private String currency;

    @Column(name = "dispatched_at")
    private Instant dispatchedAt;

    protected Shipment() {
    }

    public Shipment(String orderNumber, Address address, String warehouseCode, BigDecimal weightKg, Money cost) {
        this.orderNumber = orderNumber;
        this.address = address;
        this.warehouseCode = warehouseCode;
        this.weightKg = weightKg;
        this.cost = cost.amount();
        this.currency = cost.currency();
    }

    public void markDispatched(Carrier assignedCarrier, String tracking) {
        this.carrier = assignedCarrier;
        this.trackingNumber = tracking;
        this.status = ShipmentStatus.DISPATCHED;
        this.dispatchedAt = ShopUtils.now();
    }

    public void advance(ShipmentStatus newStatus) {
        if (newStatus.ordinal() > status.ordinal()) {
            status = newStatus;
        }
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public Carrier getCarrier() {
        return carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public ShipmentStatus getStatus() {
        return status;
    }

    public Address getAddress() {
        return address;
    }

    public String getWarehouseCode() {
        return warehouseCode;
    }

    public BigDecimal getWeightKg() {
        return weightKg;
    }
}
