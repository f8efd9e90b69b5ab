package org.gongwen.receipt.internal;

/** How the receipt time (A14.2) was set: the first official print, unprotected download or interface read. */
public enum ReceiptChannel {
    PRINT,
    DOWNLOAD,
    INTERFACE
}
