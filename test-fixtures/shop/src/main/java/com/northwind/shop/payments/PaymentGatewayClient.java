package com.northwind.shop.payments;

import com.northwind.shop.common.Money;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * HTTP client of the card payment gateway. Amounts are sent in minor units.
 */
public class PaymentGatewayClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI baseUrl;
    private final String apiKey;

    public PaymentGatewayClient(URI baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    public GatewayResponse authorize(Money amount, String cardToken, String orderNumber) {
        String body = "{\"amount\":" + minorUnits(amount) + ",\"currency\":\"" + amount.currency()
                + "\",\"source\":\"" + cardToken + "\",\"reference\":\"" + orderNumber + "\"}";
        return post("/v2/authorizations", body);
    }

    public GatewayResponse capture(String authorization, Money amount) {
        return post("/v2/authorizations/" + authorization + "/capture", "{\"amount\":" + minorUnits(amount) + "}");
    }

    public GatewayResponse refund(String authorization, Money amount) {
        return post("/v2/authorizations/" + authorization + "/refunds", "{\"amount\":" + minorUnits(amount) + "}");
    }

    private GatewayResponse post(String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve(path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500) {
                return GatewayResponse.declined("gateway_error", "gateway returned " + response.statusCode());
            }
            return GatewayResponse.fromJson(response.body());
        } catch (IOException e) {
            return GatewayResponse.declined("gateway_unreachable", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return GatewayResponse.declined("interrupted", "request interrupted");
        }
    }

    private static long minorUnits(Money amount) {
        return amount.amount().movePointRight(2).longValueExact();
    }
}
