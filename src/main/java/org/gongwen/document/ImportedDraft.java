package org.gongwen.document;

import java.util.List;

/** The title (or null) and body read from a .docx, for the editor to take over. */
public record ImportedDraft(String title, List<BodyBlock> body) {}
