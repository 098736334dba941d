package org.weiyuan.modelworker;

import org.junit.jupiter.api.Test;
import org.weiyuan.modelworker.ModelWorkerPolicy.HonourLevel;
import org.weiyuan.org.UnitLevel;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ModelWorkerPolicyTest {

    @Test
    void theHighestHonourDecides() {
        assertThat(ModelWorkerPolicy.top(List.of(HonourLevel.DISTRICT, HonourLevel.CITY, HonourLevel.PROVINCIAL))).contains(HonourLevel.PROVINCIAL);
        assertThat(ModelWorkerPolicy.top(List.of(HonourLevel.DISTRICT))).contains(HonourLevel.DISTRICT);
        assertThat(ModelWorkerPolicy.top(List.of())).isEmpty();
    }

    @Test
    void contactIsAssignedByHonourLevel() {
        // 全国(省)市部、区级劳模分别落实区领导、区总工会领导和基层工会干部
        assertThat(ModelWorkerPolicy.contactFor(HonourLevel.NATIONAL).roleZh()).isEqualTo("区领导");
        assertThat(ModelWorkerPolicy.contactFor(HonourLevel.PROVINCIAL).roleZh()).isEqualTo("区领导");
        assertThat(ModelWorkerPolicy.contactFor(HonourLevel.CITY).roleZh()).isEqualTo("区总工会领导");
        assertThat(ModelWorkerPolicy.contactFor(HonourLevel.DISTRICT).roleZh()).isEqualTo("基层工会干部");
        assertThat(ModelWorkerPolicy.mayKeepContact(HonourLevel.NATIONAL, UnitLevel.DISTRICT)).isTrue();
        assertThat(ModelWorkerPolicy.mayKeepContact(HonourLevel.NATIONAL, UnitLevel.GRASSROOTS)).isFalse();
        assertThat(ModelWorkerPolicy.mayKeepContact(HonourLevel.CITY, UnitLevel.CITY)).isFalse();
        assertThat(ModelWorkerPolicy.mayKeepContact(HonourLevel.DISTRICT, UnitLevel.GRASSROOTS)).isTrue();
        assertThat(ModelWorkerPolicy.mayKeepContact(HonourLevel.DISTRICT, UnitLevel.DISTRICT)).isFalse();
    }

    @Test
    void districtStaffVisitOnceAYearGrassrootsStaffTwice() {
        LocalDate paired = LocalDate.of(2026, 3, 1);
        assertThat(ModelWorkerPolicy.nextVisitDue(HonourLevel.CITY, paired, null)).isEqualTo(paired.plusDays(365));
        assertThat(ModelWorkerPolicy.nextVisitDue(HonourLevel.DISTRICT, paired, null)).isEqualTo(paired.plusDays(182));
        assertThat(ModelWorkerPolicy.nextVisitDue(HonourLevel.DISTRICT, paired, LocalDate.of(2026, 6, 1))).isEqualTo(LocalDate.of(2026, 11, 30));
        // a visit before the pairing (by an earlier contact) does not count for the new one
        assertThat(ModelWorkerPolicy.nextVisitDue(HonourLevel.DISTRICT, paired, LocalDate.of(2025, 6, 1))).isEqualTo(paired.plusDays(182));
        assertThat(ModelWorkerPolicy.yearMet(HonourLevel.NATIONAL, 1)).isTrue();
        assertThat(ModelWorkerPolicy.yearMet(HonourLevel.NATIONAL, 0)).isFalse();
        assertThat(ModelWorkerPolicy.yearMet(HonourLevel.DISTRICT, 1)).isFalse();
        assertThat(ModelWorkerPolicy.yearMet(HonourLevel.DISTRICT, 2)).isTrue();
    }

    @Test
    void birthdaysAreFoundWithinTheLeadDays() {
        assertThat(ModelWorkerPolicy.birthMonthDay("52010219650428101X")).isEqualTo("04-28");
        LocalDate today = LocalDate.of(2027, 4, 25);
        assertThat(ModelWorkerPolicy.birthdayWithin("04-28", today, 7)).isEqualTo(LocalDate.of(2027, 4, 28));
        assertThat(ModelWorkerPolicy.birthdayWithin("05-02", today, 7)).isEqualTo(LocalDate.of(2027, 5, 2)); // the last day
        assertThat(ModelWorkerPolicy.birthdayWithin("05-03", today, 7)).isNull();
        assertThat(ModelWorkerPolicy.birthdayWithin("04-24", today, 7)).isNull(); // just passed
        assertThat(ModelWorkerPolicy.birthdayWithin("01-02", LocalDate.of(2026, 12, 30), 7)).isEqualTo(LocalDate.of(2027, 1, 2));
        assertThat(ModelWorkerPolicy.birthdayWithin("02-29", LocalDate.of(2027, 2, 25), 7)).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @org.junit.jupiter.api.Test
    void anAccountIsLinkedOnceAndOnlyInsideTheStaffMembersSubtree() {
        String nanming = "/gz/gy/nm/";
        assertThat(ModelWorkerPolicy.accountRefusal(false, nanming, List.of())).isNull(); // unknown to the platform yet
        assertThat(ModelWorkerPolicy.accountRefusal(false, nanming, List.of("/gz/gy/nm/", "/gz/gy/nm/sq/"))).isNull();
        assertThat(ModelWorkerPolicy.accountRefusal(false, nanming, List.of("/gz/gy/nm/sq/", "/gz/gy/yy/")))
                .isEqualTo("problem.model-worker.account-out-of-scope");
        assertThat(ModelWorkerPolicy.accountRefusal(false, nanming, List.of("/gz/gy/"))).isEqualTo("problem.model-worker.account-out-of-scope");
        assertThat(ModelWorkerPolicy.accountRefusal(true, nanming, List.of())).isEqualTo("problem.model-worker.account-taken");
    }
}
