package org.weiyuan.stats;

import org.jboss.resteasy.reactive.server.Cancellable;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.weiyuan.common.Problem;
import org.weiyuan.household.HouseholdStatus;
import org.weiyuan.org.UnionUnit;
import org.weiyuan.security.Actor;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;
import org.weiyuan.stats.StatsViews.UnitRef;
import org.weiyuan.wish.WishStatus;

import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * XLSX exports (导出) of the dashboard tables and staff work lists. Blocking by design: each
 * request runs on a worker thread, checks scope and writes its audit line (on a Vert.x context)
 * before the first byte, then streams the workbook straight to the response as it is written.
 */
@Cancellable(false)
@Path("/api/v1/exports")
@Produces({Xlsx.MEDIA_TYPE, Problem.MEDIA_TYPE})
@Blocking
@Tag(name = "exports", description = "导出 XLSX exports of dashboards and work lists")
@APIResponse(responseCode = "200", description = "XLSX 工作簿 Workbook",
        content = @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
public class ExportResource {

    private final StatsService stats;
    private final ExportService exports;
    private final CurrentActor actor;

    public ExportResource(StatsService stats, ExportService exports, CurrentActor actor) {
        this.stats = stats;
        this.exports = exports;
        this.actor = actor;
    }

    // ---- work lists (personal data: staff only, masked unless full=true, always audited) ---

    @GET
    @Path("/households")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "exportHouseholds", summary = "导出困难家庭档案清单 Households in scope (masked unless full=true; audited)")
    public Response households(@Parameter(description = StatsResource.UNIT) @RestQuery("unitId") UUID unitId,
                               @RestQuery("status") HouseholdStatus status,
                               @Parameter(description = "导出完整个人信息(留痕) Full personal data (audited as such)")
                               @RestQuery("full") @DefaultValue("false") boolean full) {
        return workList(WorkList.HOUSEHOLDS, unitId, status == null ? null : status.name(), full, "households");
    }

    @GET
    @Path("/wishes-in-vetting")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "exportWishesInVetting", summary = "导出待审核微愿 Wishes waiting for vetting (masked unless full=true; audited)")
    public Response wishesInVetting(@Parameter(description = StatsResource.UNIT) @RestQuery("unitId") UUID unitId,
                                    @RestQuery("full") @DefaultValue("false") boolean full) {
        return workList(WorkList.WISHES_IN_VETTING, unitId, null, full, "wishes-in-vetting");
    }

    @GET
    @Path("/disbursements-awaiting-approval")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "exportDisbursementsAwaitingApproval",
            summary = "导出待复核拨付 Disbursements waiting for a second approver (masked unless full=true; audited)")
    public Response disbursements(@Parameter(description = StatsResource.UNIT) @RestQuery("unitId") UUID unitId,
                                  @RestQuery("full") @DefaultValue("false") boolean full) {
        return workList(WorkList.DISBURSEMENTS_AWAITING_APPROVAL, unitId, null, full, "disbursements-awaiting-approval");
    }

    private Response workList(WorkList list, UUID unitId, String status, boolean full, String file) {
        Actor a = actor.get();
        UnionUnit unit = await(() -> exports.prepareWorkList(a, list, unitId, status, full));
        return xlsx(file, out -> {
            try {
                exports.writeWorkList(list, unit, status, full, out);
            } catch (SQLException e) {
                throw new IllegalStateException("export of " + list + " failed", e);
            }
        });
    }

    // ---- dashboard tables (counts and sums only; audited as exports) ----------------------

    @GET
    @Path("/stats/households")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(operationId = "exportStatsHouseholds", summary = "导出困难家庭分类统计 Households by dimension, per child unit")
    public Response statsHouseholds(@RestQuery("unitId") UUID unitId, @RestQuery("by") @DefaultValue("CATEGORY") HouseholdDimension by,
                                    @RestQuery("status") HouseholdStatus status) {
        Actor a = actor.get();
        StatsViews.CountTable t = await(() -> stats.households(a, unitId, by, status));
        return table(a, t.unit(), "households by=" + by + (status == null ? "" : " status=" + status), "stats-households",
                x -> StatsSheets.counts(x, "困难家庭统计 Households", t));
    }

    @GET
    @Path("/stats/households-monthly")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(operationId = "exportStatsHouseholdsMonthly", summary = "导出每月建档、审批、退出 New files, approvals and exits per month")
    public Response statsHouseholdsMonthly(@RestQuery("unitId") UUID unitId, @RestQuery("from") String from, @RestQuery("to") String to) {
        Actor a = actor.get();
        MonthRange range = stats.range(from, to);
        StatsViews.MonthlyTable t = await(() -> stats.householdMonths(a, unitId, range));
        return table(a, t.unit(), "households-monthly " + range.from() + ".." + range.to(), "stats-households-monthly",
                x -> StatsSheets.monthly(x, "月度建档 Files per month", t));
    }

    @GET
    @Path("/stats/money-units")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(operationId = "exportStatsMoneyByUnit", summary = "导出各单位善款 Money per child unit")
    public Response statsMoneyByUnit(@RestQuery("unitId") UUID unitId) {
        Actor a = actor.get();
        StatsViews.MoneyTable t = await(() -> stats.moneyByUnit(a, unitId));
        return table(a, t.unit(), "money by unit", "stats-money-units", x -> StatsSheets.moneyByUnit(x, "各单位善款 Money by unit", t));
    }

    @GET
    @Path("/stats/money-campaigns")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(operationId = "exportStatsMoneyByCampaign", summary = "导出各活动善款 Money per campaign")
    public Response statsMoneyByCampaign(@RestQuery("unitId") UUID unitId) {
        Actor a = actor.get();
        StatsViews.CampaignMoneyTable t = await(() -> stats.moneyByCampaign(a, unitId));
        return table(a, t.unit(), "money by campaign", "stats-money-campaigns",
                x -> StatsSheets.moneyByCampaign(x, "各活动善款 Money by campaign", t));
    }

    @GET
    @Path("/stats/wishes")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(operationId = "exportStatsWishes", summary = "导出微愿统计 Wishes by state or age")
    public Response statsWishes(@RestQuery("unitId") UUID unitId, @RestQuery("by") @DefaultValue("STATUS") WishDimension by,
                                @RestQuery("status") WishStatus status) {
        Actor a = actor.get();
        StatsViews.CountTable t = await(() -> stats.wishes(a, unitId, by, status));
        return table(a, t.unit(), "wishes by=" + by + (status == null ? "" : " status=" + status), "stats-wishes",
                x -> StatsSheets.counts(x, "微愿统计 Wishes", t));
    }

    @GET
    @Path("/stats/placements-monthly")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(operationId = "exportStatsPlacementsMonthly", summary = "导出每月安置就业 Placements per month")
    public Response statsPlacementsMonthly(@RestQuery("unitId") UUID unitId, @RestQuery("from") String from, @RestQuery("to") String to) {
        Actor a = actor.get();
        MonthRange range = stats.range(from, to);
        StatsViews.MonthlyTable t = await(() -> stats.placementMonths(a, unitId, range));
        return table(a, t.unit(), "placements-monthly " + range.from() + ".." + range.to(), "stats-placements-monthly",
                x -> StatsSheets.monthly(x, "月度就业安置 Placements", t));
    }

    @GET
    @Path("/stats/service-demand")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(operationId = "exportStatsServiceDemand", summary = "导出未满足的服务需求 Waiting service orders")
    public Response statsServiceDemand(@RestQuery("unitId") UUID unitId, @RestQuery("by") @DefaultValue("CATEGORY") DemandDimension by) {
        Actor a = actor.get();
        StatsViews.CountTable t = await(() -> stats.unmetDemand(a, unitId, by));
        return table(a, t.unit(), "service-demand by=" + by, "stats-service-demand",
                x -> StatsSheets.counts(x, "未满足服务需求 Unmet demand", t));
    }

    private Response table(Actor a, UnitRef unit, String what, String file, Consumer<Xlsx> sheet) {
        await(() -> exports.auditStats(a, unit.id(), what));
        Instant at = Instant.now();
        return xlsx(file, out -> {
            try (Xlsx x = new Xlsx(out)) {
                sheet.accept(x);
                StatsSheets.about(x, unit, what, "-", at, null);
            }
        });
    }

    private static Response xlsx(String file, Consumer<java.io.OutputStream> writer) {
        String name = "weiyuan-" + file + "-" + LocalDate.now(MonthRange.ZONE) + ".xlsx";
        StreamingOutput body = out -> {
            try {
                writer.accept(out);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        };
        return Response.ok(body, Xlsx.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store")
                .build();
    }

    /** Runs a reactive step (scope, audit, aggregate) on a Vert.x context from this worker thread. */
    private static <T> T await(Supplier<Uni<T>> step) {
        try {
            return VertxContextSupport.subscribeAndAwait(step);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
