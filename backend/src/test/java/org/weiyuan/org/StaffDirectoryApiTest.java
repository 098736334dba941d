package org.weiyuan.org;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/** 工作人员名录: names of colleagues in the caller's unit, below it or above it; sibling and other cities' staff left out. */
@QuarkusTest
class StaffDirectoryApiTest {

    private static String query(UUID... subjects) {
        return "/api/v1/staff-directory?" + Stream.of(subjects).map(s -> "subject=" + s).collect(Collectors.joining("&"));
    }

    @Test
    void aDistrictSeesItsOwnUnitAndTheCityAboveNeverASibling() {
        List<String> names = Api.staff(Demo.LIU_NANMING)
                .get(query(Demo.ZHOU_NANMING, Demo.CHEN_GUIYANG, Demo.SUN_YUNYAN, Demo.HE_ZUNYI, UUID.randomUUID()))
                .then().statusCode(200).extract().path("displayName");
        // the demo's display names carry their unit: 周华（南明区总工会）
        assertThat(names).map(n -> n.replaceFirst("（.*", "")).containsExactlyInAnyOrder("周华", "陈静");
        Api.staff(Demo.LIU_NANMING).get(query(Demo.ZHOU_NANMING)).then().statusCode(200)
                .body("[0].subject", is(Demo.ZHOU_NANMING.toString())).body("[0].unitId", is(Demo.NANMING.toString()))
                .body("[0].unitName", is("南明区总工会"));
    }

    @Test
    void aCitySeesItsDistrictsButNotAnotherCity() {
        List<String> subjects = Api.staff(Demo.CHEN_GUIYANG).get(query(Demo.LIU_NANMING, Demo.SUN_YUNYAN, Demo.HE_ZUNYI))
                .then().statusCode(200).extract().path("subject");
        assertThat(subjects).containsExactlyInAnyOrder(Demo.LIU_NANMING.toString(), Demo.SUN_YUNYAN.toString());
    }

    @Test
    void nothingAskedIsNothingAnsweredAndTooManyIsRefused() {
        Api.staff(Demo.LIU_NANMING).get("/api/v1/staff-directory").then().statusCode(200).body("size()", is(0));
        UUID[] many = Stream.generate(UUID::randomUUID).limit(StaffDirectoryService.MAX_SUBJECTS + 1).toArray(UUID[]::new);
        Api.staff(Demo.LIU_NANMING).get(query(many)).then().statusCode(400).contentType("application/problem+json");
        Api.staff(Demo.LIU_NANMING).get("/api/v1/staff-directory?subject=not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
