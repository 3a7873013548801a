package com.northwind.shop.persistence;

import com.northwind.shop.payments.Refund;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Refunds and the support team's refund requests.
 */
@Repository
public class RefundDao {

    /** A refund asked for by customer support and waiting for finance. */
    public record RefundRequest(long id, Long paymentId, BigDecimal amount, String currency, String reason) {
    }

    private static final String INSERT_REFUND = """
            INSERT INTO refund (payment_id, amount, currency, reason, gateway_reference, created_by,
                                created_at, updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)
            """;

    private static final String SELECT_REQUESTS =
            "SELECT id, payment_id, amount, currency, reason FROM refund_request WHERE status = 'PENDING'";

    private final JdbcTemplate jdbc;

    public RefundDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Refund refund) {
        jdbc.update(INSERT_REFUND, refund.getPayment().getId(), refund.toMoney().amount(),
                refund.toMoney().currency(), refund.getReason(), refund.getGatewayReference(), refund.getCreatedBy());
    }

    public List<RefundRequest> findPendingRequests() {
        return jdbc.query(SELECT_REQUESTS + " ORDER BY created_at", (row, index) -> toRequest(row));
    }

    public Optional<RefundRequest> findRequest(long requestId) {
        return jdbc.query(SELECT_REQUESTS + " AND id = ?", (row, index) -> toRequest(row), requestId)
                .stream().findFirst();
    }

    public int closeRequest(long requestId, String status, String decidedBy) {
        return jdbc.update("UPDATE refund_request SET status = ?, decided_by = ?, decided_at = CURRENT_TIMESTAMP"
                + " WHERE id = ? AND status = 'PENDING'", status, decidedBy, requestId);
    }

    private static RefundRequest toRequest(ResultSet row) throws SQLException {
        return new RefundRequest(row.getLong("id"), row.getLong("payment_id"), row.getBigDecimal("amount"),
                row.getString("currency"), row.getString("reason"));
    }
}
