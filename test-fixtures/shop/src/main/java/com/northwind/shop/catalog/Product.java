package com.northwind.shop.catalog;

import com.northwind.shop.common.BaseEntity;
import com.northwind.shop.common.ShopUtils;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@Entity
@Table(name = "product")
public class Product extends BaseEntity {

    @Column(nullable = false, unique = true, length = 32)
    private String sku;

    @Column(nullable = false)
    private String name;

    @Column(length = 4000)
    private String description;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(name = "weight_grams")
    private int weightGrams;

    private boolean active = true;

    @ManyToMany
    @JoinTable(name = "product_category",
            joinColumns = @JoinColumn(name = "product_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    private Set<Category> categories = new LinkedHashSet<>();

    @OneToMany(mappedBy = "product")
    private List<Price> prices = new ArrayList<>();

    protected Product() {
    }

    public Product(String sku, String name, int weightGrams) {
        this.sku = ShopUtils.requireNonBlank(sku, "sku");
        this.name = ShopUtils.requireNonBlank(name, "name");
        this.slug = ShopUtils.slugify(name + " " + sku);
        this.weightGrams = weightGrams;
    }

    public void addCategory(Category category) {
        categories.add(category);
    }

    public Optional<Price> priceOn(LocalDate date, String currency) {
        return prices.stream()
                .filter(price -> price.getCurrency().equals(currency))
                .filter(price -> price.isValidOn(date))
                .findFirst();
    }

    /** The code of the first category, which decides the VAT rate. */
    public String primaryCategoryCode() {
        return categories.stream().findFirst().map(Category::getCode).orElse(null);
    }

    public void deactivate() {
        active = false;
    }

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = ShopUtils.trimToNull(description);
    }

    public String getSlug() {
        return slug;
    }

    public int getWeightGrams() {
        return weightGrams;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Category> getCategories() {
        return categories;
    }
}
