package org.gongwen.support;

import org.gongwen.shared.BusinessException;

/** What a service said when it refused. */
public final class Refusals {

    private Refusals() {}

    /** The message key of the {@link BusinessException} {@code action} throws; fails when it is not refused. */
    public static String reason(Runnable action) {
        try {
            action.run();
        } catch (BusinessException e) {
            return e.messageKey();
        }
        throw new AssertionError("not refused");
    }
}
