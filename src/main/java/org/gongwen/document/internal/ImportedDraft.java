package org.gongwen.document.internal;

import java.util.List;
import org.gongwen.document.BodyBlock;

/** The title (or null) and body read from a .docx, for the editor to take over. */
public record ImportedDraft(String title, List<BodyBlock> body) {}
