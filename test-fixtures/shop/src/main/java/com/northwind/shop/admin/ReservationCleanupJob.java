package com.northwind.shop.admin;

import com.northwind.shop.common.ShopUtils;
import com.northwind.shop.inventory.ReservationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gives back stock held by checkouts that were never paid.
 */
@Component
public class ReservationCleanupJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReservationCleanupJob.class);

    private final ReservationService reservationService;

    public ReservationCleanupJob(ReservationService reservationService) {
        this.reservationService = reservationService;
    }

    @Scheduled(cron = "0 */5 * * * *")
    public void releaseExpiredReservations() {
        int released = reservationService.expireOlderThan(ShopUtils.now());
        if (released > 0) {
            LOG.info("released {} expired stock reservations", released);
        }
    }
}
