package org.weiyuan.followup;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.weiyuan.followup.FollowupEntities.ContactEntry;
import org.weiyuan.followup.FollowupEntities.HelpMeasure;
import org.weiyuan.followup.FollowupEntities.PlanReview;
import org.weiyuan.followup.FollowupEntities.VisitTask;

/** Entity → view mapping of the follow-up feature. */
@Mapper(componentModel = "jakarta-cdi")
public interface FollowupMapper {

    @Mapping(target = "ownerName", source = "ownerName")
    @Mapping(target = "overdue", source = "overdue")
    FollowupViews.MeasureView toView(HelpMeasure measure, String ownerName, boolean overdue);

    @Mapping(target = "ownerName", source = "ownerName")
    FollowupViews.MyMeasureView toMine(HelpMeasure measure, String ownerName);

    FollowupViews.ReviewView toView(PlanReview review);

    FollowupViews.ContactView toView(ContactEntry contact);

    FollowupViews.VisitTaskView toView(VisitTask task);
}
