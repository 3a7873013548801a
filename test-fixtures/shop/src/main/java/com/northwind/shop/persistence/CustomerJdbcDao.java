package com.northwind.shop.persistence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class CustomerJdbcDao {

    private final JdbcTemplate jdbc;

    public CustomerJdbcDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void lock(Long customerId) {
        jdbc.update("UPDATE customer SET locked = TRUE WHERE id = ?", customerId);
    }

    public int deleteAddress(Long customerId, Long addressId) {
        return jdbc.update("DELETE FROM address WHERE id = ? AND customer_id = ?", addressId, customerId);
    }

    public void updateMarketingOptIn(Long customerId, boolean optIn) {
        int updated = jdbc.update("UPDATE customer_profile SET marketing_opt_in = ? WHERE customer_id = ?",
                optIn, customerId);
        if (updated == 0) {
            jdbc.update("INSERT INTO customer_profile (customer_id, marketing_opt_in) VALUES (?, ?)",
                    customerId, optIn);
        }
    }
}
