package com.northwind.shop.persistence;

import com.northwind.shop.admin.ReportRow;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Read-only queries for the back office; they read the tables of several domains at once.
 */
@Repository
public class ReportingDao {

    private static final String DAILY_SALES = """
            SELECT CAST(o.placed_at AS DATE) AS day, COUNT(DISTINCT o.id) AS orders,
                   SUM(l.quantity * l.unit_price) AS revenue, o.currency
            FROM orders o
            JOIN order_line l ON l.order_id = o.id
            WHERE o.status IN ('PAID', 'SHIPPED', 'DELIVERED')
              AND o.placed_at >= ? AND o.placed_at < ?
            GROUP BY CAST(o.placed_at AS DATE), o.currency
            ORDER BY day
            """;

    private static final String TOP_CUSTOMERS = "SELECT c.email, COUNT(o.id) AS orders, SUM(o.total_amount) AS revenue,"
            + " o.currency FROM orders o JOIN customer c ON c.id = o.customer_id WHERE o.placed_at >= ?"
            + " GROUP BY c.email, o.currency ORDER BY revenue DESC LIMIT ?";

    private final JdbcTemplate jdbc;

    public ReportingDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ReportRow> dailySales(LocalDate from, LocalDate to) {
        return jdbc.query(DAILY_SALES, (row, index) -> new ReportRow(row.getString("day"), row.getLong("orders"),
                row.getBigDecimal("revenue"), row.getString("currency")), Date.valueOf(from), Date.valueOf(to.plusDays(1)));
    }

    public List<ReportRow> topCustomers(LocalDate since, int limit) {
        return jdbc.query(TOP_CUSTOMERS, (row, index) -> new ReportRow(row.getString("email"), row.getLong("orders"),
                row.getBigDecimal("revenue"), row.getString("currency")), Date.valueOf(since), limit);
    }

    public Map<String, Integer> unitsOnHandBySku() {
        Map<String, Integer> units = new TreeMap<>();
        jdbc.query("SELECT sku, SUM(on_hand) AS units FROM stock_level GROUP BY sku",
                row -> {
                    units.put(row.getString("sku"), row.getInt("units"));
                });
        return units;
    }
}
