package org.weiyuan.stats;

import org.mapstruct.Mapper;
import org.weiyuan.org.UnionUnit;

@Mapper(componentModel = "jakarta-cdi")
public interface StatsMapper {

    StatsViews.UnitRef toRef(UnionUnit unit);

    default StatsViews.KeyLabel toLabel(StatsLabels.Label label) {
        return new StatsViews.KeyLabel(label.zh(), label.en());
    }
}
