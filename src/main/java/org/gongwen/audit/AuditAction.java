package org.gongwen.audit;

/** What an audit entry records. Stored by name: never rename a constant, only add. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    VIEW,
    DOWNLOAD,
    INTERFACE_READ,
    PRINT,
    SIGN_FOR,
    RETURN,
    SEAL_USE,
    APPROVAL,
    DELETION,
    ADMIN_CHANGE,
    TOKEN_CHANGE,
    ACCOUNT_LOCK,
    SEAL_LIFECYCLE,
    PROCESS_DEPLOYMENT,
    REISSUE,
    AUDIT_EXPORT,
    ARCHIVE_TIME_STAMP
}
