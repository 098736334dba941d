package org.weiyuan.app.core;

/**
 * Where a notification's link (weiyuan://…, the same in the inbox and in push messages) leads in the
 * app. Unknown links open the inbox, so a tap always lands somewhere sensible.
 */
public final class DeepLink {

    public enum Screen { WISH, MY_FILE, JOBS, DONATIONS, STAFF_QUEUE, INBOX }

    public final Screen screen;
    /** The id the screen opens on (a wish), or null. */
    public final String id;

    private DeepLink(Screen screen, String id) {
        this.screen = screen;
        this.id = id;
    }

    public static DeepLink parse(String link) {
        if (link == null || !link.startsWith("weiyuan://")) {
            return new DeepLink(Screen.INBOX, null);
        }
        String[] parts = link.substring("weiyuan://".length()).split("/");
        switch (parts[0]) {
            case "wishes":
                // a disbursement link (…/disbursements/…) is for the second approver
                if (parts.length > 2 && "disbursements".equals(parts[2])) {
                    return new DeepLink(Screen.STAFF_QUEUE, null);
                }
                return new DeepLink(Screen.WISH, parts.length > 1 ? parts[1] : null);
            case "households":
                return new DeepLink(Screen.MY_FILE, parts.length > 1 ? parts[1] : null);
            case "jobs":
                return new DeepLink(Screen.JOBS, null);
            case "pledges":
                return new DeepLink(Screen.DONATIONS, null);
            case "admin":
                return new DeepLink(Screen.STAFF_QUEUE, null);
            default:
                return new DeepLink(Screen.INBOX, null);
        }
    }
}
