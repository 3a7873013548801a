package com.northwind.shop.shipping;

import com.northwind.shop.common.ShopException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Client of the carrier's booking and tracking API, which answers in pipe-separated lines.
 */
public class CarrierClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final URI baseUrl;
    private final String accountNumber;

    public CarrierClient(URI baseUrl, String accountNumber) {
        this.baseUrl = baseUrl;
        this.accountNumber = accountNumber;
    }

    /** Books a pickup and returns the carrier's tracking number. */
    public String bookPickup(Shipment shipment, ParcelDimensions parcel) {
        String body = String.join("|", accountNumber, shipment.getOrderNumber(), shipment.getWarehouseCode(),
                shipment.getAddress().getPostalCode(), shipment.getAddress().getCountryCode(),
                parcel.chargeableWeightKg().toPlainString());
        String reply = call(HttpRequest.newBuilder(baseUrl.resolve("/bookings"))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        return reply.trim();
    }

    /** Returns tracking lines of the form {@code code|description|location|timestamp}. */
    public List<String> fetchEvents(String trackingNumber) {
        String reply = call(HttpRequest.newBuilder(baseUrl.resolve("/tracking/" + trackingNumber)).GET());
        return reply.lines().filter(line -> !line.isBlank()).toList();
    }

    private String call(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new ShopException("CARRIER_ERROR", "carrier answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new ShopException("CARRIER_UNREACHABLE", "carrier API unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShopException("CARRIER_UNREACHABLE", "interrupted while calling the carrier", e);
        }
    }
}
