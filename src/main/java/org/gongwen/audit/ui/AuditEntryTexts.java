package org.gongwen.audit.ui;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gongwen.audit.AuditActor;
import org.gongwen.audit.AuditEntryInfo;
import org.gongwen.shared.ui.ClientAddressText;

/**
 * An audit entry in the reader's words. Entries keep what the application wrote (codes, usernames,
 * the English detail formats below) because the hash chain and the CSV export hold them as written;
 * the viewer names each part from its code through message keys. A detail of no known form (a
 * reason someone typed) is shown as it is.
 */
class AuditEntryTexts {

    /** Translates a message key with arguments; returns the key itself when there is no such message. */
    interface Translator {
        String get(String key, Object... args);
    }

    private static final Pattern CODE = Pattern.compile("^([A-Z][A-Z_]+)(?:: ?(.*))?$", Pattern.DOTALL);
    private static final Pattern COPY_NUMBER = Pattern.compile("^\\d{6}$");
    private static final Pattern VERSION = Pattern.compile("^v(\\d+)$");
    private static final Pattern QUOTA = Pattern.compile("^\\+(\\d+) = (\\d+)$");
    private static final Pattern REISSUE = Pattern.compile("^([A-Z_]+)(?: \\+(\\d+))?：(.*)$", Pattern.DOTALL);
    private static final Pattern LOGIN_FAILURE = Pattern.compile("^[A-Z]\\w*Exception$");
    private static final Pattern ROLES = Pattern.compile("\\[([A-Z_, ]*)]");

    /** The other detail forms the modules write, each to a message key taking the groups as arguments. */
    private record Form(Pattern pattern, String key) {}

    private static final List<Form> FORMS = List.of(
            form("^seal (\\d+) (.*), (.*)$", "audit.detail.sealUse"),
            form("^approved$", "audit.detail.approved"),
            form("^returned: (.*)$", "audit.detail.returned"),
            form("^county accepted$", "audit.detail.countyAccepted"),
            form("^county returned: (.*)$", "audit.detail.countyReturned"),
            form("^password expired$", "audit.detail.passwordExpired"),
            form("^locked for (.*) after (\\d+) failed logins$", "audit.detail.locked"),
            form("^created for unit (\\S+): (.*) \\((.*)…\\)$", "audit.detail.tokenCreated"),
            form("^revoked: (.*) \\((.*)…\\)$", "audit.detail.tokenRevoked"),
            form("^archival package$", "audit.detail.archivePackage"),
            form("^archival packages (\\S+)\\.\\.(\\S+): (\\d+)$", "audit.detail.archivePackages"),
            form("^(\\S+) v(\\d+) \\(revert to v(\\d+)\\)$", "audit.detail.deploymentReverted"),
            form("^(\\S+) v(\\d+)$", "audit.detail.deployment"),
            form("^created (\\S+) in unit (\\d+), roles (\\[.*])$", "audit.detail.personCreated"),
            form("^roles set to (\\[.*])$", "audit.detail.rolesSet"),
            form("^roles (\\[.*]) handed over from person (\\d+)$", "audit.detail.rolesHandedOver"),
            form("^registered (\\S+) (.*) in the charge of (\\S+)$", "audit.detail.machineRegistered"),
            form("^handed to (\\S+)$", "audit.detail.machineHandedTo"),
            form("^removed (\\S+) (.*)$", "audit.detail.machineRemoved"),
            form("^created (\\S+) (.*)$", "audit.detail.unitCreated"),
            form("^AuditFilter\\[(.*)]$", "audit.detail.export"));

    private final Translator t;
    private final Function<String, String> personName;

    AuditEntryTexts(Translator translator, Function<String, String> personName) {
        this.t = translator;
        this.personName = personName;
    }

    String actor(AuditEntryInfo entry) {
        return person(entry.actor());
    }

    String target(AuditEntryInfo entry) {
        if (entry.targetType() == null) {
            return "";
        }
        String type = known("audit.target." + entry.targetType(), entry.targetType());
        if (entry.targetId() == null) {
            return type;
        }
        String id = "account".equals(entry.targetType()) ? person(entry.targetId()) : entry.targetId();
        return type + " " + id;
    }

