package com.northwind.shop.web;

import com.northwind.shop.catalog.AvailabilityChecker;
import com.northwind.shop.catalog.PriceService;
import com.northwind.shop.catalog.Product;
import com.northwind.shop.catalog.ProductSearch;
import com.northwind.shop.catalog.ProductService;
import com.northwind.shop.common.Money;
import com.northwind.shop.common.ShopConstants;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/products")
public class ProductController {

    record NewProduct(String sku, String name, int weightGrams, String categoryCode) {
    }

    private final ProductService productService;
    private final PriceService priceService;
    private final ProductSearch productSearch;
    private final AvailabilityChecker availabilityChecker;

    public ProductController(ProductService productService, PriceService priceService, ProductSearch productSearch,
            AvailabilityChecker availabilityChecker) {
        this.productService = productService;
        this.priceService = priceService;
        this.productSearch = productSearch;
        this.availabilityChecker = availabilityChecker;
    }

    @GetMapping("/{slug}")
    public Map<String, Object> product(@PathVariable String slug,
            @RequestParam(defaultValue = ShopConstants.DEFAULT_CURRENCY) String currency) {
        return view(productService.findBySlug(slug), currency);
    }

    @GetMapping
    public List<Map<String, Object>> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) BigDecimal maxPrice,
            @RequestParam(defaultValue = ShopConstants.DEFAULT_CURRENCY) String currency) {
        Money limit = maxPrice == null ? null : new Money(maxPrice, currency);
        return productSearch.search(q, category, limit).stream().map(product -> view(product, currency)).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> create(@RequestBody NewProduct request) {
        Product product = productService.create(request.sku(), request.name(), request.weightGrams(),
                request.categoryCode());
        return Map.of("sku", product.getSku(), "slug", product.getSlug());
    }

    private Map<String, Object> view(Product product, String currency) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("sku", product.getSku());
        view.put("name", product.getName());
        view.put("slug", product.getSlug());
        view.put("price", priceService.displayPrice(product.getSku(), currency));
        view.put("availability", availabilityChecker.badgeFor(product.getSku()));
        return view;
    }
}
