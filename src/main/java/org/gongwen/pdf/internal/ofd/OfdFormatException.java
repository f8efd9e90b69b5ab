package org.gongwen.pdf.internal.ofd;

/** A part of an OFD package is missing or unreadable; the message says which, in Chinese. */
public class OfdFormatException extends RuntimeException {

    public OfdFormatException(String message) {
        super(message);
    }
}
