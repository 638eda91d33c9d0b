package fi.huoltopolku.customer;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.Validation;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Role;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Finds customers and vehicles, and records new ones exactly once. */
@Singleton
@Allowed({Role.ADVISOR, Role.TECHNICIAN, Role.FOREMAN, Role.MANAGER})
public class CustomerService {

    static final int MAX_NAME = 120;
    private static final Pattern PLATE = Pattern.compile("^[A-ZÅÄÖ0-9]{2,10}$");

    private final CustomerRepository customers;
    private final VehicleRepository vehicles;
    private final WorkshopClock clock;

    CustomerService(CustomerRepository customers, VehicleRepository vehicles, WorkshopClock clock) {
        this.customers = customers;
        this.vehicles = vehicles;
        this.clock = clock;
    }

    /** Vehicles matching plate, name or phone (partial; plates ignore case and dashes). */
    @Transactional
    public List<VehicleMatch> search(String text, int limit) {
        String trimmed = text.trim();
        if (trimmed.length() < 2) {
            return List.of();
        }
        // Letters make it a plate or a name, not a phone number: "abc123" must not find every phone with 123.
        boolean phone = trimmed.matches("[0-9 +()\\-]+") && trimmed.replaceAll("[^0-9]", "").length() >= 3;
        String phoneKey = phone ? Keys.phone(trimmed) : "";
        List<Vehicle> found = vehicles.search(Keys.plate(trimmed), trimmed.toLowerCase(Locale.ROOT), phoneKey, limit);
        Map<Long, Customer> owners = customersById(found.stream().map(Vehicle::customerId).toList());
        return found.stream().map(v -> match(v, owners.get(v.customerId()))).toList();
    }

    /** A car and its owner. */
    @Transactional
    public VehicleMatch vehicle(long vehicleId) {
        Vehicle v = vehicles.findById(vehicleId).orElseThrow(() -> Problem.notFound("problem.noSuchVehicle", vehicleId));
        return match(v, customers.findById(v.customerId()).orElseThrow());
    }

    @Transactional
    public Optional<VehicleMatch> byPlate(String plate) {
        return vehicles.findByPlateKey(Keys.plate(plate))
                .map(v -> match(v, customers.findById(v.customerId()).orElseThrow()));
    }

    /**
     * The customer and vehicle of a booking: the vehicle by plate, else the customer by phone or
     * e-mail, else new ones. Contact details given here update the customer's.
     */
    @Transactional
    public VehicleMatch findOrCreate(CustomerDetails details) {
        validate(details);
        String plateKey = Keys.plate(details.plate());
        Optional<Vehicle> vehicle = vehicles.findByPlateKey(plateKey);
        Customer customer = details.knownId() != null ? known(details, vehicle) : vehicle.flatMap(v -> customers.findById(v.customerId()))
                .or(() -> blankToNull(details.phone()) == null ? Optional.empty()
                        : customers.findFirstByPhoneKey(Keys.phone(details.phone())))
                .or(() -> blankToNull(details.email()) == null ? Optional.empty()
                        : customers.findFirstByEmailIlike(details.email().trim()))
                .map(existing -> {
                    // The booker gave another name: refuse without naming who is on file (a phone
                    // number must not tell who is behind it), nor file the visit under them.
                    if (!sameName(existing.name(), details.name())) {
                        throw Problem.conflict("problem.customerNameDiffers");
                    }
                    return updateContact(existing, details);
                })
                .orElseGet(() -> customers.save(new Customer(null, details.name().trim(),
                        phone(details.phone()), phoneKey(details.phone()), blankToNull(details.email()),
                        "fi", clock.now(), false, null, null)));
        Vehicle car = vehicle.orElseGet(() -> vehicles.save(new Vehicle(null, customer.id(),
                Keys.plateShown(details.plate()), plateKey, blankToNull(details.vin()),
                details.make().trim(), details.model().trim(), details.modelYear(), null)));
        return match(car, customer);
    }

