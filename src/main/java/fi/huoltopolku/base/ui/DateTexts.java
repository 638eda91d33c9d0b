package fi.huoltopolku.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import fi.huoltopolku.base.Dates;
import fi.huoltopolku.base.Days;
import java.util.List;
import java.util.Locale;

/**
 * Date pickers in the user's language: Vaadin's calendar overlay names months and weekdays in
 * English unless told otherwise; weeks start on Monday, as in Finland. Both languages write a day
 * as the rest of the app does ({@link Days}: 7.12.2026) and a time in 24 hours
 * (14:00), never the US 12/7/2026, 2:00 PM.
 */
public final class DateTexts {

    /** The day's pattern, as {@link Days} writes it. */
    private static final String DAY = "d.M.yyyy";
    /** A locale whose clock is 24-hour with a colon (14:00), as the app writes times in both languages. */
    private static final Locale CLOCK = Locale.UK;

    private DateTexts() {
    }

    private static String range() {
        return Ui.text("problem.dateRange", Dates.FIRST_YEAR, Dates.LAST_YEAR);
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
                    .setWeekdaysShort(List.of("su", "ma", "ti", "ke", "to", "pe", "la"));
        } else {
            i18n.setMonthNames(List.of("January", "February", "March", "April", "May", "June", "July", "August",
                            "September", "October", "November", "December"))
                    .setWeekdays(List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"))
                    .setWeekdaysShort(List.of("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"));
        }
        return i18n.setDateFormat(DAY);
    }

    /** Gives the picker the current user's texts and the years a date can have ({@link Dates}), and returns it. */
    public static <T extends DatePicker> T localized(T picker) {
        picker.setI18n(current().setMinErrorMessage(range()).setMaxErrorMessage(range()));
        picker.setMin(Dates.FIRST_DAY);
        picker.setMax(Dates.LAST_DAY);
        return picker;
    }

    /** The same for a date-and-time picker: its date part as above, its time part in 24 hours. */
    public static DateTimePicker localized(DateTimePicker picker) {
        picker.setLocale(CLOCK);
        picker.setDatePickerI18n(current());
        picker.setI18n(new DateTimePicker.DateTimePickerI18n().setDateLabel(Ui.text("dates.date"))
                .setTimeLabel(Ui.text("dates.time")).setBadInputErrorMessage(Ui.text("dates.badInput"))
                .setIncompleteInputErrorMessage(Ui.text("dates.incomplete")).setMinErrorMessage(range())
                .setMaxErrorMessage(range()));
        picker.setMin(Dates.FIRST_DAY.atStartOfDay());
        picker.setMax(Dates.LAST_DAY.atTime(23, 59));
        return picker;
    }
}
