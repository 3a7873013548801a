package com.northwind.shop.admin;

import com.northwind.shop.catalog.PriceCsvParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Command-line import of the supplier price list, run by hand before a price change.
 *
 * <p>Usage: {@code PriceImportTool prices.csv jdbc:postgresql://db/shop user password}
 */
public class PriceImportTool {

    private static final String CLOSE_CURRENT =
            "UPDATE price SET valid_to = ? WHERE valid_to IS NULL AND product_id = (SELECT id FROM product WHERE sku = ?)";
    private static final String INSERT_PRICE =
            "INSERT INTO price (product_id, amount, currency, valid_from) SELECT id, ?, ?, ? FROM product WHERE sku = ?";

    public static void main(String[] args) throws IOException, SQLException {
        if (args.length != 4) {
            System.err.println("usage: PriceImportTool <prices.csv> <jdbc-url> <user> <password>");
            System.exit(2);
        }
        PriceCsvParser parser = new PriceCsvParser();
        List<PriceCsvParser.PriceLine> lines;
        try (Reader reader = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            lines = parser.parse(reader);
        }
        parser.getRejectedLines().forEach(problem -> System.err.println("skipped line " + problem));
        try (Connection connection = DriverManager.getConnection(args[1], args[2], args[3])) {
            connection.setAutoCommit(false);
            int imported = importPrices(connection, lines);
            connection.commit();
            System.out.println("imported " + imported + " of " + lines.size() + " prices");
        }
    }

    static int importPrices(Connection connection, List<PriceCsvParser.PriceLine> lines) throws SQLException {
        int imported = 0;
        try (PreparedStatement close = connection.prepareStatement(CLOSE_CURRENT);
                PreparedStatement insert = connection.prepareStatement(INSERT_PRICE)) {
            for (PriceCsvParser.PriceLine line : lines) {
                close.setDate(1, Date.valueOf(line.validFrom));
                close.setString(2, line.sku);
                close.executeUpdate();
                insert.setBigDecimal(1, line.price.amount());
                insert.setString(2, line.price.currency());
                insert.setDate(3, Date.valueOf(line.validFrom));
                insert.setString(4, line.sku);
                imported += insert.executeUpdate();
            }
        }
        return imported;
    }
}
