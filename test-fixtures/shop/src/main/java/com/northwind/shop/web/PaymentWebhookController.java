package com.northwind.shop.web;

import com.northwind.shop.payments.PaymentService;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receives asynchronous events from the payment gateway, signed with HMAC-SHA256.
 */
@RestController
public class PaymentWebhookController {

    private final PaymentService paymentService;
    private final byte[] webhookSecret;

    public PaymentWebhookController(PaymentService paymentService,
            @Value("${shop.payments.webhook-secret}") String webhookSecret) {
        this.paymentService = paymentService;
        this.webhookSecret = webhookSecret.getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping("/api/payments/webhook")
    public ResponseEntity<Void> receive(@RequestHeader("X-Gateway-Signature") String signature,
            @RequestBody Map<String, String> event) throws GeneralSecurityException {
        String signed = event.get("reference") + "." + event.get("type");
        if (!MessageDigest.isEqual(sign(signed), signature.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        paymentService.handleGatewayEvent(event.get("reference"), event.get("type"));
        return ResponseEntity.noContent().build();
    }

    private byte[] sign(String payload) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(webhookSecret, "HmacSHA256"));
        String hex = HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        return hex.getBytes(StandardCharsets.UTF_8);
    }
}
