package com.northwind.shop;

import com.northwind.shop.common.ExchangeRates;
import com.northwind.shop.common.Money;
import com.northwind.shop.notify.EmailSender;
import com.northwind.shop.notify.SmsSender;
import com.northwind.shop.payments.PaymentGatewayClient;
import com.northwind.shop.shipping.CarrierClient;
import jakarta.annotation.PostConstruct;
import java.math.BigDecimal;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jms.annotation.EnableJms;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Settings and client beans of the whole shop, read from {@code shop.properties}.
 */
@Configuration
@EnableJms
@EnableScheduling
public class ShopConfiguration {

    @Value("${shop.cart.expiry-minutes:4320}")
    private long cartExpiryMinutes;

    @Value("${shop.checkout.free-shipping-eur:49.00}")
    private BigDecimal freeShippingEuros;

    @Value("${shop.payments.gateway-url}")
    private String gatewayUrl;

    @Value("${shop.payments.api-key}")
    private String gatewayApiKey;

    @Value("${shop.shipping.carrier-url}")
    private String carrierUrl;

    @Value("${shop.shipping.carrier-account}")
    private String carrierAccount;

    @Value("${shop.mail.from:orders@northwind.example}")
    private String mailFrom;

    @Value("${shop.sms.endpoint}")
    private String smsEndpoint;

    /** Euros per unit of each currency, for example {@code SEK=0.087,NOK=0.085}. */
    @Value("${shop.exchange-rates:}")
    private String exchangeRates;

    @PostConstruct
    public void loadExchangeRates() {
        ExchangeRates rates = ExchangeRates.getInstance();
        for (String entry : exchangeRates.split(",")) {
            String[] pair = entry.trim().split("=");
            if (pair.length == 2) {
                rates.update(pair[0].trim(), new BigDecimal(pair[1].trim()));
            }
        }
    }

    @Bean
    public PaymentGatewayClient paymentGatewayClient() {
        return new PaymentGatewayClient(URI.create(gatewayUrl), gatewayApiKey);
    }

    @Bean
    public CarrierClient carrierClient() {
        return new CarrierClient(URI.create(carrierUrl), carrierAccount);
    }

    @Bean
    public EmailSender emailSender(JavaMailSender mailSender) {
        return new EmailSender(mailSender, mailFrom);
    }

    @Bean
    public SmsSender smsSender() {
        return new SmsSender(URI.create(smsEndpoint), "Northwind");
    }

    public long getCartExpiryMinutes() {
        return cartExpiryMinutes;
    }

    public Money freeShippingThreshold(String currency) {
        return ExchangeRates.getInstance().convert(new Money(freeShippingEuros, "EUR"), currency);
    }
}
