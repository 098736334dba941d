package org.weiyuan.app.core;

import org.json.JSONObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HouseholdDraftTest {

    private static HouseholdDraft filled() {
        HouseholdDraft d = HouseholdDraft.start();
        d.unitId = "b91dddd9-1389-4372-a341-738c837a7935";
        d.headName = " 李强 ";
        d.idNumber = "52010219780506123x";
        d.district = "南明区";
        d.causes.add("ILLNESS");
        d.members.get(0).name = "李强";
        d.members.get(0).birthYear = "1978";
        d.members.get(0).monthlyIncome = "1800.5";
        return d;
    }

    @Test
    void whatTheBackendWouldRefuseIsNamedByItsFieldInTheFormsOrder() {
        HouseholdDraft empty = HouseholdDraft.start();
        assertThat(empty.problems(2026).keySet()).containsExactly("headName", "idNumber", "unitId", "district", "causes",
                "members[0].name", "members[0].birthYear");
        HouseholdDraft d = filled();
        d.phone = "1380000";
        d.members.get(0).birthYear = "2030";
        d.members.get(0).monthlyIncome = "18.005";
        assertThat(d.problems(2026)).containsEntry("phone", HouseholdDraft.Problem.PHONE)
                .containsEntry("members[0].birthYear", HouseholdDraft.Problem.BIRTH_YEAR)
                .containsEntry("members[0].monthlyIncomeFen", HouseholdDraft.Problem.AMOUNT).hasSize(3);
        assertThat(filled().problems(2026)).isEmpty();
    }

    @Test
    void theRequestIsTheBackendsHouseholdRequestAndTheStateComesBackWhole() throws Exception {
        HouseholdDraft d = filled();
        JSONObject body = new JSONObject(d.requestJson());
        assertThat(body.getString("headName")).isEqualTo("李强");
        assertThat(body.getString("idNumber")).isEqualTo("52010219780506123X");
        assertThat(body.getLong("otherMonthlyIncomeFen")).isZero();
        assertThat(body.has("phone")).as("an empty optional field is not sent").isFalse();
        assertThat(body.getJSONArray("members").getJSONObject(0).getLong("monthlyIncomeFen")).isEqualTo(180_050);
        assertThat(HouseholdDraft.fromState(d.toState()).requestJson()).isEqualTo(d.requestJson());
        assertThat(HouseholdDraft.fromState("not json").members).hasSize(1);
        Action create = d.save(null);
        assertThat(create.method).isEqualTo("POST");
        assertThat(create.path).isEqualTo("/api/v1/households");
        Action update = d.save("3c2b1a09-8f7e-4d6c-9b5a-4a3b2c1d0e9f");
        assertThat(update.method).isEqualTo("PUT");
        assertThat(update.path).isEqualTo("/api/v1/households/3c2b1a09-8f7e-4d6c-9b5a-4a3b2c1d0e9f");
        assertThat(update.id).isNotEqualTo(create.id);
        assertThat(HouseholdDraft.yuan(180_050)).isEqualTo("1800.5");
        assertThat(HouseholdDraft.yuan(0)).isEqualTo("0");
    }
}
