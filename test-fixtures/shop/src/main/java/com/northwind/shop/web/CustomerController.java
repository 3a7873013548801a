package com.northwind.shop.web;

import com.northwind.shop.customers.Address;
import com.northwind.shop.customers.Customer;
import com.northwind.shop.customers.CustomerService;
import com.northwind.shop.customers.RegistrationService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/customers")
public class CustomerController {

    record RegistrationRequest(String email, String password, String firstName, String lastName) {
    }

    record AddressRequest(String recipient, String street, String postalCode, String city, String countryCode) {
    }

    private final CustomerService customerService;
    private final RegistrationService registrationService;

    public CustomerController(CustomerService customerService, RegistrationService registrationService) {
        this.customerService = customerService;
        this.registrationService = registrationService;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> register(@RequestBody RegistrationRequest request) {
        Customer customer = registrationService.register(request.email(), request.password(), request.firstName(),
                request.lastName());
        return view(customer);
    }

    @GetMapping("/me")
    public Map<String, Object> me() {
        return view(customerService.get(RequestContext.requireCustomerId()));
    }

    @PostMapping("/me/addresses")
    @ResponseStatus(HttpStatus.CREATED)
    public String addAddress(@RequestBody AddressRequest request) {
        Address address = new Address(request.recipient(), request.street(), request.postalCode(), request.city(),
                request.countryCode());
        return customerService.addAddress(RequestContext.requireCustomerId(), address).singleLine();
    }

    @PostMapping("/me/marketing")
    public void changeMarketingConsent(@RequestBody Map<String, Boolean> body) {
        customerService.changeMarketingConsent(RequestContext.requireCustomerId(),
                Boolean.TRUE.equals(body.get("optIn")));
    }

    private static Map<String, Object> view(Customer customer) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", customer.getId());
        view.put("name", customer.displayName());
        view.put("email", customer.getEmail());
        List<String> addresses = customer.getAddresses().stream().map(Address::singleLine).toList();
        view.put("addresses", addresses);
        return view;
    }
}
