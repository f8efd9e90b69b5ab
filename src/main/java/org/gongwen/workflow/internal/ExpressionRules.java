package org.gongwen.workflow.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a model's expressions may not do: reach reflection, class loading, processes of the host
 * or the engine itself. Read by the deployment check (on the expression's text) and by the
 * engine's expression resolver (on every property and method an expression reaches at run time).
 */
final class ExpressionRules {

    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");
    private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");

    /** Members no expression may reach, in any object (lower case). */
    private static final Set<String> MEMBERS = Set.of(
            "class",
            "getclass",
            "forname",
            "loadclass",
            "newinstance",
            "invoke",
            "invokeexact",
            "getmethod",
            "getmethods",
            "getdeclaredmethod",
            "getdeclaredmethods",
            "getfield",
            "getfields",
            "getdeclaredfield",
            "getdeclaredfields",
            "getconstructor",
            "getconstructors",
            "getdeclaredconstructor",
            "getdeclaredconstructors",
            "setaccessible",
            "getruntime",
            "exec",
            "module",
            "getmodule",
            "getbean",
            "getbeanfactory",
            "beanfactory",
            "applicationcontext",
            "getapplicationcontext",
            "getservletcontext",
            "servletcontext",
            "getenv",
            "getproperty",
            "setproperty",
            "halt",
            "exit");
    /** Words that, anywhere in an expression's text, mean it reaches for the host or the engine (lower case). */
    private static final Set<String> WORDS = Set.of(
            "runtime",
            "processbuilder",
            "system",
            "thread",
            "currentthread",
            "unsafe",
            "scriptenginemanager",
            "methodhandles",
            "lookup");

    private static final List<String> PARTS = List.of("classloader", "processengine", "reflect", "forname");
    private static final Set<String> KEYWORDS = Set.of(
            "and",
            "or",
            "not",
            "eq",
            "ne",
            "lt",
            "gt",
            "le",
            "ge",
            "true",
            "false",
            "null",
            "empty",
            "div",
            "mod",
            "instanceof");

    private ExpressionRules() {}

    /** The bodies of the {@code ${...}} and {@code #{...}} expressions in a text. */
    static List<String> expressions(String text) {
        List<String> bodies = new ArrayList<>();
        if (text == null) {
            return bodies;
        }
        Matcher start = EXPRESSION.matcher(text);
        int from = 0;
        while (from < text.length() && start.find(from)) {
            int i = start.end();
            char quote = 0;
            while (i < text.length() && (quote != 0 || text.charAt(i) != '}')) {
                char c = text.charAt(i);
                if (quote != 0 && c == '\\') {
                    i++;
                } else if (quote != 0 && c == quote) {
                    quote = 0;
                } else if (quote == 0 && (c == '\'' || c == '"')) {
                    quote = c;
                }
                i++;
            }
            bodies.add(text.substring(start.end(), Math.min(i, text.length())));
            from = i + 1;
        }
        return bodies;
    }

    /** A property or method name an expression may not reach at run time. */
    static boolean forbiddenMember(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return MEMBERS.contains(lower)
                || WORDS.contains(lower)
                || PARTS.stream().anyMatch(lower::contains);
    }

    /** The first forbidden name in an expression, string literals included ({@code x['class']}); null when none. */
    static String forbiddenName(String text) {
        Matcher m = IDENTIFIER.matcher(text);
        while (m.find()) {
            if (forbiddenMember(m.group())) {
                return m.group();
            }
        }
        return null;
    }

    /**
     * The names an expression (its body) starts from (beans or variables): identifiers outside string
     * literals that follow no dot and are no function call or keyword.
     */
    static List<String> rootNames(String text) {
        String code = STRING_LITERAL.matcher(text).replaceAll("''");
        List<String> names = new ArrayList<>();
        Matcher m = IDENTIFIER.matcher(code);
        while (m.find()) {
            if (!KEYWORDS.contains(m.group()) && !after(code, m.start(), '.') && !before(code, m.end(), '(')) {
                names.add(m.group());
            }
        }
        return names;
    }

    private static boolean after(String code, int index, char c) {
        int i = index - 1;
        while (i >= 0 && Character.isWhitespace(code.charAt(i))) {
            i--;
        }
        return i >= 0 && code.charAt(i) == c;
    }

    private static boolean before(String code, int index, char c) {
        int i = index;
        while (i < code.length() && Character.isWhitespace(code.charAt(i))) {
            i++;
        }
        return i < code.length() && code.charAt(i) == c;
    }
}
