package org.gongwen.audit.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.gongwen.audit.AuditEntryInfo;

/** Audit entries as RFC 4180 CSV in UTF-8 with a byte order mark, so Excel shows Chinese. */
public final class AuditCsv {

    private final Writer writer;

    public AuditCsv(OutputStream out) throws IOException {
        writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write("id,at,actor,actor_unit_id,action,target_type,target_id,detail,client_address,prev_hash,hash\r\n");
    }

    public void row(AuditEntryInfo e) {
        try {
            writer.write(String.join(
                    ",",
                    Long.toString(e.id()),
                    e.at().toString(),
                    cell(e.actor()),
                    e.actorUnitId() == null ? "" : e.actorUnitId().toString(),
                    e.action() == null ? "" : e.action().name(),
                    cell(e.targetType()),
                    cell(e.targetId()),
                    cell(e.detail()),
                    cell(e.clientAddress()),
                    e.prevHash(),
                    e.hash()));
            writer.write("\r\n");
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public void flush() throws IOException {
        writer.flush();
    }

    /** Quoted when needed; a leading =, +, - or @ is defused so a spreadsheet never runs it as a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.indexOf(',') >= 0
                || v.indexOf('"') >= 0
                || v.indexOf('\n') >= 0
                || v.indexOf('\r') >= 0
                || !v.equals(value)) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
