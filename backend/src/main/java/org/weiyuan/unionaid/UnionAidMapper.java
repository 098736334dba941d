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

    @Mapping(target = "balanceFen", source = "balanceFen")
    @Mapping(target = "committedFen", source = "committedFen")
    @Mapping(target = "availableFen", source = "availableFen")
    UnionAidViews.FundView toView(UnionFund fund, long balanceFen, long committedFen, long availableFen);

    UnionAidViews.DepositView toView(FundDeposit d);

    UnionAidViews.TransferView toView(FundTransfer t);

    UnionAidViews.ListSummary toSummary(AidList list);

    @Mapping(target = "headName", source = "headName")
    UnionAidViews.LineView toView(AidLine line, String headName);

    @Mapping(target = "lines", source = "lines")
    UnionAidViews.ListView toView(AidList list, List<UnionAidViews.LineView> lines);
}
