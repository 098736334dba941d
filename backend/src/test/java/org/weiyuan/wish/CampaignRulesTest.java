package org.weiyuan.wish;

import org.junit.jupiter.api.Test;
import org.weiyuan.common.DomainException;
import org.weiyuan.funding.MatchingRules;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CampaignRulesTest {

    private static final String GUIYANG = "/root/guiyang/";
    private static final String NANMING_COMMUNITY = "/root/guiyang/nanming/community/";
    private static final String ZUNYI_FACTORY = "/root/zunyi/factory/";

    @Test
    void aPoolDrawsOnlyForTheKindsAndSubtreesItsCampaignTakes() {
        Set<WishKind> scholarships = EnumSet.of(WishKind.SCHOLARSHIP);
        assertThat(MatchingRules.draws(scholarships, List.of(GUIYANG), WishKind.SCHOLARSHIP, NANMING_COMMUNITY)).isTrue();
        assertThat(MatchingRules.draws(scholarships, List.of(GUIYANG), WishKind.GOODS, NANMING_COMMUNITY)).isFalse();
        assertThat(MatchingRules.draws(scholarships, List.of(GUIYANG), WishKind.SCHOLARSHIP, ZUNYI_FACTORY)).isFalse();
        assertThat(MatchingRules.draws(scholarships, List.of(GUIYANG, "/root/zunyi/"), WishKind.SCHOLARSHIP, ZUNYI_FACTORY)).isTrue();
        assertThat(MatchingRules.draws(scholarships, List.of(), WishKind.SCHOLARSHIP, NANMING_COMMUNITY)).isFalse();
        assertThat(MatchingRules.draws(scholarships, List.of(GUIYANG), WishKind.SCHOLARSHIP, null)).isFalse();
    }

    @Test
    void aSiblingWhosePathSharesAPrefixIsNotInTheSubtree() {
        // paths end in '/', so '/root/gui/' does not take '/root/guiyang/…'
        assertThat(CampaignRules.accepts(EnumSet.of(WishKind.CASH), List.of("/root/gui/"), WishKind.CASH, NANMING_COMMUNITY)).isFalse();
    }

    @Test
    void scholarshipsComeOnlyFromScholarshipCampaignsAndTheyTakeNothingElse() {
        CampaignRules.checkKinds(CampaignKind.SCHOLARSHIP, EnumSet.of(WishKind.SCHOLARSHIP));
        CampaignRules.checkKinds(CampaignKind.GENERAL, CampaignRules.defaultKinds(CampaignKind.GENERAL));
        assertThatThrownBy(() -> CampaignRules.checkKinds(CampaignKind.SCHOLARSHIP, EnumSet.of(WishKind.SCHOLARSHIP, WishKind.GOODS)))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> CampaignRules.checkKinds(CampaignKind.FESTIVAL, EnumSet.of(WishKind.SCHOLARSHIP)))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> CampaignRules.checkKinds(CampaignKind.GENERAL, EnumSet.noneOf(WishKind.class)))
                .isInstanceOf(DomainException.class);
        assertThat(CampaignRules.defaultKinds(CampaignKind.SCHOLARSHIP)).containsExactly(WishKind.SCHOLARSHIP);
    }

    @Test
    void theCampaignsAdmissionLevelsAreChecked() {
        Set<AdmissionLevel> harbin = EnumSet.of(AdmissionLevel.UNDERGRADUATE);
        CampaignRules.checkAdmissionLevel(harbin, AdmissionLevel.UNDERGRADUATE);
        CampaignRules.checkAdmissionLevel(EnumSet.noneOf(AdmissionLevel.class), null);
        assertThatThrownBy(() -> CampaignRules.checkAdmissionLevel(harbin, AdmissionLevel.JUNIOR_COLLEGE))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> CampaignRules.checkAdmissionLevel(harbin, null)).isInstanceOf(DomainException.class);
    }

    @Test
    void theStudentKeySurvivesAnEditButTellsChildrenApart() {
        UUID household = UUID.randomUUID();
        assertThat(CampaignRules.studentKey(household, "张小明", 2008)).isEqualTo(CampaignRules.studentKey(household, " 张小明 ", 2008));
        assertThat(CampaignRules.studentKey(household, "张小明", 2008)).isNotEqualTo(CampaignRules.studentKey(household, "张小红", 2008));
        assertThat(CampaignRules.studentKey(household, "张小明", 2008)).isNotEqualTo(CampaignRules.studentKey(UUID.randomUUID(), "张小明", 2008));
    }
}
