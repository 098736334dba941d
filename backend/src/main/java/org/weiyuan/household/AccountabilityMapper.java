package org.weiyuan.household;

import org.mapstruct.Mapper;

/** Entity → view mapping of accountability findings (责任追究). */
@Mapper(componentModel = "jakarta-cdi")
public interface AccountabilityMapper {

    AccountabilityViews.AccountabilityFindingView toView(AccountabilityFinding finding);

    java.util.List<AccountabilityViews.AccountabilityFindingView> toViews(java.util.List<AccountabilityFinding> findings);
}
