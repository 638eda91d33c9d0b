package fi.huoltopolku.people;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A department that can own a visit: reception, workshop, valet, cashier. */
@MappedEntity(value = "department", escape = false)
public record Department(@Id @GeneratedValue @Nullable Long id, String code, String nameEn, String nameFi) {

    public static final String RECEPTION = "RECEPTION";
    public static final String WORKSHOP = "WORKSHOP";
    public static final String VALET = "VALET";

    public String name(Locale locale) {
        return "fi".equals(locale.getLanguage()) ? nameFi : nameEn;
    }
}
