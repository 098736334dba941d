package org.weiyuan.app.core;

import org.json.JSONObject;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/** A home visit is checked on the phone as the backend checks it (VerificationRequest) and sent as the console sends it. */
class VisitDraftTest {

    private static VisitDraft visit(String date, String housing, EnumSet<VisitDraft.Help> help) {
        return new VisitDraft(date, housing, " 温饱 ", "", null, help, "  ");
    }

    @Test
    void aVisitSendsItsLooksHelpAndDayAndLeavesOutWhatIsEmpty() throws Exception {
        VisitDraft d = visit("2026-12-01", "租住老房", EnumSet.of(VisitDraft.Help.SCHOLARSHIP, VisitDraft.Help.LIVING_AID));
        assertThat(d.problem()).isNull();
        JSONObject body = new JSONObject(d.toJson());
        assertThat(body.getString("visitedOn")).isEqualTo("2026-12-01");
        assertThat(body.getJSONObject("findings").toString()).isEqualTo("{\"housing\":\"租住老房\",\"food\":\"温饱\"}");
        assertThat(body.getJSONArray("recommendedHelp").toString()).as("in the form's order").isEqualTo("[\"LIVING_AID\",\"SCHOLARSHIP\"]");
        assertThat(body.has("summary")).isFalse();
    }

    @Test
    void whatTheServerWouldRefuseIsSaidFirst() {
        EnumSet<VisitDraft.Help> help = EnumSet.of(VisitDraft.Help.MEDICAL_AID);
        assertThat(visit("12/01", "租住老房", help).problem()).isEqualTo(VisitDraft.Problem.NO_DATE);
        assertThat(new VisitDraft("2026-12-01", " ", "", "", "", help, "").problem()).isEqualTo(VisitDraft.Problem.NO_FINDINGS);
        assertThat(visit("2026-12-01", "租住老房", EnumSet.noneOf(VisitDraft.Help.class)).problem()).isEqualTo(VisitDraft.Problem.NO_HELP);
        assertThat(visit("2026-12-01", "房".repeat(VisitDraft.MAX_LOOK + 1), help).problem()).isEqualTo(VisitDraft.Problem.TOO_LONG);
        assertThat(visit("2026-12-01", "房".repeat(VisitDraft.MAX_LOOK), help).problem()).isNull();
    }

    @Test
    void theVisitIsAnActionOnTheFileWithItsOwnKey() {
        VisitDraft d = visit("2026-12-01", "租住老房", EnumSet.of(VisitDraft.Help.LIVING_AID));
        Action a = d.action("h1");
        Action b = d.action("h1");
        assertThat(a.method).isEqualTo("POST");
        assertThat(a.path).isEqualTo("/api/v1/households/h1/verifications");
        assertThat(a.body).isEqualTo(d.toJson());
        assertThat(a.id).isNotEqualTo(b.id);
    }
}
