package org.gongwen.shared.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * A client's address as people read it: an IPv6 form of an IPv4 address shown as IPv4, and the
 * server's own machine as {@code 127.0.0.1（本机）}. Logs and exports keep the address as recorded.
 */
public final class ClientAddressText {

    /** An IPv4 or IPv6 literal, and nothing a name lookup could be tried for. */
    private static final Pattern IP_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*");

    private ClientAddressText() {}

    public static String of(String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        String text = address.strip();
        if (!IP_LITERAL.matcher(text).matches()) {
            return text;
        }
        try {
            // a literal is parsed without a name lookup; ::ffff:a.b.c.d comes back as IPv4
            InetAddress ip = InetAddress.getByName(text);
            if (ip.isLoopbackAddress()) {
                return "127.0.0.1" + I18NProvider.translate("address.thisMachine");
            }
            return ip.getHostAddress();
        } catch (UnknownHostException e) {
            return text;
        }
    }
}
