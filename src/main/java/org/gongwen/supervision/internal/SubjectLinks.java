package org.gongwen.supervision.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.gongwen.shared.ProcessSubjects;
import org.springframework.stereotype.Component;

/**
 * The page that shows what an instance is about, from its process and business key, as the module
 * owning the process tells ({@link ProcessSubjects}): the document on 发文 ({@code documents/<id>}),
 * the received copy ({@code inbox/<distribution>}), the seal, the fault, the report; the owner's list
 * page when the key names nothing.
 */
@Component
public class SubjectLinks {

    private final Map<String, ProcessSubjects> owners = new HashMap<>();

    SubjectLinks(List<ProcessSubjects> owners) {
        owners.forEach(owner -> owner.processKeys().forEach(key -> this.owners.put(key, owner)));
    }

    public String of(String processKey, String businessKey) {
        return of(List.of(new Subject(processKey, businessKey))).get(new Subject(processKey, businessKey));
    }

    /** Each instance's page; an instance of a process no module owns is left out. */
    public Map<Subject, String> of(Collection<Subject> subjects) {
        Map<Subject, String> links = new HashMap<>();
        subjects.stream()
                .filter(s -> owners.containsKey(s.processKey()))
                .collect(Collectors.groupingBy(Subject::processKey))
                .forEach((processKey, ofProcess) -> {
                    ProcessSubjects owner = owners.get(processKey);
                    Map<String, String> items = owner.itemRoutes(
                            processKey,
                            ofProcess.stream()
                                    .map(Subject::businessKey)
                                    .filter(Objects::nonNull)
                                    .distinct()
                                    .toList());
                    String list = owner.listRoute(processKey);
                    ofProcess.forEach(s ->
                            links.put(s, s.businessKey() == null ? list : items.getOrDefault(s.businessKey(), list)));
                });
        return links;
    }

    /** An instance of a process with its business key (which may be null). */
    public record Subject(String processKey, String businessKey) {}
}
