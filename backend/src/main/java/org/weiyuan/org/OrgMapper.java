package org.weiyuan.org;

import org.mapstruct.Mapper;

@Mapper(componentModel = "jakarta-cdi")
public interface OrgMapper {

    OrgViews.UnitView toView(UnionUnit unit);

    OrgViews.StaffView toView(StaffMember member);
}
