package org.gongwen.receipt.internal;

import org.gongwen.security.CurrentUser;
import org.gongwen.shared.BusinessException;
import org.springframework.stereotype.Component;

/**
 * Who may see a received document (A4.3): the recipient unit's own people and its office system,
 * the sending unit's people (read only), and the county-wide roles. Anyone else is told it does
 * not exist (404), so another unit's documents cannot be probed.
 */
@Component
public class ReceivingAccess {

    private final DistributionRepository distributions;

    ReceivingAccess(DistributionRepository distributions) {
        this.distributions = distributions;
    }

    /** The distribution for reading: recipient, sender or county-wide. */
    public Distribution readable(long id, CurrentUser caller) {
        Distribution d = find(id);
        boolean recipient = d.getUnitId() == caller.unitId();
        boolean sender = d.getSenderUnitId() != null && d.getSenderUnitId() == caller.unitId();
        if (!(recipient || sender || caller.isCountyWide()) || (d.getDeletedAt() != null && !caller.isCountyWide())) {
            throw BusinessException.notFound("receipt.error.notFound", id);
        }
        return d;
    }

    /** The distribution for acting on it as its recipient unit (print, download, sign for, ...). */
    public Distribution ownReceived(long id, CurrentUser caller) {
        return requireOwn(find(id), caller);
    }

    /** The same check on a row the caller already holds (e.g. under its write lock). */
    public Distribution requireOwn(Distribution d, CurrentUser caller) {
        if (d.getUnitId() != caller.unitId() || d.getDeletedAt() != null) {
            throw BusinessException.notFound("receipt.error.notFound", d.getId());
        }
        return d;
    }

    private Distribution find(long id) {
        return distributions.findById(id).orElseThrow(() -> BusinessException.notFound("receipt.error.notFound", id));
    }
}
