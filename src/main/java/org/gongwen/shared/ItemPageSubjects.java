package org.gongwen.shared;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The {@link ProcessSubjects} of processes whose instances are each about one item of the same
 * page: {@code <listRoute>/<id>}, the id read from the business key by the process's own reader.
 */
public abstract class ItemPageSubjects implements ProcessSubjects {

    private final String listRoute;
    private final Map<String, Function<String, OptionalLong>> idOf = new LinkedHashMap<>();

    /** @param idOf per process key, in the order of the paperwork, how its business keys name the item */
    @SafeVarargs
    protected ItemPageSubjects(String listRoute, Map.Entry<String, Function<String, OptionalLong>>... idOf) {
        this.listRoute = listRoute;
        for (var process : idOf) {
            this.idOf.put(process.getKey(), process.getValue());
        }
    }

    @Override
    public List<String> processKeys() {
        return List.copyOf(idOf.keySet());
    }

    @Override
    public String listRoute(String processKey) {
        return listRoute;
    }

    @Override
    public Map<String, String> itemRoutes(String processKey, Collection<String> businessKeys) {
        Map<String, String> routes = new LinkedHashMap<>();
        for (String key : businessKeys) {
            idOf.get(processKey).apply(key).ifPresent(id -> routes.put(key, listRoute + "/" + id));
        }
        return routes;
    }
}
