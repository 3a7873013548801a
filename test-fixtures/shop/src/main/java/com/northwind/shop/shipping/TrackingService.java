package com.northwind.shop.shipping;

import com.northwind.shop.common.ShopException;
import com.northwind.shop.persistence.ShipmentRepository;
import com.northwind.shop.persistence.TrackingEventDao;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class TrackingService {

    private final ShipmentRepository shipments;
    private final TrackingEventDao trackingEvents;
    private final CarrierClient carrierClient;

    public TrackingService(ShipmentRepository shipments, TrackingEventDao trackingEvents,
            CarrierClient carrierClient) {
        this.shipments = shipments;
        this.trackingEvents = trackingEvents;
        this.carrierClient = carrierClient;
    }

    /** Fetches new carrier events and stores those not seen before; returns how many were new. */
    @Transactional
    public int refresh(String trackingNumber) {
        Shipment shipment = find(trackingNumber);
        Instant latest = trackingEvents.latestEventTime(shipment.getId()).orElse(Instant.EPOCH);
        int added = 0;
        for (String line : carrierClient.fetchEvents(trackingNumber)) {
            String[] parts = line.split("\\|", -1);
            Instant at = Instant.parse(parts[3]);
            if (!at.isAfter(latest)) {
                continue;
            }
            TrackingEvent event = new TrackingEvent(shipment, parts[0], parts[1], parts[2], at);
            trackingEvents.insert(event);
            ShipmentStatus status = event.impliedStatus();
            if (status != null) {
                shipment.advance(status);
            }
            added++;
        }
        return added;
    }

    public List<TrackingEvent> history(String trackingNumber) {
        return trackingEvents.findByTrackingNumber(trackingNumber, find(trackingNumber));
    }

    private Shipment find(String trackingNumber) {
        return shipments.findByTrackingNumber(trackingNumber)
                .orElseThrow(() -> new ShopException("UNKNOWN_TRACKING", "no shipment " + trackingNumber));
    }
}