    String detail(AuditEntryInfo entry) {
        String detail = entry.detail();
        if (detail == null || detail.isBlank()) {
            return "";
        }
        Matcher code = CODE.matcher(detail);
        if (code.matches()) {
            return coded(entry, code.group(1), code.group(2));
        }
        if (LOGIN_FAILURE.matcher(detail).matches()) {
            return known("audit.loginFailure." + detail, t.get("audit.loginFailure.other"));
        }
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(detail);
            if (m.matches()) {
                return t.get(form.key(), arguments(form.key(), m));
            }
        }
        return detail;
    }

    /** A detail that starts with a code: a receipt event, a seal's step, a failed login's kind. */
    private String coded(AuditEntryInfo entry, String code, String rest) {
        String prefix = switch (String.valueOf(entry.targetType())) {
            case "distribution" -> "receiptEvent.";
            case "seal" -> "sealAction.";
            default -> "audit.code.";
        };
        String name = known(prefix + code, null);
        if (name == null) {
            name = known("audit.code." + code, code);
        }
        if (rest == null || rest.isBlank()) {
            return name;
        }
        return name + "：" + receiptDetail(code, rest.strip());
    }

    /** The receipt module's short details: which page was viewed, which copy printed, which version. */
    private String receiptDetail(String code, String rest) {
        if (COPY_NUMBER.matcher(rest).matches()) {
            return t.get("audit.detail.officialCopy", rest);
        }
        Matcher version = VERSION.matcher(rest);
        if (version.matches()) {
            return t.get("audit.detail.version", version.group(1));
        }
        Matcher quota = QUOTA.matcher(rest);
        if (quota.matches()) {
            return t.get("audit.detail.quotaRaised", quota.group(1), quota.group(2));
        }
        Matcher reissue = REISSUE.matcher(rest);
        if ("REISSUE_REQUESTED".equals(code) && reissue.matches()) {
            String kind = reissue.group(2) == null
                    ? known("reissue.kind." + reissue.group(1), reissue.group(1))
                    : t.get("reissue.kind.EXTRA_COPIES.n", reissue.group(2));
            return kind + "：" + reissue.group(3);
        }
        return known("audit.word." + rest, rest);
    }

    private Object[] arguments(String key, Matcher m) {
        Object[] args = new Object[m.groupCount()];
        for (int i = 0; i < args.length; i++) {
            String group = m.group(i + 1);
            args[i] = ROLES.matcher(group).matches() ? roles(group) : group;
        }
        switch (key) {
            case "audit.detail.machineRegistered" -> {
                args[0] = known("machineKind." + args[0], (String) args[0]);
                args[2] = person((String) args[2]);
            }
            case "audit.detail.machineRemoved" -> args[0] = known("machineKind." + args[0], (String) args[0]);
            case "audit.detail.machineHandedTo", "audit.detail.personCreated" -> args[0] = person((String) args[0]);
            case "audit.detail.locked" -> args[0] = ClientAddressText.of((String) args[0]);
            case "audit.detail.export" -> args[0] = exportFilter((String) args[0]);
            default -> {}
        }
        return args;
    }

    private String roles(String list) {
        String inner = list.substring(1, list.length() - 1).strip();
        if (inner.isEmpty()) {
            return t.get("audit.detail.noRoles");
        }
        return Arrays.stream(inner.split(",\\s*"))
                .map(r -> known("role." + r, r))
                .collect(Collectors.joining("、"));
    }

    /** The export's filter as its record printed it, e.g. {@code from=…, actor=null}: the fields that were set. */
    private String exportFilter(String fields) {
        String set = Arrays.stream(fields.split(",\\s*"))
                .map(f -> f.split("=", 2))
                .filter(f -> f.length == 2 && !"null".equals(f[1]) && !f[1].isBlank())
                .map(f -> known("audit.filter." + f[0], f[0]) + " " + filterValue(f[0], f[1]))
                .collect(Collectors.joining("，"));
        return set.isEmpty() ? t.get("audit.detail.export.all") : set;
    }

    private String filterValue(String field, String value) {
        return switch (field) {
            case "action" -> known("audit.action." + value, value);
            case "actor" -> person(value);
            case "targetType" -> known("audit.target." + value, value);
            default -> value;
        };
    }

    private String person(String username) {
        if (username == null) {
            return "";
        }
        if (AuditActor.SYSTEM.equals(username)) {
            return t.get("audit.actor.system");
        }
        return personName.apply(username);
    }

    private String known(String key, String otherwise) {
        String text = t.get(key);
        return text.equals(key) ? otherwise : text;
    }

    private static Form form(String regex, String key) {
        return new Form(Pattern.compile(regex, Pattern.DOTALL), key);
    }
}
