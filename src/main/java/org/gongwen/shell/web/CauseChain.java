package org.gongwen.shell.web;

/** An exception with its causes, as the filters and the exception handler look through them. */
final class CauseChain {

    private CauseChain() {}

    /** Whether the exception or one of its causes is of one of the types. */
    static boolean holds(Throwable e, Class<?>... types) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<?> type : types) {
                if (type.isInstance(t)) {
                    return true;
                }
            }
        }
        return false;
    }
}
