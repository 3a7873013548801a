package com.northwind.shop.web;

import com.northwind.shop.catalog.Category;
import com.northwind.shop.catalog.CategoryTree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CategoryController {

    private final CategoryTree categoryTree;

    public CategoryController(CategoryTree categoryTree) {
        this.categoryTree = categoryTree;
    }

    @GetMapping("/api/categories")
    public List<Map<String, Object>> menu() {
        List<Map<String, Object>> menu = new ArrayList<>();
        for (Category root : categoryTree.roots()) {
            menu.add(node(root));
        }
        return menu;
    }

    @PostMapping("/api/categories/reload")
    public Map<String, Integer> reload() {
        return Map.of("categories", categoryTree.reloadCache());
    }

    private Map<String, Object> node(Category category) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("code", category.getCode());
        node.put("name", category.getName());
        List<Map<String, Object>> children = new ArrayList<>();
        for (Category child : categoryTree.children(category)) {
            children.add(node(child));
        }
        node.put("children", children);
        return node;
    }
}
