package com.northwind.shop.admin;

import java.math.BigDecimal;

/**
 * One line of a sales report: a label such as a day or a customer, with its order count and revenue.
 */
public class ReportRow {

    private final String label;
    private final long orderCount;
    private final BigDecimal revenue;
    private final String currency;

    public ReportRow(String label, long orderCount, BigDecimal revenue, String currency) {
        this.label = label;
        this.orderCount = orderCount;
        this.revenue = revenue;
        this.currency = currency;
    }

    public ReportRow withRevenue(BigDecimal newRevenue, String newCurrency) {
        return new ReportRow(label, orderCount, newRevenue, newCurrency);
    }

    public String getLabel() {
        return label;
    }

    public long getOrderCount() {
        return orderCount;
    }

    public BigDecimal getRevenue() {
        return revenue;
    }

    public String getCurrency() {
        return currency;
    }
}
