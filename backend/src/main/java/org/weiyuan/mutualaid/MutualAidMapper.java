package org.weiyuan.mutualaid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.weiyuan.mutualaid.MutualAidEntities.Claim;
import org.weiyuan.mutualaid.MutualAidEntities.Document;
import org.weiyuan.mutualaid.MutualAidEntities.Flag;
import org.weiyuan.mutualaid.MutualAidViews.DocumentView;
import org.weiyuan.mutualaid.MutualAidViews.FlagView;
import org.weiyuan.mutualaid.MutualAidEntities.Plan;
import org.weiyuan.mutualaid.MutualAidViews.ClaimView;
import org.weiyuan.mutualaid.MutualAidViews.PlanView;

import java.util.List;

/** Entity → view. Rules and explanations are stored as JSON text and read back as typed records. */
@Mapper(componentModel = "jakarta-cdi")
public interface MutualAidMapper {

    ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    @Mapping(target = "rules", expression = "java(MutualAidMapper.rules(plan.rules))")
    PlanView toView(Plan plan);

    @Mapping(target = "explanation", expression = "java(MutualAidMapper.lines(claim.explanation))")
    @Mapping(target = "documents", ignore = true)
    @Mapping(target = "flags", ignore = true)
    ClaimView toView(Claim claim);

    DocumentView toView(Document document);

    FlagView toView(Flag flag);

    MutualAidViews.ImportJobView toView(MutualAidEntities.ImportJob job);

    @Mapping(target = "row", source = "rowNo")
    MutualAidViews.RowError toView(MutualAidEntities.ImportError error);

    MutualAidViews.PaymentShareView toView(MutualAidEntities.PaymentShare share);

    @Mapping(target = "shares", source = "shares")
    MutualAidViews.PaymentStatusView toView(MutualAidEntities.Payment payment, List<MutualAidViews.PaymentShareView> shares);

    static PlanRules rules(String json) {
        try {
            return JSON.readValue(json, PlanRules.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored plan rules unreadable", e);
        }
    }

    static List<BenefitCalculator.Line> lines(String json) {
        try {
            return JSON.readValue(json, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored explanation unreadable", e);
        }
    }

    /**
     * Writes a value as JSON text for storage. {@code @Named} keeps MapStruct from taking it as the way to map
     * any String field (it did: plan names, invoice numbers and reasons came back wrapped in quotes).
     */
    @Named("json")
    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
