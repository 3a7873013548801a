package com.northwind.shop.payments;

import com.northwind.shop.common.Money;
import com.northwind.shop.common.ShopException;
import com.northwind.shop.orders.OrderService;
import com.northwind.shop.persistence.PaymentRepository;
import com.northwind.shop.persistence.RefundDao;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class RefundService {

    private final PaymentRepository payments;
    private final RefundDao refundDao;
    private final PaymentGatewayClient gateway;
    private final OrderService orderService;

    /** The order service is injected lazily because it also calls this service when orders are cancelled. */
    public RefundService(PaymentRepository payments, RefundDao refundDao, PaymentGatewayClient gateway,
            @Lazy OrderService orderService) {
        this.payments = payments;
        this.refundDao = refundDao;
        this.gateway = gateway;
        this.orderService = orderService;
    }

    @Transactional
    public Refund refundFull(String orderNumber, String reason) {
        Payment payment = payments.findByOrderNumber(orderNumber)
                .orElseThrow(() -> new ShopException("PAYMENT_NOT_FOUND", "order " + orderNumber + " has no payment"));
        return refund(payment, payment.refundableAmount(), reason, "system");
    }

    @Transactional
    public Refund refundPartial(Long paymentId, Money amount, String reason, String requestedBy) {
        Payment payment = payments.findById(paymentId)
                .orElseThrow(() -> new ShopException("PAYMENT_NOT_FOUND", "no payment " + paymentId));
        return refund(payment, amount, reason, requestedBy);
    }

    private Refund refund(Payment payment, Money amount, String reason, String requestedBy) {
        if (amount.isGreaterThan(payment.refundableAmount())) {
            throw new ShopException("REFUND_TOO_LARGE", "at most " + payment.refundableAmount() + " can be refunded");
        }
        GatewayResponse response = gateway.refund(payment.getGatewayReference(), amount);
        if (!response.approved()) {
            throw new PaymentDeclinedException(response.declineCode(), "refund declined: " + response.message());
        }
        payment.addRefund(amount);
        payments.save(payment);
        Refund refund = new Refund(payment, amount, reason, response.reference(), requestedBy);
        refundDao.insert(refund);
        if (payment.getStatus() == PaymentStatus.REFUNDED) {
            orderService.markRefunded(payment.getOrderNumber());
        }
        return refund;
    }
}
