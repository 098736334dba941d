package org.weiyuan.integrity;

import java.util.List;

/**
 * What one run of one check found: how many rows break the invariant, up to
 * {@link InvariantCheck#SAMPLE} of their ids, and a short English note for the operator.
 */
public record CheckResult(long violations, List<String> sampleIds, String detail) {

    public CheckResult {
        sampleIds = sampleIds == null ? List.of()
                : List.copyOf(sampleIds.subList(0, Math.min(sampleIds.size(), InvariantCheck.SAMPLE)));
    }

    public static CheckResult ok(String detail) {
        return new CheckResult(0, List.of(), detail);
    }

    public boolean ok() {
        return violations == 0;
    }
}
