package fi.huoltopolku.customer;

import fi.huoltopolku.security.Allowed;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Finds customers and vehicles, and records new ones exactly once. */
@Singleton
@Allowed({Role.ADVISOR, Role.TECHNICIAN, Role.FOREMAN, Role.MANAGER})
public class CustomerService {

    static final int MAX_NAME = 120;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final String PHONE = "^\\+?[0-9 ()-]{5,20}$";
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
        Customer customer = vehicle.flatMap(v -> customers.findById(v.customerId()))
                .or(() -> blankToNull(details.phone()) == null ? Optional.empty()
                        : customers.findFirstByPhoneKey(Keys.phone(details.phone())))
                .or(() -> blankToNull(details.email()) == null ? Optional.empty()
                        : customers.findFirstByEmailIlike(details.email().trim()))
                .map(existing -> updateContact(existing, details))
                .orElseGet(() -> customers.save(new Customer(null, details.name().trim(),
                        blankToNull(details.phone()), phoneKey(details.phone()), blankToNull(details.email()),
                        "fi", clock.now(), false, null)));
        Vehicle car = vehicle.orElseGet(() -> vehicles.save(new Vehicle(null, customer.id(),
                details.plate().trim().toUpperCase(Locale.ROOT), plateKey, blankToNull(details.vin()),
                details.make().trim(), details.model().trim(), details.modelYear(), null)));
        return match(car, customer);
    }

    /** Contact details confirmed with the customer (at check-in): a blank field keeps the old value. */
    @Transactional
    public void confirmContact(long customerId, @Nullable String phone, @Nullable String email) {
        Customer existing = customers.findById(customerId)
                .orElseThrow(() -> Problem.notFound("problem.noSuchCustomer", customerId));
        if (blankToNull(phone) != null && !phone.matches(PHONE)) {
            throw Problem.invalid("customer.phone", "problem.badPhone", phone);
        }
        if (blankToNull(email) != null && !EMAIL.matcher(email.trim()).matches()) {
            throw Problem.invalid("customer.email", "problem.badEmail", email);
        }
        updateContact(existing, new CustomerDetails(existing.name(), phone, email, "", null, "", "", null));
    }

    /** Whether the customer may be sent messages, such as the survey invitation. */
    @Transactional
    public void setContactDeclined(long customerId, boolean declined) {
        Customer c = customers.findById(customerId)
                .orElseThrow(() -> Problem.notFound("problem.noSuchCustomer", customerId));
        if (c.contactDeclined() != declined) {
            customers.update(new Customer(c.id(), c.name(), c.phone(), c.phoneKey(), c.email(), c.language(),
                    c.createdAt(), declined, c.version()));
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
        java.util.TreeMap<String, String> byKey = new java.util.TreeMap<>();
        vehicles.findMakes().forEach(make -> byKey.putIfAbsent(make.toLowerCase(java.util.Locale.ROOT), make));
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
        String phone = blankToNull(details.phone()) != null ? details.phone().trim() : existing.phone();
        String email = blankToNull(details.email()) != null ? details.email().trim() : existing.email();
        if (Objects.equals(phone, existing.phone()) && Objects.equals(email, existing.email())) {
            return existing;
        }
        return customers.update(new Customer(existing.id(), existing.name(), phone, phoneKey(phone), email,
                existing.language(), existing.createdAt(), existing.contactDeclined(), existing.version()));
    }

    private static void validate(CustomerDetails d) {
        if (d.name() == null || d.name().isBlank()) {
            throw Problem.invalid("customer.name", "problem.required");
        }
        if (d.name().length() > MAX_NAME) {
            throw Problem.invalid("customer.name", "problem.tooLong", MAX_NAME);
        }
        // Every text against its column's length (V1__journey.sql), before any other rule.
        tooLong("customer.phone", d.phone(), 40);
        tooLong("customer.email", d.email(), 200);
        tooLong("vehicle.plate", d.plate(), 20);
        tooLong("vehicle.make", d.make(), 60);
        tooLong("vehicle.model", d.model(), 60);
        tooLong("vehicle.vin", d.vin(), 17);
        if (blankToNull(d.phone()) == null && blankToNull(d.email()) == null) {
            throw Problem.invalid("customer.phone", "problem.phoneOrEmail");
        }
        if (blankToNull(d.phone()) != null && !d.phone().matches(PHONE)) {
            throw Problem.invalid("customer.phone", "problem.badPhone", d.phone());
        }
        if (blankToNull(d.email()) != null && !EMAIL.matcher(d.email().trim()).matches()) {
            throw Problem.invalid("customer.email", "problem.badEmail", d.email());
        }
        if (d.plate() == null || !PLATE.matcher(Keys.plate(d.plate())).matches()) {
            throw Problem.invalid("vehicle.plate", "problem.badPlate", d.plate() == null ? "" : d.plate());
        }
        if (d.make() == null || d.make().isBlank()) {
            throw Problem.invalid("vehicle.make", "problem.required");
        }
        if (d.model() == null || d.model().isBlank()) {
            throw Problem.invalid("vehicle.model", "problem.required");
        }
        if (d.modelYear() != null && (d.modelYear() < 1900 || d.modelYear() > 2100)) {
            throw Problem.invalid("vehicle.year", "problem.badYear", d.modelYear());
        }
        if (blankToNull(d.vin()) != null && !d.vin().trim().matches("^[A-HJ-NPR-Z0-9]{17}$")) {
            throw Problem.invalid("vehicle.vin", "problem.badVin", d.vin());
        }
    }

    private static void tooLong(String field, @Nullable String value, int max) {
        if (value != null && value.trim().length() > max) {
            throw Problem.invalid(field, "problem.tooLong", max);
        }
    }

    private static @Nullable String phoneKey(@Nullable String phone) {
        return blankToNull(phone) == null ? null : Keys.phone(phone);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static VehicleMatch match(Vehicle v, Customer c) {
        return new VehicleMatch(v.id(), v.plate(), v.make(), v.model(), v.modelYear(), c.id(), c.name(), c.phone(),
                c.email());
    }
}
