package com.northwind.shop.persistence;

import com.northwind.shop.inventory.Warehouse;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Stock counters are updated with plain SQL so that concurrent checkouts cannot oversell.
 */
@Repository
public class StockJdbcDao {

    private static final String WAREHOUSE_ID = "(SELECT id FROM warehouse WHERE code = ?)";

    private final JdbcTemplate jdbc;

    @PersistenceContext
    private EntityManager entityManager;

    public StockJdbcDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public int availableQuantity(String sku) {
        Integer available = jdbc.queryForObject(
                "SELECT COALESCE(SUM(on_hand - reserved), 0) FROM stock_level WHERE sku = ?", Integer.class, sku);
        return available == null ? 0 : available;
    }

    public List<String> warehousesWithStock(String sku, int quantity) {
        return jdbc.queryForList(
                "SELECT w.code FROM stock_level s JOIN warehouse w ON w.id = s.warehouse_id"
                        + " WHERE s.sku = ? AND w.active = TRUE AND s.on_hand - s.reserved >= ? ORDER BY w.code",
                String.class, sku, quantity);
    }

    public Optional<Warehouse> findWarehouse(String code) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM warehouse WHERE code = ?", Long.class, code);
        return ids.stream().findFirst().map(id -> entityManager.getReference(Warehouse.class, id));
    }

    public int adjustOnHand(String sku, String warehouseCode, int delta) {
        return jdbc.update("UPDATE stock_level SET on_hand = on_hand + ? WHERE sku = ? AND warehouse_id = "
                + WAREHOUSE_ID, delta, sku, warehouseCode);
    }

    public void insertLevel(String sku, String warehouseCode, int onHand) {
        jdbc.update("INSERT INTO stock_level (sku, warehouse_id, on_hand, reserved, reorder_point)"
                + " SELECT ?, id, ?, 0, 5 FROM warehouse WHERE code = ?", sku, onHand, warehouseCode);
    }

    /** Adds to the reserved count, or subtracts when quantity is negative; returns 0 when too little is left. */
    public int addReserved(String sku, String warehouseCode, int quantity) {
        return jdbc.update("UPDATE stock_level SET reserved = reserved + ? WHERE sku = ? AND warehouse_id = "
                + WAREHOUSE_ID + " AND on_hand - reserved >= ?", quantity, sku, warehouseCode, quantity);
    }

    public void shipReserved(String sku, String warehouseCode, int quantity) {
        jdbc.update("UPDATE stock_level SET on_hand = on_hand - ?, reserved = reserved - ? WHERE sku = ?"
                + " AND warehouse_id = " + WAREHOUSE_ID, quantity, quantity, sku, warehouseCode);
    }
}
