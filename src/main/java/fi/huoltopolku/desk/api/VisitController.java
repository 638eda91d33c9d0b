package fi.huoltopolku.desk.api;

import fi.huoltopolku.base.Dates;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.checks.BookingService;
import fi.huoltopolku.checks.CheckInService;
import fi.huoltopolku.customer.CustomerDetails;
import fi.huoltopolku.customer.CustomerService;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.Access;
import fi.huoltopolku.security.SitesAsked;
import fi.huoltopolku.visit.Booking;
import fi.huoltopolku.visit.CheckIn;
import fi.huoltopolku.visit.Flag;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Visits for booking systems and scripts: book, read, list, move. */
@Allowed({Role.ADVISOR, Role.TECHNICIAN, Role.FOREMAN, Role.MANAGER})
@Controller("/api/v1/visits")
@Tag(name = "visits")
public class VisitController {

    static final int MAX_PAGE_SIZE = 200;
    private static final Actor API = Actor.integration("API");

    private final VisitService visits;
    private final BookingService bookings;
    private final CheckInService checkIns;
    private final CustomerService customers;
    private final VisitOverviewService overview;
    private final PeopleService people;
    private final WorkshopClock clock;
    private final SitesAsked sites;

    VisitController(VisitService visits, VisitOverviewService overview, PeopleService people, WorkshopClock clock,
            BookingService bookings, CheckInService checkIns,
            CustomerService customers, SitesAsked sites) {
        this.sites = sites;
        this.checkIns = checkIns;
        this.customers = customers;
        this.bookings = bookings;
        this.visits = visits;
        this.overview = overview;
        this.people = people;
        this.clock = clock;
    }

