package org.weiyuan.household;

import org.junit.jupiter.api.Test;
import org.weiyuan.household.DuplicateRules.Candidate;
import org.weiyuan.household.DuplicateRules.Facts;
import org.weiyuan.household.DuplicateRules.Person;
import org.weiyuan.household.DuplicateRules.Reason;

import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateRulesTest {

    /** Stands in for the keyed HMAC: what matters here is that equal inputs give equal keys. */
    static final UnaryOperator<String> H = s -> "h(" + s + ")";

    static final UUID A = UUID.randomUUID();
    static final UUID B = UUID.randomUUID();

    static Person person(String name, int year, String id) {
        return new Person(name, id == null ? null : H.apply(id), DuplicateRules.nameBirthKey(name, year, H));
    }

    @Test
    void theSamePersonByIdNumberInAnotherFileIsACandidateWhateverTheName() {
        Facts a = new Facts(A, null, null, List.of(person("王芳", 1978, "520102197803150021")));
        Facts b = new Facts(B, null, null, List.of(person("张三", 1980, "520102198001010011"), person("王 芳", 1977, "520102197803150021")));
        assertThat(DuplicateRules.candidates(a, List.of(b))).containsExactly(new Candidate(B, Reason.SAME_ID_NUMBER, "王芳"));
    }

    @Test
    void nameAndBirthYearPhoneAndAddressInTheSameDistrictAreCandidatesEachOnce() {
        String phone = DuplicateRules.phoneKey("+86 139 9055 2815", H);
        assertThat(phone).isEqualTo(DuplicateRules.phoneKey("13990552815", H));
        String address = DuplicateRules.addressKey("南明区", "花果园 1栋，2单元", H);
        assertThat(address).isEqualTo(DuplicateRules.addressKey("南明区", "花果园1栋2单元", H))
                .as("full-width and spaces folded").isEqualTo(DuplicateRules.addressKey("南明区", "花果园１栋 2单元", H))
                .isNotEqualTo(DuplicateRules.addressKey("云岩区", "花果园1栋2单元", H));
        Facts a = new Facts(A, phone, address, List.of(person("李梅", 1977, null), person("孙浩", 2006, null)));
        Facts b = new Facts(B, phone, address, List.of(person("李梅", 1977, null), person("孙浩", 2006, null)));
        assertThat(DuplicateRules.candidates(a, List.of(b))).containsExactly(
                new Candidate(B, Reason.SAME_NAME_AND_BIRTH, "李梅"),
                new Candidate(B, Reason.SAME_PHONE, null),
                new Candidate(B, Reason.SAME_ADDRESS, null));
    }

    @Test
    void differentPeopleNoPhoneNoAddressAndTheFileItselfAreNoCandidates() {
        Facts a = new Facts(A, null, null, List.of(person("李梅", 1977, "520102197701010020")));
        Facts b = new Facts(B, null, null, List.of(person("李梅", 1978, "520102197801010020")));
        assertThat(DuplicateRules.candidates(a, List.of(b, a))).isEmpty();
        assertThat(DuplicateRules.phoneKey(null, H)).isNull();
        assertThat(DuplicateRules.addressKey("南明区", " ， ", H)).isNull();
    }
}
