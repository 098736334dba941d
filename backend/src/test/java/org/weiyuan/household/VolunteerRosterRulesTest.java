package org.weiyuan.household;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VolunteerRosterRulesTest {

    @Test
    void skillsAreTrimmedEachOnceAndLimited() {
        assertThat(VolunteerRosterRules.skills(Arrays.asList(" 电工 ", "", null, "电工", "心理疏导"))).containsExactly("电工", "心理疏导");
        assertThat(VolunteerRosterRules.skills(null)).isEmpty();
        List<String> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add("特长" + i);
        }
        assertThat(VolunteerRosterRules.skills(eleven)).isNull();
        assertThat(VolunteerRosterRules.skills(eleven.subList(0, 10))).hasSize(10);
        assertThat(VolunteerRosterRules.skills(List.of("长".repeat(31)))).isNull();
        assertThat(VolunteerRosterRules.skills(List.of("长".repeat(30)))).hasSize(1);
    }

    @Test
    void aVisitNamesAnActiveVolunteerOfTheFilesUnitOrAUnitAboveIt() {
        String community = "/gz/gy/nm/sq/";
        assertThat(VolunteerRosterRules.mayVisit(true, "/gz/gy/nm/sq/", community)).isTrue();
        assertThat(VolunteerRosterRules.mayVisit(true, "/gz/gy/", community)).isTrue();
        assertThat(VolunteerRosterRules.mayVisit(false, "/gz/gy/nm/sq/", community)).isFalse();  // no longer active
        assertThat(VolunteerRosterRules.mayVisit(true, "/gz/gy/yy/", community)).isFalse();      // a sibling district
        assertThat(VolunteerRosterRules.mayVisit(true, "/gz/gy/nm/sq/x/", community)).isFalse(); // below the file's unit
        assertThat(VolunteerRosterRules.mayVisit(true, null, community)).isFalse();
    }
}
