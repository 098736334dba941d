package org.weiyuan.matching;

import java.util.UUID;

/**
 * What matching needs to know of an open job listing (招聘岗位), compact like {@link WorkerTraits}.
 * {@code demands} already includes NIGHT_WORK when the shifts include nights; wages are per month
 * (hourly wages converted with the weekly hours).
 */
public record ListingTraits(UUID id, int district, byte[] requiredLevels, long certificates, int demands, int shifts,
                            int weeklyHours, long monthlyWageMinFen, long monthlyWageMaxFen, int ageMin, int ageMax,
                            long trainingSkills, long postedEpochDay, int openPositions) {

    public int required(Skill s) {
        return requiredLevels[s.ordinal()];
    }

    public boolean trains(Skill s) {
        return (trainingSkills & (1L << s.ordinal())) != 0;
    }
}
