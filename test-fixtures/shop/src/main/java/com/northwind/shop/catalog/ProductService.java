package com.northwind.shop.catalog;

import com.northwind.shop.common.ShopException;
import com.northwind.shop.common.ShopUtils;
import com.northwind.shop.persistence.CategoryRepository;
import com.northwind.shop.persistence.ProductRepository;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ProductService {

    private final ProductRepository products;
    private final CategoryRepository categories;
    private final AvailabilityChecker availability;

    public ProductService(ProductRepository products, CategoryRepository categories,
            AvailabilityChecker availability) {
        this.products = products;
        this.categories = categories;
        this.availability = availability;
    }

    public Product findBySlug(String slug) {
        return products.findBySlug(slug)
                .orElseThrow(() -> new ShopException("PRODUCT_NOT_FOUND", "no product " + slug));
    }

    public Product findBySku(String sku) {
        return products.findBySku(sku)
                .orElseThrow(() -> new ShopException("PRODUCT_NOT_FOUND", "no product with SKU " + sku));
    }

    public List<Product> listActive(String categoryCode) {
        if (ShopUtils.isBlank(categoryCode)) {
            return products.findByActiveTrue();
        }
        return products.findByCategoryCode(categoryCode);
    }

    @Transactional
    public Product create(String sku, String name, int weightGrams, String categoryCode) {
        if (products.findBySku(sku).isPresent()) {
            throw new ShopException("DUPLICATE_SKU", "SKU " + sku + " already exists");
        }
        Product product = new Product(sku, name, weightGrams);
        categories.findByCode(categoryCode).ifPresent(product::addCategory);
        return products.save(product);
    }

    @Transactional
    public void deactivate(String sku) {
        Product product = findBySku(sku);
        product.deactivate();
        products.save(product);
    }

    public boolean isOrderable(String sku, int quantity) {
        Product product = findBySku(sku);
        return product.isActive() && availability.canSell(sku, quantity);
    }
}
