package org.weiyuan.stats;

import org.jboss.resteasy.reactive.server.Cancellable;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.weiyuan.common.Problem;
import org.weiyuan.household.HouseholdStatus;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;
import org.weiyuan.stats.StatsViews.CampaignMoneyTable;
import org.weiyuan.stats.StatsViews.CountTable;
import org.weiyuan.stats.StatsViews.MoneyTable;
import org.weiyuan.stats.StatsViews.MonthlyTable;
import org.weiyuan.wish.WishStatus;

import java.util.UUID;

/**
 * Dashboard aggregates (统计报表), rolled up the union tree the caller sees. Staff: their unit's
 * subtree (a unit outside it is 404); admin: the whole tree. Each answer breaks the reported unit
 * down into its direct children; drill down by asking again with a child's {@code unitId}.
 */
@Cancellable(false)
@Path("/api/v1/stats")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@Tag(name = "stats", description = "统计报表 Dashboards rolled up the union tree")
public class StatsResource {

    static final String UNIT = "要统计的单位,默认本人所在单位(管理员:根单位) Unit to report on; default the caller's own (admin: the root)";

    private final StatsService stats;
    private final CurrentActor actor;

    public StatsResource(StatsService stats, CurrentActor actor) {
        this.stats = stats;
        this.actor = actor;
    }

    @GET
    @Path("/households")
    @Operation(operationId = "statsHouseholds",
            summary = "困难家庭分类统计 Households by category, severity, cause, status or exit reason, per child unit")
    @APIResponse(responseCode = "200", description = "计数表 Count table")
    public Uni<CountTable> households(@Parameter(description = UNIT) @RestQuery("unitId") UUID unitId,
                                      @RestQuery("by") @DefaultValue("CATEGORY") HouseholdDimension by,
                                      @Parameter(description = "只统计此状态的档案 Only files in this status") @RestQuery("status") HouseholdStatus status) {
        return stats.households(actor.get(), unitId, by, status);
    }

    @GET
    @Path("/households/monthly")
    @Operation(operationId = "statsHouseholdsMonthly",
            summary = "每月新建档、审批、退出 New files, approvals and exits per month (China time), per child unit")
    @APIResponse(responseCode = "200", description = "月度表 Monthly table")
    public Uni<MonthlyTable> householdsMonthly(@Parameter(description = UNIT) @RestQuery("unitId") UUID unitId,
                                               @Parameter(description = "YYYY-MM, default 11 months before `to`") @RestQuery("from") String from,
                                               @Parameter(description = "YYYY-MM, default this month; at most 36 months in all") @RestQuery("to") String to) {
        return stats.householdMonths(actor.get(), unitId, stats.range(from, to));
    }

    @GET
    @Path("/money/units")
    @Operation(operationId = "statsMoneyByUnit",
            summary = "各单位善款 Money donated, matched, disbursed and held, per child unit (from the ledger)")
    @APIResponse(responseCode = "200", description = "资金表 Money table")
    public Uni<MoneyTable> moneyByUnit(@Parameter(description = UNIT) @RestQuery("unitId") UUID unitId) {
        return stats.moneyByUnit(actor.get(), unitId);
    }

    @GET
    @Path("/money/campaigns")
    @Operation(operationId = "statsMoneyByCampaign",
            summary = "各活动善款 Money donated, matched, disbursed and held, per campaign, within the unit's subtree")
    @APIResponse(responseCode = "200", description = "活动资金表 Campaign money table")
    public Uni<CampaignMoneyTable> moneyByCampaign(@Parameter(description = UNIT) @RestQuery("unitId") UUID unitId) {
        return stats.moneyByCampaign(actor.get(), unitId);
    }

    @GET
    @Path("/wishes")
    @Operation(operationId = "statsWishes", summary = "微愿按状态或时长统计 Wishes by state or age bucket, per child unit")
    @APIResponse(responseCode = "200", description = "计数表 Count table")
    public Uni<CountTable> wishes(@Parameter(description = UNIT) @RestQuery("unitId") UUID unitId,
                                  @RestQuery("by") @DefaultValue("STATUS") WishDimension by,
                                  @Parameter(description = "by=AGE: only wishes in this state (default: every open state)")
                                  @RestQuery("status") WishStatus status) {
        return stats.wishes(actor.get(), unitId, by, status);
    }

    @GET
    @Path("/placements/monthly")
    @Operation(operationId = "statsPlacementsMonthly",
            summary = "每月安置就业 Job placements per month (China time), per child unit of the listing's union")
    @APIResponse(responseCode = "200", description = "月度表 Monthly table")
    public Uni<MonthlyTable> placementsMonthly(@Parameter(description = UNIT) @RestQuery("unitId") UUID unitId,
                                               @Parameter(description = "YYYY-MM") @RestQuery("from") String from,
                                               @Parameter(description = "YYYY-MM") @RestQuery("to") String to) {
        return stats.placementMonths(actor.get(), unitId, stats.range(from, to));
    }

    @GET
    @Path("/service-demand")
    @Operation(operationId = "statsServiceDemand",
            summary = "未满足的服务需求 Waiting service orders by category or district, per child unit")
    @APIResponse(responseCode = "200", description = "计数表 Count table")
    public Uni<CountTable> serviceDemand(@Parameter(description = UNIT) @RestQuery("unitId") UUID unitId,
                                         @RestQuery("by") @DefaultValue("CATEGORY") DemandDimension by) {
        return stats.unmetDemand(actor.get(), unitId, by);
    }
}
