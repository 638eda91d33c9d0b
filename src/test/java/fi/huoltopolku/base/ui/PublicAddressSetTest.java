package fi.huoltopolku.base.ui;

import com.vaadin.flow.component.UI;
import fi.huoltopolku.base.PublicAddress;
import fi.huoltopolku.security.ui.UsersView;
import fi.huoltopolku.support.ViewTest;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** With the workshop's public address set (HUOLTOPOLKU_PUBLIC_URL), the admin's screens say nothing about it. */
@Property(name = "huoltopolku.public-url", value = "https://huolto.example.fi/")
class PublicAddressSetTest extends ViewTest {

    @Inject PublicAddress address;

    @Test
    void no_warning_once_the_public_address_is_set() {
        assertThat(address.url()).isEqualTo("https://huolto.example.fi");
        assertThat(address.unreachable()).isFalse();
        UI.getCurrent().navigate(UsersView.class);
        assertThat(_get(UsersView.class).isVisible()).isTrue();
        _assertNone(PublicAddressWarning.class); // none shown (Karibu finds visible components only)
    }
}
