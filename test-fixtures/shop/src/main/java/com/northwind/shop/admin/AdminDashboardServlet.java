package com.northwind.shop.admin;

import com.northwind.shop.common.ReferenceDataCache;
import com.northwind.shop.common.ShopConstants;
import com.northwind.shop.common.ShopUtils;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The back-office start page: last week's sales and a button to flush the reference data cache.
 */
@WebServlet(name = "adminDashboard", urlPatterns = "/admin/dashboard")
public class AdminDashboardServlet extends HttpServlet {

    private SalesReportService salesReports;

    @Override
    public void init() {
        WebApplicationContext context = WebApplicationContextUtils.getRequiredWebApplicationContext(getServletContext());
        salesReports = context.getBean(SalesReportService.class);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LocalDate today = ShopUtils.today();
        List<ReportRow> rows = salesReports.dailySales(today.minusDays(7), today, ShopConstants.DEFAULT_CURRENCY);
        if ("csv".equals(request.getParameter("format"))) {
            response.setContentType("text/csv; charset=UTF-8");
            new CsvExporter().write(rows, response.getWriter());
            return;
        }
        response.setContentType("text/html; charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.println("<html><body><h1>Sales, last 7 days</h1><table>");
        for (ReportRow row : rows) {
            out.println("<tr><td>" + row.getLabel() + "</td><td>" + row.getOrderCount() + "</td><td>"
                    + row.getRevenue().toPlainString() + " " + row.getCurrency() + "</td></tr>");
        }
        out.println("</table>");
        out.println("<p>Reference data loaded: " + ReferenceDataCache.lastLoaded + "</p>");
        out.println("<form method=post><button name=action value=flush-caches>Flush caches</button></form>");
        out.println("</body></html>");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("flush-caches".equals(request.getParameter("action"))) {
            ReferenceDataCache.clear();
        }
        response.sendRedirect(request.getContextPath() + "/admin/dashboard");
    }
}
