package com.northwind.shop.persistence;

import com.northwind.shop.payments.Payment;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PaymentRepository extends JpaRepository<Payment, Long> {

    Optional<Payment> findByOrderNumber(String orderNumber);

    Optional<Payment> findByGatewayReference(String gatewayReference);
}
