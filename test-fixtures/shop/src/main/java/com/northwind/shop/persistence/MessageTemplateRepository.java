package com.northwind.shop.persistence;

import com.northwind.shop.notify.MessageTemplate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MessageTemplateRepository extends JpaRepository<MessageTemplate, Long> {

    Optional<MessageTemplate> findByCodeAndLocale(String code, String locale);
}
