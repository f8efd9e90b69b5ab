package org.gongwen.shared;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What a module tells the process dashboard about the processes it owns: their keys, and the page an
 * instance is about. One bean per owning module, from its own key constants and business keys; the
 * beans' {@code @Order} (document, receipt, seal, operations, organization, supervision) is the order
 * of the paperwork the dashboard lists the processes in.
 */
public interface ProcessSubjects {

    /** The module's process keys, in the order of the paperwork. */
    List<String> processKeys();

    /** The page listing what instances of a process are about ({@code documents}), for a key naming no item. */
    String listRoute(String processKey);

    /**
     * For those business keys of a process's instances that name an item, its page
     * ({@code documents/41}); the other keys are left out.
     */
    Map<String, String> itemRoutes(String processKey, Collection<String> businessKeys);
}
