package com.northwind.shop.persistence;

import com.northwind.shop.catalog.Product;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProductRepository extends JpaRepository<Product, Long> {

    Optional<Product> findBySlug(String slug);

    Optional<Product> findBySku(String sku);

    List<Product> findByActiveTrue();

    @Query("select p from Product p join p.categories c where c.code = :code and p.active = true order by p.name")
    List<Product> findByCategoryCode(@Param("code") String categoryCode);
}