    @Post
    @Operation(summary = "Book a visit; the customer and car are matched by plate, phone or e-mail, or recorded")
    @ApiResponse(responseCode = "201", description = "The booked visit",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = VisitJson.class)))
    @ApiResponse(responseCode = "400",
            description = "A field is missing or wrong: {\"error\", \"field\", \"message\"}")
    @ApiResponse(responseCode = "409",
            description = "The day would be booked past its capacity (the hours named); send allowOverbooking: true")
    @ApiResponse(responseCode = "409",
            description = "A customer on file has the plate, phone or e-mail under another name (named nowhere): "
                    + "book with customer.id")
    @Allowed({Role.ADVISOR, Role.FOREMAN, Role.MANAGER})
    public HttpResponse<VisitJson> book(@Body BookingJson booking) {
        if (booking.customer() == null) {
            throw Problem.invalid("customer.name", "problem.required");
        }
        if (booking.vehicle() == null) {
            throw Problem.invalid("vehicle.plate", "problem.required");
        }
        VisitJson.CustomerJson c = booking.customer();
        if (c.id() != null) {
            // The booker knows the customer by number: the booking is theirs, under the name on file.
            c = new VisitJson.CustomerJson(c.id(), customers.customer(c.id()).name(), c.phone(), c.email());
        }
        VisitJson.VehicleJson v = booking.vehicle();
        Long advisorId = booking.advisor() == null || booking.advisor().isBlank() ? null
                : people.byReference(booking.advisor().trim(), "advisor").id();
        Set<Flag> flags = booking.flags() == null || booking.flags().isEmpty() ? EnumSet.noneOf(Flag.class)
                : EnumSet.copyOf(booking.flags());
        long id = bookings.book(new Booking(
                new CustomerDetails(c.name(), c.phone(), c.email(), v.plate(), v.vin(), v.make(), v.model(), v.year(),
                        c.id()),
                booking.requestedWork(),
                booking.bookedAt() == null ? null : booking.bookedAt().toInstant(),
                booking.promisedAt() == null ? null : booking.promisedAt().toInstant(),
                advisorId, flags, booking.visitType()),
                booking.checks() == null ? Map.of() : booking.checks(),
                Boolean.TRUE.equals(booking.allowOverbooking()), API);
        return HttpResponse.created(json(overview.card(id)), URI.create("/api/v1/visits/" + id));
    }

    @Get("/{id}")
    @Operation(summary = "One visit")
    public VisitJson get(@PathVariable long id) {
        return json(overview.card(id));
    }

    @Get
    @Operation(summary = "Visits by stage and booked time, a page at a time (page from 0, size up to 200), "
            + "of the caller's sites (a visit of another site is not found, 404)")
    public VisitPageJson list(@QueryValue @Nullable Stage stage, @QueryValue @Nullable OffsetDateTime from,
            @QueryValue @Nullable OffsetDateTime to, @QueryValue(defaultValue = "0") int page,
            @QueryValue(defaultValue = "50") int size, @Parameter(description = SitesAsked.DESCRIPTION) @QueryValue @Nullable List<String> site) {
        sites.narrow(site);
        if (page < 0) {
            throw Problem.invalid("page", "problem.atLeast", 0);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw Problem.invalid("size", "problem.between", 1, MAX_PAGE_SIZE);
        }
        Dates.require(from == null ? null : from.toInstant(), "from");
        Dates.require(to == null ? null : to.toInstant(), "to");
        Page<VisitCard> found = overview.page(stage, from == null ? null : from.toInstant(),
                to == null ? null : to.toInstant(), page, size);
        return new VisitPageJson(found.getContent().stream().map(this::json).toList(), page, size,
                found.getTotalSize(), found.getTotalPages());
    }

    /** Who does the work; {@code version} as read, for a safe concurrent edit (the current one when left out). */
    @Serdeable
    public record TechnicianJson(@Nullable String technician, @Nullable Long version) {
    }

    @Put("/{id}/technician")
    @Allowed({Role.ADVISOR, Role.FOREMAN, Role.MANAGER})
    @Operation(summary = "Assign the technician who does the work (username or id); 409 when the visit changed "
            + "since the version given")
    public VisitJson assignTechnician(@PathVariable long id, @Body TechnicianJson body) {
        if (body.technician() == null || body.technician().isBlank()) {
            throw Problem.invalid("technician", "problem.required");
        }
        Person technician = people.byReference(body.technician().trim(), "technician");
        long version = body.version() != null ? body.version() : visits.find(id).getVersion();
        visits.assignTechnician(id, version, technician.id(), API);
        return json(overview.card(id));
    }

    @Post("/{id}/transitions")
    @Operation(summary = "Move the visit to another stage; an illegal move answers 400 saying why")
    public VisitJson transition(@PathVariable long id, @Body TransitionJson transition) {
        if (transition.to() == null) {
            throw Problem.invalid("to", "problem.required");
        }
        long version = transition.version() != null ? transition.version() : visits.find(id).getVersion();
        TransitionJson.CheckInJson with = transition.checkIn();
        if (with != null) {
            if (transition.to() != Stage.CHECKED_IN) {
                throw Problem.invalid("checkIn", "api.checkInOnlyToCheckedIn");
            }
            Long technician = with.technician() == null || with.technician().isBlank() ? null
                    : people.byReference(with.technician().trim(), "checkIn.technician").id();
            Set<Flag> flags = with.flags() == null ? overview.card(id).flags()
                    : with.flags().isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(with.flags());
            checkIns.checkIn(id, version, new CheckIn(flags, technician, with.phone(), with.email(),
                    transition.note()), with.items() == null ? List.of() : with.items(),
                    with.declinesMessages() != null ? with.declinesMessages()
                            : customers.customer(overview.card(id).customerId()).contactDeclined(), API);
        } else {
            visits.move(id, version, transition.to(), transition.note(), API);
        }
        return json(overview.card(id));
    }

    private VisitJson json(VisitCard c) {
        Map<Long, Person> staff = people.peopleById();
        // The roles that reach customers get the phone and e-mail; a technician's work needs the name only.
        boolean contacts = Access.seesContacts();
        return new VisitJson(c.id(), c.version(), c.stage(), c.status(), c.holdReason(),
                new VisitJson.CustomerJson(c.customerId(), c.customerName(), contacts ? c.customerPhone() : null,
                        contacts ? c.customerEmail() : null),
                new VisitJson.VehicleJson(c.vehicleId(), c.plate(), c.vin(), c.make(), c.model(), c.modelYear()),
                c.requestedWork(), c.bookedAt().atZone(clock.zone()).toOffsetDateTime(),
                c.promisedAt().atZone(clock.zone()).toOffsetDateTime(), c.promise(),
                username(staff, c.advisorId()), username(staff, c.technicianId()),
                List.copyOf(c.flags()), c.ownerDepartmentCode(), username(staff, c.ownerPersonId()));
    }

    private static @Nullable String username(Map<Long, Person> staff, @Nullable Long id) {
        return id == null || !staff.containsKey(id) ? null : staff.get(id).username();
    }
}
