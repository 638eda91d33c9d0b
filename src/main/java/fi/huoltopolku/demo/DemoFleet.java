package fi.huoltopolku.demo;

import fi.huoltopolku.customer.CustomerDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The demo's customers and their cars: Finnish names, common makes, unique plates. Changes when
 * the demo's customers should look different.
 */
final class DemoFleet {

    private static final String[] FIRST = {"Aino", "Eino", "Helmi", "Väinö", "Sofia", "Leo", "Aada", "Onni", "Ella",
            "Eetu", "Linnea", "Matti", "Kaisa", "Jussi", "Tuula", "Heikki", "Marja", "Ilkka", "Riitta", "Lauri"};
    private static final String[] LAST = {"Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen",
            "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen",
            "Heinonen", "Niemi", "Kinnunen", "Salonen", "Turunen", "Salo"};
    private static final String[][] CARS = {{"Toyota", "Corolla"}, {"Toyota", "RAV4"}, {"Skoda", "Octavia"},
            {"Volkswagen", "Golf"}, {"Volvo", "V60"}, {"Volvo", "XC60"}, {"Kia", "Ceed"}, {"Ford", "Focus"},
            {"BMW", "320d"}, {"Mercedes-Benz", "C 200"}, {"Nissan", "Qashqai"}, {"Audi", "A4"}};

    private DemoFleet() {
    }

    /**
     * {@code size} customers, each with a car of their own; a site's customers ({@code tag} its code, the
     * first site's none) have plates, phones and e-mails no other site's customer has ({@code taken}).
     */
    static List<CustomerDetails> of(Random r, int size, String tag, Set<String> taken) {
        List<CustomerDetails> fleet = new ArrayList<>();
        while (fleet.size() < size) {
            String plate = "" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26))
                    + "-" + (1 + r.nextInt(999));
            if (!taken.add(plate)) {
                continue;
            }
            String first = FIRST[r.nextInt(FIRST.length)];
            String last = LAST[r.nextInt(LAST.length)];
            String[] car = CARS[r.nextInt(CARS.length)];
            String phone = "+35840" + (1000000 + r.nextInt(8999999));
            if (!taken.add(phone) && !tag.isEmpty()) {
                continue;
            }
            String email = (first + "." + last).toLowerCase().replace('ä', 'a').replace('ö', 'o') + tag
                    + fleet.size() + "@example.com";
            fleet.add(new CustomerDetails(first + " " + last, phone, email, plate, null, car[0], car[1],
                    2008 + r.nextInt(17)));
        }
        return fleet;
    }
}
