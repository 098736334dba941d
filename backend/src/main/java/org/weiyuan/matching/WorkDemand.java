package org.weiyuan.matching;

/**
 * What a job asks of the body or of the hours. A listing names the demands it makes; a worker names
 * those their health rules out (健康限制), and no recommendation may put the two together.
 */
public enum WorkDemand {
    HEAVY_LIFTING, PROLONGED_STANDING, NIGHT_WORK, WORK_AT_HEIGHT, OUTDOOR_WORK, DRIVING_A_VEHICLE;

    public int bit() {
        return 1 << ordinal();
    }
}
