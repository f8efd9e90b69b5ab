package org.gongwen.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;

/** The login page, in the user's language (Simplified Chinese by default). */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The login failure reason when the database did not answer: the password could not be checked. */
    public static final String DATABASE_UNAVAILABLE = "database";

    /**
     * Query parameter of a sign-in forced by a session this server does not know (expired, or made
     * by another node: Vaadin's UI state lives in one node's memory).
     */
    public static final String SESSION_LOST = "sessionLost";

    private final LoginForm login = new LoginForm();
    private final Paragraph notice = new Paragraph();
    LoginI18n texts;

    public LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("login-view");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        setTexts(i18n(null));
        notice.addClassName("login-notice");
        notice.setVisible(false);
        add(new H1(getTranslation("app.title")), notice, login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params =
                event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("error")) {
            String reason = params.get("error").stream().findFirst().orElse("bad");
            setTexts(i18n(
                    switch (reason) {
                        case "locked" -> "login.error.locked";
                        case "expired" -> "login.error.expired";
                        case DATABASE_UNAVAILABLE -> "error.databaseUnavailable";
                        default -> "login.error.bad";
                    }));
            login.setError(true);
        } else if (params.containsKey(SESSION_LOST)) {
            showNotice("login.sessionLost");
        } else if (params.containsKey("changed")) {
            showNotice("login.passwordChanged");
        } else if (params.containsKey("logout")) {
            showNotice("login.loggedOut");
        }
    }

    private void setTexts(LoginI18n i18n) {
        texts = i18n;
        login.setI18n(i18n);
    }

    private void showNotice(String key) {
        notice.setText(getTranslation(key));
        notice.setVisible(true);
    }

    private LoginI18n i18n(String errorKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(errorKey == null ? getTranslation("login.error.bad") : getTranslation(errorKey));
        error.setUsername(getTranslation("login.error.usernameRequired"));
        error.setPassword(getTranslation("login.error.passwordRequired"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.title");
    }
}
