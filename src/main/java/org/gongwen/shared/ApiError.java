package org.gongwen.shared;

import java.time.Instant;

/** The JSON body of every REST error: a message in the caller's language. */
public record ApiError(int status, String error, String message, String path, Instant timestamp) {}
