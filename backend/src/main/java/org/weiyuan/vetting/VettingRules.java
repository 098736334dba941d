package org.weiyuan.vetting;

import org.weiyuan.common.DomainException;
import org.weiyuan.common.Question;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The rules of the "needs more information" loop (待补充) that households and wishes share: staff
 * ask, the owner answers question by question, and the last open question answered sends the file
 * back to the reviewers by itself (resubmission), without a separate "submit".
 */
public final class VettingRules {

    private VettingRules() { }

    /** The question of this file being answered ({@code id} reads a question's id); 404 when the file has no such question. */
    public static <Q extends Question> Q questionToAnswer(List<Q> questions, Function<Q, UUID> id, UUID questionId) {
        return questions.stream().filter(q -> id.apply(q).equals(questionId)).findFirst()
                .orElseThrow(() -> DomainException.notFound("question"));
    }

    /** Whether no question of the file is still open: the file goes back to its reviewers. */
    public static boolean resubmits(List<? extends Question> questions) {
        return questions.stream().noneMatch(Question::isOpen);
    }

    /**
     * A file that was asked for more and has every answer goes back to the reviewers as a
     * resubmission; a plain "submit" from it would be refused by its lifecycle.
     */
    public static <A extends Enum<A>> A submitAction(boolean awaitingAnswers, List<? extends Question> questions,
                                                     A submit, A answersComplete) {
        return awaitingAnswers && resubmits(questions) ? answersComplete : submit;
    }
}
