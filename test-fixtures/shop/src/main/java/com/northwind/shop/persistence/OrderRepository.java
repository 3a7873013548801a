package com.northwind.shop.persistence;

import com.northwind.shop.orders.Order;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrderRepository extends JpaRepository<Order, Long> {

    Optional<Order> findByOrderNumber(String orderNumber);

    List<Order> findTop20ByCustomerIdOrderByPlacedAtDesc(Long customerId);
}
