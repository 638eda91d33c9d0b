package fi.huoltopolku.theme;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A theme of the customer's experience, e.g. timeliness or care and cleanliness. */
@MappedEntity(value = "theme", escape = false)
public record Theme(@Id @GeneratedValue @Nullable Long id, String code, String nameEn, String nameFi,
        String descriptionEn, String descriptionFi, int position, boolean retired, @Version @Nullable Long version) {

    public String name(Locale locale) {
        return "fi".equals(locale.getLanguage()) ? nameFi : nameEn;
    }

    public String description(Locale locale) {
        return "fi".equals(locale.getLanguage()) ? descriptionFi : descriptionEn;
    }
}
