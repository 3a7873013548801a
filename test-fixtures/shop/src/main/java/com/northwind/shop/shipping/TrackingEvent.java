package com.northwind.shop.shipping;

import com.northwind.shop.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "tracking_event")
public class TrackingEvent extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "shipment_id")
    private Shipment shipment;

    @Column(nullable = false, length = 32)
    private String code;

    private String description;

    private String location;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected TrackingEvent() {
    }

    public TrackingEvent(Shipment shipment, String code, String description, String location, Instant occurredAt) {
        this.shipment = shipment;
        this.code = code;
        this.description = description;
        this.location = location;
        this.occurredAt = occurredAt;
    }

    public ShipmentStatus impliedStatus() {
        return switch (code) {
            case "PICKED_UP", "IN_HUB", "OUT_FOR_DELIVERY" -> ShipmentStatus.IN_TRANSIT;
            case "DELIVERED" -> ShipmentStatus.DELIVERED;
            case "RETURNED_TO_SENDER" -> ShipmentStatus.RETURNED;
            default -> null;
        };
    }

    public Shipment getShipment() {
        return shipment;
    }

    public String getCode() {
        return code;
    }

    public String getDescription() {
        return description;
    }

    public String getLocation() {
        return location;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
