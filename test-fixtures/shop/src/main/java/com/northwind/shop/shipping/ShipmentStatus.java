package com.northwind.shop.shipping;

public enum ShipmentStatus {
    CREATED,
    DISPATCHED,
    IN_TRANSIT,
    DELIVERED,
    RETURNED
}
