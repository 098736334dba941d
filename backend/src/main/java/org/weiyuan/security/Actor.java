package org.weiyuan.security;

import java.util.Set;
import java.util.UUID;

/**
 * Who is acting: the token's subject and realm roles (or, when staff act on a worker's behalf, the
 * worker, with the staff member in {@code actingStaff}). Services take an Actor rather than reading
 * the HTTP security context, so the same use case runs for a request, the demo seeder or a test.
 */
public record Actor(UUID subject, String username, Set<String> roles, UUID actingStaff) {

    /** Someone acting for themselves. */
    public Actor(UUID subject, String username, Set<String> roles) {
        this(subject, username, roles, null);
    }

    /** Staff acting on a worker's behalf (代办): the actor is the worker; {@link #actingStaff} did it. */
    public boolean onBehalf() {
        return actingStaff != null;
    }

    public static final UUID SYSTEM_SUBJECT = new UUID(0L, 0L);

    /** The platform itself (demo seeding, scheduled jobs); recorded as such in the audit log. */
    public static Actor system() {
        return new Actor(SYSTEM_SUBJECT, "system", Set.of(Roles.ADMIN));
    }

    public boolean is(String role) {
        return roles.contains(role);
    }

    public boolean isStaff() {
        return is(Roles.STAFF);
    }

    public boolean isAdmin() {
        return is(Roles.ADMIN);
    }

    public boolean isVolunteer() {
        return is(Roles.VOLUNTEER);
    }

    public boolean isWorker() {
        return is(Roles.WORKER);
    }

    /** The highest-privilege role, for the audit log. */
    public String primaryRole() {
        for (String role : new String[] {Roles.ADMIN, Roles.STAFF, Roles.VOLUNTEER, Roles.WORKER, Roles.DONOR}) {
            if (roles.contains(role)) {
                return role;
            }
        }
        return "none";
    }
}
