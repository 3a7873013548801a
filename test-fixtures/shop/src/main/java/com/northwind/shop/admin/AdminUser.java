package com.northwind.shop.admin;

import com.northwind.shop.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Set;

@Entity
@Table(name = "admin_user")
public class AdminUser extends BaseEntity {

    private static final Set<String> REFUND_ROLES = Set.of("FINANCE", "SUPERVISOR");

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name")
    private String displayName;

    @Column(nullable = false, length = 16)
    private String role;

    private boolean active = true;

    protected AdminUser() {
    }

    public AdminUser(String username, String displayName, String role) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
    }

    public boolean mayApproveRefunds() {
        return active && REFUND_ROLES.contains(role);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getRole() {
        return role;
    }

    public boolean isActive() {
        return active;
    }
}
