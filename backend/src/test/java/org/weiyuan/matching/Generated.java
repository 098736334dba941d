package org.weiyuan.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Random workers and listings over a small city, for the property and quality tests. */
final class Generated {

    static final DistrictMap CITY = new DistrictMap(List.of(
            new DistrictMap.District("520102", "南明区", "Nanming", 26.567, 106.714),
            new DistrictMap.District("520103", "云岩区", "Yunyan", 26.605, 106.724),
            new DistrictMap.District("520111", "花溪区", "Huaxi", 26.410, 106.670),
            new DistrictMap.District("520112", "乌当区", "Wudang", 26.630, 106.750),
            new DistrictMap.District("520113", "白云区", "Baiyun", 26.678, 106.623),
            new DistrictMap.District("520115", "观山湖区", "Guanshanhu", 26.601, 106.626),
            new DistrictMap.District("520181", "清镇市", "Qingzhen", 26.556, 106.470),
            new DistrictMap.District("520123", "修文县", "Xiuwen", 26.838, 106.592)));
    static final long TODAY = 20_000;
    private static final int SKILLS = Skill.values().length;

    private final Random random;

    Generated(long seed) {
        random = new Random(seed);
    }

    WorkerTraits worker() {
        byte[] levels = new byte[SKILLS];
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            levels[random.nextInt(SKILLS)] = (byte) (1 + random.nextInt(3));
        }
        int home = random.nextInt(CITY.size());
        List<Integer> reach = new ArrayList<>(List.of(home));
        for (int i = 0, n = random.nextInt(3); i < n; i++) {
            int d = random.nextInt(CITY.size());
            if (!reach.contains(d)) {
                reach.add(d);
            }
        }
        return new WorkerTraits(UUID.randomUUID(), levels, random.nextLong() & 0x7FF, random.nextInt(1 << 6) & random.nextInt(1 << 6),
                home, reach.stream().mapToInt(Integer::intValue).toArray(), random.nextInt(1 << 21) | 0b011_011_011_011_011,
                20 + random.nextInt(25), 200_000 + random.nextInt(400_000), 20 + random.nextInt(40), random.nextBoolean(),
                random.nextInt(3));
    }

    ListingTraits listing() {
        byte[] levels = new byte[SKILLS];
        for (int i = 0, n = random.nextInt(3); i < n; i++) {
            levels[random.nextInt(SKILLS)] = (byte) (1 + random.nextInt(3));
        }
        long certificates = random.nextInt(4) == 0 ? 1L << random.nextInt(11) : 0;
        int shifts = random.nextInt(1 << 21) & random.nextInt(1 << 21);
        int demands = (random.nextInt(1 << 6) & random.nextInt(1 << 6)) | (Shifts.hasNight(shifts) ? WorkDemand.NIGHT_WORK.bit() : 0);
        long min = 150_000 + random.nextInt(400_000);
        boolean ageLimit = random.nextInt(5) == 0;
        return new ListingTraits(UUID.randomUUID(), random.nextInt(CITY.size()), levels, certificates, demands, shifts,
                10 + random.nextInt(40), min, min + random.nextInt(200_000), ageLimit ? 18 : 16, ageLimit ? 50 : 200,
                random.nextInt(4) == 0 ? random.nextLong() & ((1L << SKILLS) - 1) : 0, TODAY - random.nextInt(60),
                random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(20));
    }

    /** A listing made to fit this worker perfectly: their skills at their levels, at home, on their hours and pay, posted today. */
    static ListingTraits perfectFor(WorkerTraits w) {
        return new ListingTraits(UUID.randomUUID(), w.homeDistrict(), w.skillLevels().clone(), 0, 0, 0b011_011_011_011_011,
                w.desiredWeeklyHours(), w.desiredMonthlyWageFen(), w.desiredMonthlyWageFen() + 50_000, 16, 200, 0, TODAY, 3);
    }
}
