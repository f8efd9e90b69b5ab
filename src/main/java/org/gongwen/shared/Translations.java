package org.gongwen.shared;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
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

    public Translations(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String text = messages.getMessage(key, params, key, supported(locale));
        // a filled-in value may end in the mark the message puts after it
        return params == null || params.length == 0 ? text : Punctuation.tidy(text);
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
