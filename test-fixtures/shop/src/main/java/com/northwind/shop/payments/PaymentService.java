package com.northwind.shop.payments;

import com.northwind.shop.common.ExchangeRates;
import com.northwind.shop.common.Money;
import com.northwind.shop.common.ShopException;
import com.northwind.shop.orders.OrderPaymentCallback;
import com.northwind.shop.persistence.PaymentRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authorises and captures order payments, then reports the outcome through {@link OrderPaymentCallback}.
 */
@Service
public class PaymentService {

    /** The acquirer settles in euros, so every payment is converted before it is sent. */
    private static final String SETTLEMENT_CURRENCY = "EUR";

    private final PaymentRepository payments;
    private final PaymentGatewayClient gateway;
    private final OrderPaymentCallback orderCallback;
    private final CardNumberMasker masker;

    public PaymentService(PaymentRepository payments, PaymentGatewayClient gateway,
            OrderPaymentCallback orderCallback, CardNumberMasker masker) {
        this.payments = payments;
        this.gateway = gateway;
        this.orderCallback = orderCallback;
        this.masker = masker;
    }

    @Transactional
    public Payment authorizeAndCapture(String orderNumber, Money amount, PaymentMethod method, String cardToken) {
        Money settlement = ExchangeRates.getInstance().convert(amount, SETTLEMENT_CURRENCY);
        Payment payment = new Payment(orderNumber, method, settlement);
        if (!method.usesGateway()) {
            payment.markAuthorized("INV-" + orderNumber);
            payments.save(payment);
            orderCallback.paymentCaptured(orderNumber, payment);
            return payment;
        }
        GatewayResponse authorization = gateway.authorize(settlement, cardToken, orderNumber);
        if (!authorization.approved()) {
            fail(payment, orderNumber, authorization);
        }
        payment.markAuthorized(authorization.reference());
        payment.setMaskedCard(masker.maskToken(cardToken));
        GatewayResponse capture = gateway.capture(authorization.reference(), settlement);
        if (!capture.approved()) {
            fail(payment, orderNumber, capture);
        }
        payment.markCaptured();
        payments.save(payment);
        orderCallback.paymentCaptured(orderNumber, payment);
        return payment;
    }

    /** Handles asynchronous gateway events such as late capture failures. */
    @Transactional
    public void handleGatewayEvent(String gatewayReference, String eventType) {
        Payment payment = payments.findByGatewayReference(gatewayReference)
                .orElseThrow(() -> new ShopException("PAYMENT_NOT_FOUND", "no payment " + gatewayReference));
        if ("capture.failed".equals(eventType)) {
            payment.markFailed(eventType);
            orderCallback.paymentFailed(payment.getOrderNumber(), "capture failed after checkout");
        } else if ("capture.succeeded".equals(eventType) && payment.getStatus() == PaymentStatus.AUTHORIZED) {
            payment.markCaptured();
        }
        payments.save(payment);
    }

    private void fail(Payment payment, String orderNumber, GatewayResponse response) {
        payment.markFailed(response.declineCode());
        payments.save(payment);
        orderCallback.paymentFailed(orderNumber, response.message());
        throw new PaymentDeclinedException(response.declineCode(), response.message());
    }
}
