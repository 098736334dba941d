package org.weiyuan.app.core;

/**
 * Where a notification's link (weiyuan://…, the same in the inbox and in push messages) leads in the
 * app, for the role of whoever is signed in: the same link to a wish means the donor page for a
 * donor, the worker's own wishes (where staff's questions are answered) for the household that
 * posted it, and the vetting queue for staff. Unknown links open the inbox, so a tap always lands
 * somewhere sensible.
 */
public final class DeepLink {

    public enum Screen {
        /** The donor page of a published wish. */
        WISH,
        /** The worker's home: their household file and their own wishes (with staff's questions). */
        MY_FILE,
        JOBS,
        SERVICES,
        DONATIONS,
        /** Staff: household files to verify. */
        STAFF_FILES,
        /** Staff: wishes to vet. */
        STAFF_WISHES,
        /** Staff: disbursements waiting for a second approver. */
        STAFF_DISBURSEMENTS,
        INBOX
    }

    public final Screen screen;
    /** The id the screen opens on (a wish), or null. */
    public final String id;

    private DeepLink(Screen screen, String id) {
        this.screen = screen;
        this.id = id;
    }

    public static DeepLink parse(String link, Session.Home home) {
        if (link == null || !link.startsWith("weiyuan://")) {
            return new DeepLink(Screen.INBOX, null);
        }
        String[] parts = link.substring("weiyuan://".length()).split("/");
        String id = parts.length > 1 ? parts[1] : null;
        boolean staff = home == Session.Home.STAFF;
        boolean worker = home == Session.Home.WORKER;
        switch (parts[0]) {
            case "wishes":
                if (parts.length > 2 && "disbursements".equals(parts[2])) {
                    // for the second approver; anyone else is told in the wish's own page
                    return staff ? new DeepLink(Screen.STAFF_DISBURSEMENTS, id) : new DeepLink(worker ? Screen.MY_FILE : Screen.WISH, id);
                }
                if (staff) {
                    return new DeepLink(Screen.STAFF_WISHES, id);
                }
                return new DeepLink(worker ? Screen.MY_FILE : Screen.WISH, id);
            case "households":
                return new DeepLink(staff ? Screen.STAFF_FILES : worker ? Screen.MY_FILE : Screen.INBOX, id);
            case "jobs":
                return new DeepLink(worker ? Screen.JOBS : Screen.INBOX, null);
            case "services":
                return new DeepLink(worker ? Screen.SERVICES : Screen.INBOX, null);
            case "pledges":
                return new DeepLink(home == Session.Home.DONOR ? Screen.DONATIONS : Screen.INBOX, null);
            case "admin":
                return new DeepLink(staff ? Screen.STAFF_FILES : Screen.INBOX, null);
            default:
                return new DeepLink(Screen.INBOX, null);
        }
    }
}
