package com.northwind.shop.web;

import com.northwind.shop.orders.OrderNumberGenerator;
import com.northwind.shop.persistence.OrderJdbcDao;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Plain-text order status for the old call-centre software, which cannot read JSON.
 */
@WebServlet(urlPatterns = "/legacy/order-status")
public class LegacyOrderStatusServlet extends HttpServlet {

    private OrderJdbcDao orderDao;

    @Override
    public void init() throws ServletException {
        orderDao = WebApplicationContextUtils.getRequiredWebApplicationContext(getServletContext())
                .getBean(OrderJdbcDao.class);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain; charset=UTF-8");
        String orderNumber = request.getParameter("order");
        if (!OrderNumberGenerator.isValid(orderNumber)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "parameter 'order' must look like NW-20260101-0001");
            return;
        }
        Optional<String> status = orderDao.findStatus(orderNumber);
        if (status.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no order " + orderNumber);
            return;
        }
        response.getWriter().println(orderNumber + ";" + status.get() + ";" + String.join(",", orderDao.skusOfOrder(orderNumber)));
    }
}
