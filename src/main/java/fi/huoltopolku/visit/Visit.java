package fi.huoltopolku.visit;

import fi.huoltopolku.site.Site;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One car's visit to the workshop. Changed only through {@link VisitService} and its neighbours
 * ({@link ExtraWorkService}, {@link CustomerContacts}, {@link Rework}).
 */
@MappedEntity(value = "visit", escape = false)
public class Visit {

    @Id
    @GeneratedValue
    private @Nullable Long id;
    private Long customerId;
    private Long vehicleId;
    private String requestedWork;
    private Instant bookedAt;
    private Instant promisedAt;
    private @Nullable Long advisorId;
    private @Nullable Long technicianId;
    private Stage stage;
    private WorkStatus status;
    private @Nullable HoldReason holdReason;
    private Long ownerDepartmentId;
    private @Nullable Long ownerPersonId;
    private boolean customerWaiting;
    private boolean keepOldParts;
    private boolean washWanted;
    private boolean replacementCar;
    private Instant stageEnteredAt;
    private Instant createdAt;
    private Instant updatedAt;
    private @Nullable Long comebackOfId;
    private VisitType visitType = VisitType.SERVICE;
    /** The hours the booking plans for the workshop, in minutes (the calendar's capacity). */
    private int plannedMinutes = Booking.DEFAULT_PLANNED_MINUTES;
    /** The site the car visits (a dealer group's service site; the one site of a single-site installation). */
    private long siteId = Site.FIRST;
    @Version
    private @Nullable Long version;

    public Visit(@Nullable Long id, Long customerId, Long vehicleId, String requestedWork, Instant bookedAt,
            Instant promisedAt, @Nullable Long advisorId, @Nullable Long technicianId, Stage stage,
            WorkStatus status, @Nullable HoldReason holdReason, Long ownerDepartmentId, @Nullable Long ownerPersonId,
            boolean customerWaiting, boolean keepOldParts, boolean washWanted, boolean replacementCar,
            Instant stageEnteredAt, Instant createdAt, Instant updatedAt, @Nullable Long comebackOfId,
            @Nullable Long version) {
        this.comebackOfId = comebackOfId;
        this.id = id;
        this.customerId = customerId;
        this.vehicleId = vehicleId;
        this.requestedWork = requestedWork;
        this.bookedAt = bookedAt;
        this.promisedAt = promisedAt;
        this.advisorId = advisorId;
        this.technicianId = technicianId;
        this.stage = stage;
        this.status = status;
        this.holdReason = holdReason;
        this.ownerDepartmentId = ownerDepartmentId;
        this.ownerPersonId = ownerPersonId;
        this.customerWaiting = customerWaiting;
        this.keepOldParts = keepOldParts;
        this.washWanted = washWanted;
        this.replacementCar = replacementCar;
        this.stageEnteredAt = stageEnteredAt;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    public Set<Flag> flags() {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (customerWaiting) {
            flags.add(Flag.CUSTOMER_WAITING);
        }
        if (keepOldParts) {
            flags.add(Flag.KEEP_OLD_PARTS);
        }
        if (washWanted) {
            flags.add(Flag.WASH);
        }
        if (replacementCar) {
            flags.add(Flag.REPLACEMENT_CAR);
        }
        return flags;
    }

    void applyFlags(Set<Flag> flags) {
        customerWaiting = flags.contains(Flag.CUSTOMER_WAITING);
        keepOldParts = flags.contains(Flag.KEEP_OLD_PARTS);
        washWanted = flags.contains(Flag.WASH);
        replacementCar = flags.contains(Flag.REPLACEMENT_CAR);
    }

    public @Nullable Long getId() { return id; }
    public void setId(@Nullable Long id) { this.id = id; }
    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long customerId) { this.customerId = customerId; }
    public Long getVehicleId() { return vehicleId; }
    public void setVehicleId(Long vehicleId) { this.vehicleId = vehicleId; }
    public String getRequestedWork() { return requestedWork; }
    public void setRequestedWork(String requestedWork) { this.requestedWork = requestedWork; }
    public Instant getBookedAt() { return bookedAt; }
    public void setBookedAt(Instant bookedAt) { this.bookedAt = bookedAt; }
    public Instant getPromisedAt() { return promisedAt; }
    public void setPromisedAt(Instant promisedAt) { this.promisedAt = promisedAt; }
    public @Nullable Long getAdvisorId() { return advisorId; }
    public void setAdvisorId(@Nullable Long advisorId) { this.advisorId = advisorId; }
    public @Nullable Long getTechnicianId() { return technicianId; }
    public void setTechnicianId(@Nullable Long technicianId) { this.technicianId = technicianId; }
    public Stage getStage() { return stage; }
    public void setStage(Stage stage) { this.stage = stage; }
    public WorkStatus getStatus() { return status; }
    public void setStatus(WorkStatus status) { this.status = status; }
    public @Nullable HoldReason getHoldReason() { return holdReason; }
    public void setHoldReason(@Nullable HoldReason holdReason) { this.holdReason = holdReason; }
    public Long getOwnerDepartmentId() { return ownerDepartmentId; }
    public void setOwnerDepartmentId(Long ownerDepartmentId) { this.ownerDepartmentId = ownerDepartmentId; }
    public @Nullable Long getOwnerPersonId() { return ownerPersonId; }
    public void setOwnerPersonId(@Nullable Long ownerPersonId) { this.ownerPersonId = ownerPersonId; }
    public boolean isCustomerWaiting() { return customerWaiting; }
    public void setCustomerWaiting(boolean customerWaiting) { this.customerWaiting = customerWaiting; }
    public boolean isKeepOldParts() { return keepOldParts; }
    public void setKeepOldParts(boolean keepOldParts) { this.keepOldParts = keepOldParts; }
    public boolean isWashWanted() { return washWanted; }
    public void setWashWanted(boolean washWanted) { this.washWanted = washWanted; }
    public boolean isReplacementCar() { return replacementCar; }
    public void setReplacementCar(boolean replacementCar) { this.replacementCar = replacementCar; }
    public Instant getStageEnteredAt() { return stageEnteredAt; }
    public void setStageEnteredAt(Instant stageEnteredAt) { this.stageEnteredAt = stageEnteredAt; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    /** The earlier visit this one came back for (the same complaint), if it is a comeback. */
    public VisitType getVisitType() { return visitType; }
    public void setVisitType(VisitType visitType) { this.visitType = visitType; }
    public long getSiteId() { return siteId; }
    public void setSiteId(long siteId) { this.siteId = siteId; }
    public int getPlannedMinutes() { return plannedMinutes; }
    public void setPlannedMinutes(int plannedMinutes) { this.plannedMinutes = plannedMinutes; }
    public @Nullable Long getComebackOfId() { return comebackOfId; }
    public void setComebackOfId(@Nullable Long comebackOfId) { this.comebackOfId = comebackOfId; }
    public @Nullable Long getVersion() { return version; }
    public void setVersion(@Nullable Long version) { this.version = version; }
}
