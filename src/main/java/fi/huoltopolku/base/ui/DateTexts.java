package fi.huoltopolku.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.util.List;

/**
 * Date pickers in the user's language: Vaadin's calendar overlay names months and weekdays in
 * English unless told otherwise; weeks start on Monday, as in Finland.
 */
public final class DateTexts {

    private DateTexts() {
    }

    /** The picker's calendar texts in the current user's language. */
    public static DatePicker.DatePickerI18n current() {
        boolean finnish = "fi".equals(Ui.locale().getLanguage());
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n().setFirstDayOfWeek(1)
                .setToday(Ui.text("dates.today")).setCancel(Ui.text("action.cancel"));
        if (finnish) {
            i18n.setMonthNames(List.of("tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu",
                            "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"))
                    .setWeekdays(List.of("sunnuntai", "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai",
                            "lauantai"))
                    .setWeekdaysShort(List.of("su", "ma", "ti", "ke", "to", "pe", "la"))
                    .setDateFormat("d.M.yyyy");
        } else {
            i18n.setMonthNames(List.of("January", "February", "March", "April", "May", "June", "July", "August",
                            "September", "October", "November", "December"))
                    .setWeekdays(List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"))
                    .setWeekdaysShort(List.of("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"));
        }
        return i18n;
    }

    /** Gives the picker the current user's texts and returns it. */
    public static <T extends DatePicker> T localized(T picker) {
        picker.setI18n(current());
        return picker;
    }

    /** The same for a date-and-time picker (its date part; the time part follows the user's locale). */
    public static DateTimePicker localized(DateTimePicker picker) {
        picker.setDatePickerI18n(current());
        picker.setLocale(Ui.locale());
        return picker;
    }
}
