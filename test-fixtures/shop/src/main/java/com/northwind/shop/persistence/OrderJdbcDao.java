package com.northwind.shop.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Order queries that predate the JPA mapping and were never moved.
 */
@Repository
public class OrderJdbcDao {

    private static final String AVAILABLE_STOCK = "SELECT COALESCE(SUM(on_hand - reserved), 0) "
            + "FROM stock_level WHERE sku = ?";

    private final JdbcTemplate jdbc;

    public OrderJdbcDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public int availableStock(String sku) {
        Integer available = jdbc.queryForObject(AVAILABLE_STOCK, Integer.class, sku);
        return available == null ? 0 : available;
    }

    public int updateStatus(String orderNumber, String status) {
        return jdbc.update("UPDATE orders SET status = ?, updated_at = CURRENT_TIMESTAMP WHERE order_number = ?",
                status, orderNumber);
    }

    public Optional<String> findStatus(String orderNumber) {
        List<String> statuses = jdbc.queryForList("SELECT status FROM orders WHERE order_number = ?", String.class,
                orderNumber);
        return statuses.stream().findFirst();
    }

    public List<String> skusOfOrder(String orderNumber) {
        return jdbc.queryForList("SELECT l.sku FROM order_line l JOIN orders o ON o.id = l.order_id"
                + " WHERE o.order_number = ? ORDER BY l.id", String.class, orderNumber);
    }
}
