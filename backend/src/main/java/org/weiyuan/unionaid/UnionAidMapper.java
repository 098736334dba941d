package org.weiyuan.unionaid;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.weiyuan.unionaid.UnionAidEntities.AidLine;
import org.weiyuan.unionaid.UnionAidEntities.AidList;
import org.weiyuan.unionaid.UnionAidEntities.FundDeposit;
import org.weiyuan.unionaid.UnionAidEntities.FundTransfer;
import org.weiyuan.unionaid.UnionAidEntities.UnionFund;

import java.util.List;

/** Entity → view mapping of union-paid aid. */
@Mapper(componentModel = "jakarta-cdi")
public interface UnionAidMapper {

    @Mapping(target = "pendingOutFen", source = "figures.preparedOutFen")
    @Mapping(target = "balanceFen", source = "figures.balanceFen")
    @Mapping(target = "committedFen", source = "figures.committedFen")
    @Mapping(target = "availableFen", expression = "java(figures.availableFen())")
    UnionAidViews.FundView toView(UnionFund fund, FundRules.Figures figures);

    UnionAidViews.DepositView toView(FundDeposit d);

    UnionAidViews.TransferView toView(FundTransfer t);

    UnionAidViews.ListSummary toSummary(AidList list);

    @Mapping(target = "headName", source = "headName")
    UnionAidViews.LineView toView(AidLine line, String headName);

    @Mapping(target = "lines", source = "lines")
    UnionAidViews.ListView toView(AidList list, List<UnionAidViews.LineView> lines);
}
