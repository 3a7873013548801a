package com.northwind.shop.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Log of sent messages; recipients are stored masked.
 */
@Repository
public class NotificationLogDao {

    private final JdbcTemplate jdbc;

    public NotificationLogDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String templateCode, String channel, String maskedRecipient, boolean sent) {
        jdbc.update("INSERT INTO notification_log (template_code, channel, recipient, sent, sent_at)"
                + " VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)", templateCode, channel, maskedRecipient, sent);
    }

    public int countFailuresSince(Instant since) {
        Integer failures = jdbc.queryForObject(
                "SELECT COUNT(*) FROM notification_log WHERE sent = FALSE AND sent_at >= ?", Integer.class,
                Timestamp.from(since));
        return failures == null ? 0 : failures;
    }

    public int purgeOlderThan(Instant cutoff) {
        return jdbc.update("DELETE FROM notification_log WHERE sent_at < ?", Timestamp.from(cutoff));
    }
}
