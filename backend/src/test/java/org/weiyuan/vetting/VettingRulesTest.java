package org.weiyuan.vetting;

import org.junit.jupiter.api.Test;
import org.weiyuan.common.DomainException;
import org.weiyuan.common.Question;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VettingRulesTest {

    /** A question as a feature stores it: its own id next to the shared fields. */
    static final class Asked extends Question {
        final UUID id = UUID.randomUUID();

        Asked(String text) {
            question = text;
            askedBy = UUID.randomUUID();
            askedAt = Instant.parse("2026-11-30T02:00:00Z");
        }
    }

    enum Action { SUBMIT, ANSWERS_COMPLETE }

    static final Instant LATER = Instant.parse("2026-11-30T03:00:00Z");

    @Test
    void findsTheQuestionBeingAnsweredAmongTheFilesOwn() {
        Asked income = new Asked("收入证明?");
        Asked rent = new Asked("租房合同?");
        assertThat(VettingRules.questionToAnswer(List.of(income, rent), q -> q.id, rent.id)).isSameAs(rent);
    }

    @Test
    void aQuestionOfAnotherFileDoesNotExist() {
        Asked income = new Asked("收入证明?");
        assertThatThrownBy(() -> VettingRules.questionToAnswer(List.of(income), q -> q.id, UUID.randomUUID()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void onlyTheLastAnswerResubmits() {
        Asked income = new Asked("收入证明?");
        Asked rent = new Asked("租房合同?");
        List<Asked> questions = List.of(income, rent);
        assertThat(VettingRules.resubmits(questions)).isFalse();
        income.answer("已上传", UUID.randomUUID(), LATER);
        assertThat(VettingRules.resubmits(questions)).isFalse();
        rent.answer("无", UUID.randomUUID(), LATER);
        assertThat(VettingRules.resubmits(questions)).isTrue();
    }

    @Test
    void aFileNeverAskedHasNothingOpen() {
        assertThat(VettingRules.resubmits(List.<Asked>of())).isTrue();
    }

    @Test
    void submittingAnAnsweredFileIsAResubmission() {
        Asked income = new Asked("收入证明?");
        income.answer("已上传", UUID.randomUUID(), LATER);
        assertThat(VettingRules.submitAction(true, List.of(income), Action.SUBMIT, Action.ANSWERS_COMPLETE))
                .isEqualTo(Action.ANSWERS_COMPLETE);
    }

    @Test
    void submittingWithAnOpenQuestionOrNoneAskedIsAPlainSubmit() {
        Asked open = new Asked("收入证明?");
        assertThat(VettingRules.submitAction(true, List.of(open), Action.SUBMIT, Action.ANSWERS_COMPLETE)).isEqualTo(Action.SUBMIT);
        assertThat(VettingRules.submitAction(false, List.of(), Action.SUBMIT, Action.ANSWERS_COMPLETE)).isEqualTo(Action.SUBMIT);
    }

    @Test
    void aQuestionIsAnsweredOnce() {
        Asked income = new Asked("收入证明?");
        income.answer("已上传", UUID.randomUUID(), LATER);
        assertThatThrownBy(() -> income.answer("again", UUID.randomUUID(), LATER))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.status()).isEqualTo(409));
    }
}
