package org.weiyuan.household;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of the volunteer roster (志愿者名册): what a volunteer's skills are (trimmed, blank ones dropped,
 * each once, at most {@link #MAX_SKILLS}), and which volunteers a home visit may name: an active volunteer
 * of the file's own unit or of a unit above it (a district's volunteers visit its communities' files).
 * Plain Java, tested without a container.
 */
public final class VolunteerRosterRules {

    public static final int MAX_SKILLS = 10;
    public static final int MAX_SKILL_LENGTH = 30;

    private VolunteerRosterRules() { }

    /** The skills as stored: trimmed, without blanks or repeats, in the order given; null when there are too many or one is too long. */
    public static String[] skills(List<String> given) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : given == null ? List.<String>of() : given) {
            String t = s == null ? "" : s.strip();
            if (t.length() > MAX_SKILL_LENGTH) {
                return null;
            }
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out.size() > MAX_SKILLS ? null : out.toArray(String[]::new);
    }

    /**
     * Whether a home visit of a file of the unit at {@code filePath} may name a volunteer of the unit at
     * {@code volunteerUnitPath}: only an active one of the file's unit or a unit above it.
     */
    public static boolean mayVisit(boolean active, String volunteerUnitPath, String filePath) {
        return active && volunteerUnitPath != null && filePath != null && filePath.startsWith(volunteerUnitPath);
    }
}
