package com.northwind.shop.web;

import com.northwind.shop.shipping.ShipmentService;
import com.northwind.shop.shipping.TrackingEvent;
import com.northwind.shop.shipping.TrackingService;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ShipmentTrackingController {

    private final TrackingService trackingService;
    private final ShipmentService shipmentService;

    public ShipmentTrackingController(TrackingService trackingService, ShipmentService shipmentService) {
        this.trackingService = trackingService;
        this.shipmentService = shipmentService;
    }

    @GetMapping("/api/tracking/{trackingNumber}")
    public List<Map<String, String>> track(@PathVariable String trackingNumber) {
        trackingService.refresh(trackingNumber);
        return trackingService.history(trackingNumber).stream().map(ShipmentTrackingController::view).toList();
    }

    /** Used by the warehouse terminal; returns the ZPL label to print. */
    @PostMapping(value = "/api/shipments/{shipmentId}/dispatch", produces = "text/plain")
    public String dispatch(@PathVariable Long shipmentId) {
        return shipmentService.dispatch(shipmentId);
    }

    private static Map<String, String> view(TrackingEvent event) {
        return Map.of(
                "code", event.getCode(),
                "description", event.getDescription() == null ? "" : event.getDescription(),
                "location", event.getLocation() == null ? "" : event.getLocation(),
                "at", event.getOccurredAt().toString());
    }
}
