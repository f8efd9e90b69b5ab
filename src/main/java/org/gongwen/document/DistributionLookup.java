package org.gongwen.document;

import java.util.List;

/**
 * Where the sender learns how the distributions of a document stand. Implemented by the
 * receipt module, which owns distributions; the document module does not depend on it.
 */
public interface DistributionLookup {

    List<DistributionSummary> of(long documentId);
}
