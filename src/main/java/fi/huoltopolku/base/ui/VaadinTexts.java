package fi.huoltopolku.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import fi.huoltopolku.base.Messages;
import jakarta.inject.Singleton;
import java.util.Locale;

/**
 * Vaadin's own texts in the person's language, in one place: the connection indicator and the
 * reconnect texts, the session-expired and error notes, the password field's "show password", and
 * every built-in component on a screen (the menu's toggle and drawer, the date pickers in d.M.yyyy
 * and 24-hour time). Components opened later in dialogs get theirs from {@link DateTexts} and
 * {@link UploadTexts}, which this class uses too.
 */
@Singleton
public class VaadinTexts implements VaadinServiceInitListener {

    /**
     * Sets texts Vaadin keeps only in the browser: the password field's reveal button (also the one
     * inside the sign-in form's shadow DOM) and the connection indicator's three states.
     */
    private static final String CLIENT_TEXTS = """
            const texts = {reveal: $0, online: $1, offline: $2, reconnecting: $3};
            window.huoltopolkuTexts = texts;
            const reveal = el => {
              if (!el.i18n || el.i18n.reveal !== window.huoltopolkuTexts.reveal) {
                el.i18n = Object.assign({}, el.i18n, {reveal: window.huoltopolkuTexts.reveal});
              }
            };
            customElements.whenDefined('vaadin-password-field').then(() => {
              const type = customElements.get('vaadin-password-field');
              if (!type.prototype.huoltopolkuTexts) {
                type.prototype.huoltopolkuTexts = true;
                const connected = type.prototype.connectedCallback;
                type.prototype.connectedCallback = function () {
                  connected.call(this);
                  setTimeout(() => reveal(this));
                };
              }
              // Those already on the page, the sign-in form's (in its shadow root) too, once it has rendered.
              const all = () => {
                document.querySelectorAll('vaadin-password-field').forEach(reveal);
                document.querySelectorAll('vaadin-login-form').forEach(form =>
                  form.shadowRoot && form.shadowRoot.querySelectorAll('vaadin-password-field').forEach(reveal));
              };
              // (the components arrive in chunks: look again for a few seconds)
              let looks = 0;
              const looking = setInterval(() => {
                all();
                if (++looks >= 40) clearInterval(looking);
              }, 100);
              all();
            });
            const indicator = window.Vaadin && window.Vaadin.connectionIndicator;
            if (indicator) {
              indicator.onlineText = texts.online;
              indicator.offlineText = texts.offline;
              indicator.reconnectingText = texts.reconnecting;
            }
            """;

    private final Messages messages;

    public VaadinTexts(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> systemMessages(info.getLocale()));
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            Locale locale = ui.getLocale();
            ui.getReconnectDialogConfiguration().setDialogText(messages.getTranslation("vaadin.reconnecting", locale));
            ui.getReconnectDialogConfiguration().setDialogTextGaveUp(messages.getTranslation("vaadin.offline", locale));
            ui.getPage().executeJs(CLIENT_TEXTS, messages.getTranslation("vaadin.showPassword", locale),
                    messages.getTranslation("vaadin.online", locale), messages.getTranslation("vaadin.offline", locale),
                    messages.getTranslation("vaadin.reconnecting", locale));
            ui.addAfterNavigationListener(navigated -> localize(ui));
        });
    }

    /** Gives every built-in Vaadin component under the root that has no texts of its own the person's. */
    public static void localize(Component root) {
        if (root instanceof DateTimePicker picker && picker.getDatePickerI18n() == null) {
            DateTexts.localized(picker);
        } else if (root instanceof DatePicker picker && picker.getI18n() == null) {
            DateTexts.localized(picker);
        } else if (root instanceof AppLayout layout && layout.getI18n() == null) {
            layout.setI18n(new AppLayout.AppLayoutI18n().setDrawer(Ui.text("vaadin.drawer")));
        } else if (root instanceof DrawerToggle toggle && toggle.getAriaLabel().isEmpty()) {
            toggle.setAriaLabel(Ui.text("vaadin.toggleNavigation"));
        } else if (root instanceof SideNav nav && nav.getI18n() == null) {
            nav.setI18n(new SideNav.SideNavI18n().setToggle(Ui.text("vaadin.sideNavToggle")));
        }
        root.getChildren().forEach(VaadinTexts::localize);
    }

    private CustomizedSystemMessages systemMessages(Locale locale) {
        CustomizedSystemMessages texts = new CustomizedSystemMessages();
        texts.setSessionExpiredCaption(messages.getTranslation("vaadin.sessionExpired", locale));
        texts.setSessionExpiredMessage(messages.getTranslation("vaadin.continue", locale));
        texts.setInternalErrorCaption(messages.getTranslation("vaadin.internalError", locale));
        texts.setInternalErrorMessage(messages.getTranslation("vaadin.continue", locale));
        texts.setCookiesDisabledCaption(messages.getTranslation("vaadin.cookiesDisabled", locale));
        texts.setCookiesDisabledMessage(messages.getTranslation("vaadin.cookiesNeeded", locale));
        return texts;
    }
}
