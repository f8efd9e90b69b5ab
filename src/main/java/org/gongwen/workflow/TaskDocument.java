package org.gongwen.workflow;

import java.util.function.Function;

/**
 * The document a task acts on, shown beside its form: a file name and the layout file, fetched
 * when the browser asks for it, given the client's address (a read may be recorded).
 */
public record TaskDocument(String fileName, Function<String, byte[]> layoutFile) {}
