package org.weiyuan.app.core;

import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A 金秋助学 request is checked on the phone as the backend checks it (CampaignRules) and sent in its shape. */
class ScholarshipRequestTest {

    private static ScholarshipRequest request(String school, ScholarshipRequest.Level level) {
        return new ScholarshipRequest("考上贵州大学的学费", "家里凑不齐学费。", "c1", school, 2026, level, "2027-03-01");
    }

    @Test
    void theAdmissionLevelIsSentWithTheSchoolAndYear() throws Exception {
        JSONObject body = new JSONObject(request(" 贵州大学 ", ScholarshipRequest.Level.JUNIOR_COLLEGE).toJson());
        assertThat(body.getString("kind")).isEqualTo("SCHOLARSHIP");
        assertThat(body.getString("campaignId")).isEqualTo("c1");
        assertThat(body.getString("deadline")).isEqualTo("2027-03-01");
        JSONObject admission = body.getJSONObject("admission");
        assertThat(admission.getString("schoolName")).isEqualTo("贵州大学");
        assertThat(admission.getInt("year")).isEqualTo(2026);
        assertThat(admission.getString("level")).isEqualTo("JUNIOR_COLLEGE");
        assertThat(body.has("targetFen")).as("the amount is the campaign's").isFalse();
    }

    @Test
    void withoutALevelOrWithOneTheCampaignDoesNotFundItIsNotSent() {
        List<String> harbin = Arrays.asList("UNDERGRADUATE", "JUNIOR_COLLEGE");
        assertThat(request("贵州大学", null).problem(harbin)).isEqualTo(ScholarshipRequest.Problem.NO_LEVEL);
        assertThat(request("贵州大学", null).problem(Collections.emptyList())).as("a level is always asked for")
                .isEqualTo(ScholarshipRequest.Problem.NO_LEVEL);
        assertThat(request("贵州大学", ScholarshipRequest.Level.POSTGRADUATE).problem(harbin))
                .isEqualTo(ScholarshipRequest.Problem.LEVEL_NOT_FUNDED);
        assertThat(request("贵州大学", ScholarshipRequest.Level.POSTGRADUATE).problem(Collections.emptyList())).isNull();
        assertThat(request("贵州大学", ScholarshipRequest.Level.UNDERGRADUATE).problem(harbin)).isNull();
        assertThat(request(" ", ScholarshipRequest.Level.UNDERGRADUATE).problem(harbin)).isEqualTo(ScholarshipRequest.Problem.MISSING_TEXT);
    }

    /** The levels are the backend's AdmissionLevel, as the OpenAPI document (docs/openapi.json) states them. */
    @Test
    void theLevelsAreTheBackendsOwn() throws Exception {
        File document = new File(System.getProperty("weiyuan.openapi", "../docs/openapi.json"));
        JSONArray values = new JSONObject(new String(java.nio.file.Files.readAllBytes(document.toPath()), StandardCharsets.UTF_8))
                .getJSONObject("components").getJSONObject("schemas").getJSONObject("AdmissionLevel").getJSONArray("enum");
        List<String> backend = new ArrayList<>();
        for (int i = 0; i < values.length(); i++) {
            backend.add(values.getString(i));
        }
        List<String> app = new ArrayList<>();
        for (ScholarshipRequest.Level level : ScholarshipRequest.Level.values()) {
            app.add(level.name());
        }
        assertThat(app).containsExactlyInAnyOrderElementsOf(backend);
    }
}
