package org.gongwen.document;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where the sender learns how the distributions of a document stand. Implemented by the
 * receipt module, which owns distributions; the document module does not depend on it.
 */
public interface DistributionLookup {

    List<DistributionSummary> of(long documentId);

    /** The progress of each of {@code documentIds} that has distributions, in one read for a whole list. */
    Map<Long, SendProgress> progress(Collection<Long> documentIds);
}
