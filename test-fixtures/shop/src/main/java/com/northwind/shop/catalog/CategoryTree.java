package com.northwind.shop.catalog;

import com.northwind.shop.common.ReferenceDataCache;
import com.northwind.shop.persistence.CategoryRepository;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The category hierarchy shown in the storefront menu.
 */
@Component
public class CategoryTree {

    private static final Map<String, BigDecimal> REDUCED_VAT = Map.of(
            "books", new BigDecimal("6"),
            "food", new BigDecimal("12"));

    private final CategoryRepository categories;

    public CategoryTree(CategoryRepository categories) {
        this.categories = categories;
    }

    public List<Category> roots() {
        return categories.findByParentIsNullOrderByPosition();
    }

    public List<Category> children(Category parent) {
        return categories.findByParentOrderByPosition(parent);
    }

    public String pathOf(Category category) {
        Deque<String> names = new LinkedList<>();
        for (Category current = category; current != null; current = current.getParent()) {
            names.addFirst(current.getName());
        }
        return String.join(" / ", names);
    }

    /** Loads category names and VAT rates into the shared cache. */
    public int reloadCache() {
        List<Category> all = new ArrayList<>(categories.findAll());
        Map<String, BigDecimal> rates = new HashMap<>();
        for (Category category : all) {
            ReferenceDataCache.CATEGORY_NAMES.put(category.getId(), category.getName());
            BigDecimal reduced = REDUCED_VAT.get(rootOf(category).getCode());
            if (reduced != null) {
                rates.put(category.getCode(), reduced);
            }
        }
        ReferenceDataCache.replaceVatRates(rates);
        return all.size();
    }

    private Category rootOf(Category category) {
        Category current = category;
        while (!current.isRoot()) {
            current = current.getParent();
        }
        return current;
    }
}
