package com.northwind.shop.admin;

import com.northwind.shop.common.Money;
import com.northwind.shop.common.ShopException;
import com.northwind.shop.payments.Refund;
import com.northwind.shop.payments.RefundService;
import com.northwind.shop.persistence.RefundDao;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refund requests raised by customer support, approved or rejected by finance staff.
 */
@Service
public class ManualRefundService {

    private final RefundDao refundDao;
    private final RefundService refundService;

    public ManualRefundService(RefundDao refundDao, RefundService refundService) {
        this.refundDao = refundDao;
        this.refundService = refundService;
    }

    public List<RefundDao.RefundRequest> pendingRequests() {
        return refundDao.findPendingRequests();
    }

    @Transactional
    public Refund approve(long requestId, AdminUser approver) {
        if (!approver.mayApproveRefunds()) {
            throw new ShopException("FORBIDDEN", approver.getUsername() + " may not approve refunds");
        }
        RefundDao.RefundRequest request = refundDao.findRequest(requestId)
                .orElseThrow(() -> new ShopException("REQUEST_NOT_FOUND", "no refund request " + requestId));
        Money amount = new Money(request.amount(), request.currency());
        Refund refund = refundService.refundPartial(request.paymentId(), amount, request.reason(),
                approver.getUsername());
        refundDao.closeRequest(requestId, "APPROVED", approver.getUsername());
        return refund;
    }

    @Transactional
    public void reject(long requestId, AdminUser approver) {
        refundDao.closeRequest(requestId, "REJECTED", approver.getUsername());
    }
}