    /** The customer chosen by number; a car on file must be theirs (whose it is, is not said). */
    private Customer known(CustomerDetails details, Optional<Vehicle> vehicle) {
        Customer existing = customers.findById(details.knownId())
                .orElseThrow(() -> Problem.notFound("problem.noSuchCustomer", details.knownId()));
        if (vehicle.isPresent() && !vehicle.get().customerId().equals(existing.id())) {
            throw Problem.conflict("problem.customerNameDiffers");
        }
        return updateContact(existing, details);
    }

    /** Contact details confirmed with the customer (at check-in): a blank field keeps the old value. */
    @Transactional
    public void confirmContact(long customerId, @Nullable String phone, @Nullable String email) {
        Customer existing = customers.findById(customerId)
                .orElseThrow(() -> Problem.notFound("problem.noSuchCustomer", customerId));
        Validation check = new Validation();
        if (blankToNull(phone) != null) {
            check.that(phone.length() <= 40 && Phones.e164(phone).isPresent(), "customer.phone", "problem.badPhone", phone);
        }
        if (blankToNull(email) != null) {
            check.that(email.length() <= 200 && Keys.isEmail(email), "customer.email",
                    "problem.badEmail", email);
        }
        check.done();
        updateContact(existing, new CustomerDetails(existing.name(), phone, email, "", null, "", "", null));
    }

    /** Whether the customer may be sent messages, such as the survey invitation. */
    @Transactional
    public void setContactDeclined(long customerId, boolean declined) {
        Customer c = customers.findById(customerId)
                .orElseThrow(() -> Problem.notFound("problem.noSuchCustomer", customerId));
        if (c.contactDeclined() != declined) {
            customers.update(new Customer(c.id(), c.name(), c.phone(), c.phoneKey(), c.email(), c.language(),
                    c.createdAt(), declined, c.version(), c.messagesBy()));
        }
    }

    /** How the customer wants to hear from the workshop (null: the app chooses); refused when that cannot reach them. */
    @Transactional
    public void setMessagesBy(long customerId, @Nullable MessagesBy by) {
        Customer c = customers.findById(customerId)
                .orElseThrow(() -> Problem.notFound("problem.noSuchCustomer", customerId));
        if (by == MessagesBy.SMS && c.phone() == null || by == MessagesBy.EMAIL && c.email() == null) {
            throw Problem.invalid("messagesBy", by == MessagesBy.SMS ? "problem.noPhoneForSms" : "problem.noEmailForEmail");
        }
        if (c.messagesBy() != by) {
            customers.update(new Customer(c.id(), c.name(), c.phone(), c.phoneKey(), c.email(), c.language(),
                    c.createdAt(), c.contactDeclined(), c.version(), by));
        }
    }

    @Transactional
    public Customer customer(long customerId) {
        return customers.findById(customerId).orElseThrow(() -> Problem.notFound("problem.noSuchCustomer", customerId));
    }

