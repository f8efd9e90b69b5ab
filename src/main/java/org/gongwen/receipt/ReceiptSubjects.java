package org.gongwen.receipt;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwen.receipt.internal.DeletionRequest;
import org.gongwen.receipt.internal.DeletionRequestRepository;
import org.gongwen.receipt.internal.Distribution;
import org.gongwen.receipt.internal.DistributionRepository;
import org.gongwen.receipt.internal.ReissueRequest;
import org.gongwen.receipt.internal.ReissueRequestRepository;
import org.gongwen.receipt.process.DocumentReceiptProcess;
import org.gongwen.receipt.process.DocumentReissueProcess;
import org.gongwen.receipt.process.ReceiptDeletionProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The received copy a receipt, reissue or deletion process is about, from the instance's business
 * key: its distribution, the page {@code inbox/<distribution>}. Only ids: the page itself decides
 * who may open it.
 */
@Service
@Transactional(readOnly = true)
public class ReceiptSubjects {

    /** The keys {@link DocumentReceiptProcess}, {@link DocumentReissueProcess} and {@link ReceiptDeletionProcess} give. */
    private static final Pattern RECEIPT = Pattern.compile("distribution-(\\d+)-(\\d+)");

    private static final Pattern REISSUE = Pattern.compile("reissue-(\\d+)");
    private static final Pattern DELETION = Pattern.compile("deletion-(\\d+)");

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
            Matcher m = RECEIPT.matcher(key);
            if (m.matches()) {
                receipts.put(key, new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
            } else if ((m = REISSUE.matcher(key)).matches()) {
                reissueKeys
                        .computeIfAbsent(Long.parseLong(m.group(1)), id -> new ArrayList<>())
                        .add(key);
            } else if ((m = DELETION.matcher(key)).matches()) {
                deletionKeys
                        .computeIfAbsent(Long.parseLong(m.group(1)), id -> new ArrayList<>())
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
