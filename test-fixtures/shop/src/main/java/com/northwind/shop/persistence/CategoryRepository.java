package com.northwind.shop.persistence;

import com.northwind.shop.catalog.Category;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CategoryRepository extends JpaRepository<Category, Long> {

    List<Category> findByParentIsNullOrderByPosition();

    List<Category> findByParentOrderByPosition(Category parent);

    Optional<Category> findByCode(String code);
}
