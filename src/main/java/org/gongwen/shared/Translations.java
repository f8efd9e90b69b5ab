package org.gongwen.shared;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.text.Format;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one place UI and API text comes from: {@code messages.properties} (Simplified Chinese,
 * the default) and {@code messages_en.properties}. Also Vaadin's translation provider.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);

    private final MessageSource messages;
    private final Map<String, boolean[]> numberFormatted = new ConcurrentHashMap<>();

    public Translations(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = supported(locale);
        String text = messages.getMessage(key, plainWholeNumbers(key, language, params), key, language);
        // a filled-in value may end in the mark the message puts after it
        return params == null || params.length == 0 ? text : Punctuation.tidy(text);
    }

    /**
     * Whole numbers in a plain placeholder ({@code {0}}) as their digits: a message names ids and
     * counts ("公文（编号 1234）"), which MessageFormat would group ("1,234"). A placeholder that asks
     * for a number format ({@code {0,number,#}}) keeps the number.
     */
    private Object[] plainWholeNumbers(String key, Locale locale, Object[] params) {
        if (params == null || params.length == 0) {
            return params;
        }
        boolean[] formatted = numberFormatted.computeIfAbsent(key + "@" + locale, k -> formattedArguments(key, locale));
        Object[] plain = params.clone();
        for (int i = 0; i < plain.length; i++) {
            boolean whole = plain[i] instanceof Long || plain[i] instanceof Integer || plain[i] instanceof Short;
            if (whole && (i >= formatted.length || !formatted[i])) {
                plain[i] = plain[i].toString();
            }
        }
        return plain;
    }

    /** Which arguments of the message's pattern have a format of their own. */
    private boolean[] formattedArguments(String key, Locale locale) {
        String pattern = messages.getMessage(key, null, key, locale);
        try {
            Format[] formats = new MessageFormat(pattern, locale).getFormatsByArgumentIndex();
            boolean[] formatted = new boolean[formats.length];
            for (int i = 0; i < formats.length; i++) {
                formatted[i] = formats[i] != null;
            }
            return formatted;
        } catch (IllegalArgumentException e) {
            return new boolean[0];
        }
    }

    /**
     * Translates for the current HTTP request's Accept-Language (REST); Chinese when the
     * request names no language or there is no request (process delegates, jobs).
     */
    public String get(String key, Object... params) {
        return getTranslation(key, requestLocale(), params);
    }

    public static Locale requestLocale() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            return localeOf(attrs.getRequest());
        }
        return CHINESE;
    }

    /** The request's Accept-Language if supported, else Chinese. */
    public static Locale localeOf(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? CHINESE : supported(request.getLocale());
    }

    public static Locale supported(Locale locale) {
        if (locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return Locale.ENGLISH;
        }
        return CHINESE;
    }
}
