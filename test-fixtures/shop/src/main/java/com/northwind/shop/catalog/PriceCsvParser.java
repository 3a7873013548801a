package com.northwind.shop.catalog;

import com.northwind.shop.common.Money;
import com.northwind.shop.common.ShopUtils;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the supplier price list: one {@code sku;amount;currency;validFrom} line per price.
 */
public class PriceCsvParser {

    public static final class PriceLine {
        public final String sku;
        public final Money price;
        public final LocalDate validFrom;

        PriceLine(String sku, Money price, LocalDate validFrom) {
            this.sku = sku;
            this.price = price;
            this.validFrom = validFrom;
        }
    }

    private final List<String> rejectedLines = new ArrayList<>();

    public List<PriceLine> parse(Reader input) throws IOException {
        List<PriceLine> lines = new ArrayList<>();
        BufferedReader reader = new BufferedReader(input);
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (ShopUtils.isBlank(line) || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(";");
            if (cells.length != 4) {
                rejectedLines.add(number + ": expected 4 cells, found " + cells.length);
                continue;
            }
            try {
                Money price = Money.of(cells[1].trim(), cells[2].trim());
                lines.add(new PriceLine(cells[0].trim(), price, LocalDate.parse(cells[3].trim())));
            } catch (NumberFormatException | DateTimeParseException e) {
                rejectedLines.add(number + ": " + e.getMessage());
            }
        }
        return lines;
    }

    public List<String> getRejectedLines() {
        return rejectedLines;
    }
}
