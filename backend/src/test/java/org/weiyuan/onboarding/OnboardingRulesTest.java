package org.weiyuan.onboarding;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OnboardingRulesTest {

    @Test
    void oneTimePasswordsAreLongMixedAndFreeOfLookAlikes() {
        Random random = new Random(42);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String p = OnboardingRules.temporaryPassword(random);
            assertThat(p).hasSize(OnboardingRules.PASSWORD_LENGTH).doesNotContainPattern("[0O1lI]")
                    .containsPattern("[a-z]").containsPattern("[A-Z]").containsPattern("[2-9]");
            seen.add(p);
        }
        assertThat(seen).hasSize(500);
    }

    @Test
    void generatedUsernamesMatchThePatternStaffCanAlsoType() {
        Random random = new Random(7);
        for (int i = 0; i < 100; i++) {
            assertThat(OnboardingRules.generatedUsername(random)).matches(OnboardingRules.USERNAME_PATTERN).matches("wy\\d{8}");
        }
        assertThat("li.qiang").matches(OnboardingRules.USERNAME_PATTERN);
        assertThat("Li.Qiang").doesNotMatch(OnboardingRules.USERNAME_PATTERN);
        assertThat("9lives").doesNotMatch(OnboardingRules.USERNAME_PATTERN);
    }

    @Test
    void theSurnameIsTheLastName() {
        assertThat(OnboardingRules.splitName("王芳")).containsExactly("芳", "王");
        assertThat(OnboardingRules.splitName(" 欧阳修 ")).containsExactly("阳修", "欧");
        assertThat(OnboardingRules.splitName("𠀋")).containsExactly("𠀋", "𠀋");
        assertThat(OnboardingRules.placeholderEmail("wy00000001", "no-email.weiyuan.invalid"))
                .isEqualTo("wy00000001@no-email.weiyuan.invalid");
    }
}