    @Transactional
    public Map<Long, Customer> customersById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return customers.findByIdIn(ids).stream().collect(Collectors.toMap(Customer::id, Function.identity()));
    }

    /** The makes of the cars on file, each once (compared without case), for filters. */
    @Transactional
    public List<String> makes() {
        TreeMap<String, String> byKey = new TreeMap<>();
        vehicles.findMakes().forEach(make -> byKey.putIfAbsent(make.toLowerCase(Locale.ROOT), make));
        return List.copyOf(byKey.values());
    }

    @Transactional
    public Map<Long, Vehicle> vehiclesById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return vehicles.findByIdIn(ids).stream().collect(Collectors.toMap(Vehicle::id, Function.identity()));
    }

    private Customer updateContact(Customer existing, CustomerDetails details) {
        String phone = blankToNull(details.phone()) != null ? phone(details.phone()) : existing.phone();
        String email = blankToNull(details.email()) != null ? details.email().trim() : existing.email();
        if (Objects.equals(phone, existing.phone()) && Objects.equals(email, existing.email())) {
            return existing;
        }
        return customers.update(new Customer(existing.id(), existing.name(), phone, phoneKey(phone), email,
                existing.language(), existing.createdAt(), existing.contactDeclined(), existing.version(),
                existing.messagesBy()));
    }

    /** Checks every field of a customer and car, naming each problem (all of them at once). */
    public static void validate(CustomerDetails d) {
        Validation check = new Validation();
        if (check.that(d.name() != null && !d.name().isBlank(), "customer.name", "problem.required")) {
            check.that(d.name().length() <= MAX_NAME, "customer.name", "problem.tooLong", MAX_NAME);
        }
        // Every text against its column's length (V1__journey.sql), before any other rule of that field.
        tooLong(check, "customer.phone", d.phone(), 40);
        tooLong(check, "customer.email", d.email(), 200);
        tooLong(check, "vehicle.plate", d.plate(), 20);
        tooLong(check, "vehicle.make", d.make(), 60);
        tooLong(check, "vehicle.model", d.model(), 60);
        tooLong(check, "vehicle.vin", d.vin(), 17);
        if (blankToNull(d.phone()) == null && blankToNull(d.email()) == null) {
            check.that(false, "customer.phone", "problem.phoneOrEmail");
        }
        if (blankToNull(d.phone()) != null && !check.failed("customer.phone")) {
            check.that(Phones.e164(d.phone()).isPresent(), "customer.phone", "problem.badPhone", d.phone());
        }
        if (blankToNull(d.email()) != null && !check.failed("customer.email")) {
            check.that(Keys.isEmail(d.email()), "customer.email", "problem.badEmail", d.email());
        }
        if (!check.failed("vehicle.plate")
                && check.that(d.plate() != null && !d.plate().isBlank(), "vehicle.plate", "problem.required")) {
            check.that(d.plate() != null && PLATE.matcher(Keys.plate(d.plate())).matches(), "vehicle.plate",
                    "problem.badPlate", d.plate() == null ? "" : d.plate());
        }
        if (!check.failed("vehicle.make")) {
            check.that(d.make() != null && !d.make().isBlank(), "vehicle.make", "problem.required");
        }
        if (!check.failed("vehicle.model")) {
            check.that(d.model() != null && !d.model().isBlank(), "vehicle.model", "problem.required");
        }
        if (d.modelYear() != null) {
            check.that(d.modelYear() >= 1900 && d.modelYear() <= 2100, "vehicle.year", "problem.badYear", d.modelYear());
        }
        if (blankToNull(d.vin()) != null && !check.failed("vehicle.vin")) {
            check.that(d.vin().trim().matches("^[A-HJ-NPR-Z0-9]{17}$"), "vehicle.vin", "problem.badVin", d.vin());
        }
        check.done();
    }

    private static void tooLong(Validation check, String field, @Nullable String value, int max) {
        check.that(value == null || value.trim().length() <= max, field, "problem.tooLong", max);
    }

    /** A phone number as stored: E.164 (a valid number is checked before). */
    private static @Nullable String phone(@Nullable String typed) {
        return blankToNull(typed) == null ? null : Phones.e164(typed).orElse(typed.trim());
    }

    private static @Nullable String phoneKey(@Nullable String phone) {
        return blankToNull(phone) == null ? null : Keys.phone(phone);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Names as people type them: case, spacing and the order of first and last name aside. */
    static boolean sameName(String onFile, @Nullable String given) {
        if (given == null) {
            return false;
        }
        return words(onFile).equals(words(given));
    }

    private static Set<String> words(String name) {
        return new HashSet<>(Arrays.asList(name.trim().toLowerCase(Locale.ROOT).split("\\s+")));
    }

    private static VehicleMatch match(Vehicle v, Customer c) {
        return new VehicleMatch(v.id(), v.plate(), v.make(), v.model(), v.modelYear(), c.id(), c.name(), c.phone(),
                c.email());
    }
}
