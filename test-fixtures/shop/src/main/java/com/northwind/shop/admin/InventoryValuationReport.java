package com.northwind.shop.admin;

import com.northwind.shop.catalog.PriceService;
import com.northwind.shop.common.Money;
import com.northwind.shop.common.ShopException;
import com.northwind.shop.persistence.ReportingDao;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Values the stock on hand at today's selling price, for the monthly finance report.
 */
@Component
public class InventoryValuationReport {

    private final ReportingDao reportingDao;
    private final PriceService priceService;

    public InventoryValuationReport(ReportingDao reportingDao, PriceService priceService) {
        this.reportingDao = reportingDao;
        this.priceService = priceService;
    }

    public List<ReportRow> valuation(String currency) {
        List<ReportRow> rows = new ArrayList<>();
        for (Map.Entry<String, Integer> stock : reportingDao.unitsOnHandBySku().entrySet()) {
            Money unitPrice;
            try {
                unitPrice = priceService.currentPrice(stock.getKey(), currency);
            } catch (ShopException e) {
                continue;
            }
            Money value = unitPrice.times(stock.getValue());
            rows.add(new ReportRow(stock.getKey(), stock.getValue(), value.amount(), currency));
        }
        return rows;
    }
}
