package org.weiyuan.stats;

import org.weiyuan.household.ExitReason;
import org.weiyuan.household.HardshipCause;
import org.weiyuan.household.HouseholdCategory;
import org.weiyuan.household.HouseholdStatus;
import org.weiyuan.household.Severity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What households are counted by: 类别, 困难程度, 致困原因, 状态, 退出原因. */
public enum HouseholdDimension {
    CATEGORY, SEVERITY, CAUSE, STATUS, EXIT_REASON;

    /** Every key, in display order; files not yet assessed count as UNASSESSED. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>(switch (this) {
            case CATEGORY -> names(HouseholdCategory.values());
            case SEVERITY -> names(Severity.values());
            case CAUSE -> names(HardshipCause.values());
            case STATUS -> names(HouseholdStatus.values());
            case EXIT_REASON -> names(ExitReason.values());
        });
        if (this == CATEGORY || this == SEVERITY) {
            keys.add("UNASSESSED");
        }
        return keys;
    }

    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
