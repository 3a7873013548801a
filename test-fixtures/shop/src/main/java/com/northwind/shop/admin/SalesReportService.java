package com.northwind.shop.admin;

import com.northwind.shop.common.ExchangeRates;
import com.northwind.shop.common.Money;
import com.northwind.shop.persistence.ReportingDao;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class SalesReportService {

    private final ReportingDao reportingDao;

    public SalesReportService(ReportingDao reportingDao) {
        this.reportingDao = reportingDao;
    }

    public List<ReportRow> dailySales(LocalDate from, LocalDate to, String currency) {
        return inCurrency(reportingDao.dailySales(from, to), currency);
    }

    public List<ReportRow> topCustomers(LocalDate since, int limit, String currency) {
        return inCurrency(reportingDao.topCustomers(since, limit), currency);
    }

    public Money revenue(LocalDate from, LocalDate to, String currency) {
        Money total = Money.zero(currency);
        for (ReportRow row : dailySales(from, to, currency)) {
            total = total.plus(new Money(row.getRevenue(), currency));
        }
        return total;
    }

    private List<ReportRow> inCurrency(List<ReportRow> rows, String currency) {
        ExchangeRates rates = ExchangeRates.getInstance();
        List<ReportRow> converted = new ArrayList<>(rows.size());
        for (ReportRow row : rows) {
            Money money = rates.convert(new Money(row.getRevenue(), row.getCurrency()), currency);
            converted.add(row.withRevenue(money.amount(), currency));
        }
        return converted;
    }
}
