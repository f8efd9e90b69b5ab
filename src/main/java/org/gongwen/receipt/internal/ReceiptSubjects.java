package org.gongwen.receipt.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.gongwen.receipt.process.DocumentReceiptProcess;
import org.gongwen.receipt.process.DocumentReissueProcess;
import org.gongwen.receipt.process.ReceiptDeletionProcess;
import org.gongwen.shared.ProcessSubjects;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The received copy a receipt, reissue or deletion process is about, from the instance's business
 * key: its distribution, the page {@code inbox/<distribution>}; the inbox when the copy is gone. Only
 * ids: the page itself decides who may open it.
 */
@Service
@Transactional(readOnly = true)
@Order(20)
public class ReceiptSubjects implements ProcessSubjects {

    private static final String INBOX = "inbox";

    private final DistributionRepository distributions;
    private final ReissueRequestRepository reissues;
    private final DeletionRequestRepository deletions;

    ReceiptSubjects(
            DistributionRepository distributions,
            ReissueRequestRepository reissues,
            DeletionRequestRepository deletions) {
        this.distributions = distributions;
        this.reissues = reissues;
        this.deletions = deletions;
    }

    @Override
    public List<String> processKeys() {
        return List.of(DocumentReceiptProcess.KEY, DocumentReissueProcess.KEY, ReceiptDeletionProcess.KEY);
    }

    @Override
    public String listRoute(String processKey) {
        return INBOX;
    }

    @Override
    public Map<String, String> itemRoutes(String processKey, Collection<String> businessKeys) {
        Map<String, String> routes = new HashMap<>();
        distributions(businessKeys).forEach((key, distribution) -> routes.put(key, INBOX + "/" + distribution));
        return routes;
    }

    /**
     * For each business key of a receipt ({@code distribution-<document>-<unit>}: its newest version),
     * reissue ({@code reissue-<request>}) or deletion ({@code deletion-<request>}) instance, the
     * distribution's id; keys of other processes or of rows since removed are left out.
     */
    public Map<String, Long> distributions(Collection<String> businessKeys) {
        Map<String, long[]> receipts = new HashMap<>();
        Map<Long, List<String>> reissueKeys = new HashMap<>();
        Map<Long, List<String>> deletionKeys = new HashMap<>();
        for (String key : businessKeys) {
            if (key == null) {
                continue;
            }
            OptionalLong unit = DocumentReceiptProcess.unitIdOf(key);
            OptionalLong reissue = DocumentReissueProcess.BUSINESS_KEY.idOf(key);
            OptionalLong deletion = ReceiptDeletionProcess.BUSINESS_KEY.idOf(key);
            if (unit.isPresent()) {
                receipts.put(
                        key,
                        new long[] {DocumentReceiptProcess.documentIdOf(key).getAsLong(), unit.getAsLong()});
            } else if (reissue.isPresent()) {
                reissueKeys
                        .computeIfAbsent(reissue.getAsLong(), id -> new ArrayList<>())
                        .add(key);
            } else if (deletion.isPresent()) {
                deletionKeys
                        .computeIfAbsent(deletion.getAsLong(), id -> new ArrayList<>())
                        .add(key);
            }
        }
        Map<String, Long> found = new HashMap<>();
        if (!receipts.isEmpty()) {
            Map<String, Distribution> newest = new HashMap<>();
            for (Distribution d : distributions.findByDocumentIdIn(
                    receipts.values().stream().map(k -> k[0]).distinct().toList())) {
                newest.merge(
                        d.getDocumentId() + "-" + d.getUnitId(),
                        d,
                        (a, b) -> Comparator.comparingInt(Distribution::getVersion)
                                                .compare(a, b)
                                        >= 0
                                ? a
                                : b);
            }
            receipts.forEach((key, ids) -> {
                Distribution d = newest.get(ids[0] + "-" + ids[1]);
                if (d != null) {
                    found.put(key, d.getId());
                }
            });
        }
        for (ReissueRequest r : reissues.findAllById(reissueKeys.keySet())) {
            reissueKeys.get(r.getId()).forEach(key -> found.put(key, r.getDistributionId()));
        }
        for (DeletionRequest r : deletions.findAllById(deletionKeys.keySet())) {
            deletionKeys.get(r.getId()).forEach(key -> found.put(key, r.getDistributionId()));
        }
        return found;
    }
}
