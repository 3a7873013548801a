package com.northwind.shop.catalog;

import com.northwind.shop.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "category")
public class Category extends BaseEntity {

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false)
    private String name;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private Category parent;

    private int position;

    protected Category() {
    }

    public Category(String code, String name, Category parent, int position) {
        this.code = code;
        this.name = name;
        this.parent = parent;
        this.position = position;
    }

    public boolean isRoot() {
        return parent == null;
    }

    public int depth() {
        int depth = 0;
        for (Category current = parent; current != null; current = current.parent) {
            depth++;
        }
        return depth;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Category getParent() {
        return parent;
    }

    public int getPosition() {
        return position;
    }
}
