package com.northwind.shop.persistence;

import com.northwind.shop.inventory.StockReservation;
import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReservationRepository extends JpaRepository<StockReservation, Long> {

    List<StockReservation> findByOrderNumber(String orderNumber);

    List<StockReservation> findByStatusAndExpiresAtBefore(String status, Instant cutoff);
}
