package fi.huoltopolku.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import fi.huoltopolku.backup.ui.BackupsView;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.security.ui.UsersView;
import fi.huoltopolku.support.ViewTest;
import io.micronaut.context.annotation.Property;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tests start with the default public address (http://localhost:8080) outside demo mode: the
 * admin's screens say customers' links cannot work, and how to set the address, in their language.
 */
@Property(name = "huoltopolku.public-url", value = "http://localhost:8080") // the default (the test configuration sets another)
class PublicAddressWarningTest extends ViewTest {

    private static String warning() {
        return _get(PublicAddressWarning.class).getElement().getTextRecursively();
    }

    private static void inLanguage(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }

    @Test
    void the_users_screen_warns_that_links_point_at_localhost_in_english() {
        inLanguage(Locale.ENGLISH);
        UI.getCurrent().navigate(UsersView.class);
        assertThat(warning()).contains("Customers' links and QR codes point at http://localhost:8080",
                "HUOLTOPOLKU_PUBLIC_URL", "huoltopolku.public-url");
    }

    @Test
    void the_users_screen_warns_in_finnish() {
        inLanguage(Messages.FINNISH);
        UI.getCurrent().navigate(UsersView.class);
        assertThat(warning()).contains("Asiakkaiden linkit ja QR-koodit osoittavat osoitteeseen http://localhost:8080",
                "HUOLTOPOLKU_PUBLIC_URL", "huoltopolku.public-url");
    }

    @Test
    void the_backups_screen_warns_too() {
        inLanguage(Messages.FINNISH);
        UI.getCurrent().navigate(BackupsView.class);
        assertThat(warning()).contains("Asiakkaiden linkit", "http://localhost:8080");
    }
}
