package com.northwind.shop.inventory;

import com.northwind.shop.common.ShopException;
import com.northwind.shop.persistence.ReservationRepository;
import com.northwind.shop.persistence.StockJdbcDao;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds stock for an order between checkout and payment.
 */
@Service
public class ReservationService {

    private final ReservationRepository reservations;
    private final StockJdbcDao stockDao;
    private final WarehouseSelector warehouseSelector;

    public ReservationService(ReservationRepository reservations, StockJdbcDao stockDao,
            WarehouseSelector warehouseSelector) {
        this.reservations = reservations;
        this.stockDao = stockDao;
        this.warehouseSelector = warehouseSelector;
    }

    @Transactional
    public StockReservation reserve(String orderNumber, String sku, int quantity, String countryCode) {
        String warehouseCode = warehouseSelector.selectFor(countryCode, sku, quantity);
        Warehouse warehouse = stockDao.findWarehouse(warehouseCode)
                .orElseThrow(() -> new ShopException("UNKNOWN_WAREHOUSE", warehouseCode));
        if (stockDao.addReserved(sku, warehouseCode, quantity) == 0) {
            throw new ShopException("OUT_OF_STOCK", sku + " sold out while reserving");
        }
        return reservations.save(new StockReservation(orderNumber, sku, quantity, warehouse));
    }

    @Transactional
    public void confirm(String orderNumber) {
        for (StockReservation reservation : reservations.findByOrderNumber(orderNumber)) {
            reservation.confirm();
            stockDao.shipReserved(reservation.getSku(), reservation.getWarehouse().getCode(),
                    reservation.getQuantity());
        }
    }

    @Transactional
    public void release(String orderNumber) {
        releaseAll(reservations.findByOrderNumber(orderNumber));
    }

    @Transactional
    public int expireOlderThan(Instant now) {
        List<StockReservation> expired = reservations.findByStatusAndExpiresAtBefore(StockReservation.HELD, now);
        releaseAll(expired);
        return expired.size();
    }

    private void releaseAll(List<StockReservation> held) {
        for (StockReservation reservation : held) {
            reservation.release();
            stockDao.addReserved(reservation.getSku(), reservation.getWarehouse().getCode(),
                    -reservation.getQuantity());
        }
    }
}
