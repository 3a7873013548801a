package com.northwind.shop.persistence;

import com.northwind.shop.shipping.Shipment;
import com.northwind.shop.shipping.TrackingEvent;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Tracking events arrive in bulk from the carrier, so they are written with JDBC rather than JPA.
 */
@Repository
public class TrackingEventDao {

    private final JdbcTemplate jdbc;

    public TrackingEventDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(TrackingEvent event) {
        jdbc.update("INSERT INTO tracking_event (shipment_id, code, description, location, occurred_at)"
                + " VALUES (?, ?, ?, ?, ?)", event.getShipment().getId(), event.getCode(), event.getDescription(),
                event.getLocation(), Timestamp.from(event.getOccurredAt()));
    }

    public Optional<Instant> latestEventTime(Long shipmentId) {
        Timestamp latest = jdbc.queryForObject("SELECT MAX(occurred_at) FROM tracking_event WHERE shipment_id = ?",
                Timestamp.class, shipmentId);
        return Optional.ofNullable(latest).map(Timestamp::toInstant);
    }

    public List<TrackingEvent> findByTrackingNumber(String trackingNumber, Shipment shipment) {
        return jdbc.query("SELECT t.code, t.description, t.location, t.occurred_at FROM tracking_event t"
                        + " JOIN shipment s ON s.id = t.shipment_id WHERE s.tracking_number = ? ORDER BY t.occurred_at",
                (row, index) -> new TrackingEvent(shipment, row.getString("code"), row.getString("description"),
                        row.getString("location"), row.getTimestamp("occurred_at").toInstant()),
                trackingNumber);
    }
}
