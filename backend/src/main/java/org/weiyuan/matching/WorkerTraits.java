package org.weiyuan.matching;

import java.util.UUID;

/**
 * What matching needs to know of a worker (求职者), in the compact form the scorer reads a million
 * times a second: skill levels by {@link Skill} ordinal (0 = none), bit masks for certificates,
 * health limits ({@link WorkDemand}s ruled out) and available {@link Shifts}, districts as indices
 * into a {@link DistrictMap}.
 *
 * @param severity hardship severity rank for staff ranking: 2 extreme (特困), 1 hardship, 0 none
 */
public record WorkerTraits(UUID subject, byte[] skillLevels, long certificates, int healthLimits, int homeDistrict,
                           int[] reachableDistricts, int availability, int desiredWeeklyHours, long desiredMonthlyWageFen,
                           int age, boolean wantsTraining, int severity) {

    public int level(Skill s) {
        return skillLevels[s.ordinal()];
    }

    public boolean reaches(int district) {
        for (int d : reachableDistricts) {
            if (d == district) {
                return true;
            }
        }
        return false;
    }

    public int skillCount() {
        int n = 0;
        for (byte b : skillLevels) {
            if (b > 0) {
                n++;
            }
        }
        return n;
    }
}
