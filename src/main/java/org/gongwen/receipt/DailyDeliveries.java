package org.gongwen.receipt;

import java.time.LocalDate;

/** Documents sent on one day and the distributions they made (A5: documents sent per period). */
public record DailyDeliveries(LocalDate day, long documents, long distributions) {}
