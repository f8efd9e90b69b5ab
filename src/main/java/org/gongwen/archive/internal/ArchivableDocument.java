package org.gongwen.archive.internal;

import java.time.Instant;

/** A sent document as the archive lists it, before its package is built. */
public record ArchivableDocument(long id, String docNumber, String title, String sender, Instant sentAt) {}
