package org.weiyuan.household;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;
import java.util.UUID;

/** Entity → view mapping of appeals (申诉). */
@Mapper(componentModel = "jakarta-cdi")
public interface AppealMapper {

    @Mapping(target = "reinstatement", ignore = true)
    AppealViews.AppealView toView(HouseholdAppeal appeal);

    @Mapping(target = "documentCount", expression = "java(appeal.documentIds == null ? 0 : appeal.documentIds.length)")
    AppealViews.AppealQueueItemView toQueueItem(HouseholdAppeal appeal);

    default List<UUID> ids(UUID[] ids) {
        return ids == null ? List.of() : List.of(ids);
    }
}
