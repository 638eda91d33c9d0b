package fi.huoltopolku.people;

/** What a person does in the workshop; decides which screens they see. */
public enum Role { ADVISOR, TECHNICIAN, FOREMAN, MANAGER, ADMIN }
