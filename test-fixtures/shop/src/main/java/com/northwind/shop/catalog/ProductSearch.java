package com.northwind.shop.catalog;

import com.northwind.shop.common.Money;
import com.northwind.shop.common.ShopUtils;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * In-memory search over active products; good enough for the few thousand items the shop sells.
 */
@Component
public class ProductSearch {

    private final ProductService productService;
    private final PriceService priceService;

    public ProductSearch(ProductService productService, PriceService priceService) {
        this.productService = productService;
        this.priceService = priceService;
    }

    public List<Product> search(String text, String categoryCode, Money maxPrice) {
        String needle = ShopUtils.isBlank(text) ? null : text.toLowerCase(Locale.ROOT);
        List<Product> hits = new ArrayList<>();
        for (Product product : productService.listActive(categoryCode)) {
            if (needle != null && !matches(product, needle)) {
                continue;
            }
            if (maxPrice != null && isAbove(product, maxPrice)) {
                continue;
            }
            hits.add(product);
        }
        hits.sort(Comparator.comparing(Product::getName));
        return hits;
    }

    private boolean matches(Product product, String needle) {
        String description = product.getDescription() == null ? "" : product.getDescription();
        return product.getName().toLowerCase(Locale.ROOT).contains(needle)
                || description.toLowerCase(Locale.ROOT).contains(needle)
                || product.getSku().equalsIgnoreCase(needle);
    }

    private boolean isAbove(Product product, Money maxPrice) {
        Money price = priceService.currentPrice(product.getSku(), maxPrice.currency());
        return price.isGreaterThan(maxPrice);
    }
}
