package org.weiyuan.vetting;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.audit.AuditLog;
import org.weiyuan.common.BusinessTime;
import org.weiyuan.common.Question;
import org.weiyuan.notify.NotificationKind;
import org.weiyuan.notify.Notifier;
import org.weiyuan.security.Actor;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The vetting workflow (审核) that household files and wishes share, written once: every move is
 * a lifecycle transition audited in the caller's transaction; staff ask for more (待补充) and the
 * owner is told; the owner answers, and the last answer resubmits the file to its reviewers.
 * Each feature keeps its own access checks, entities and notifications' wording.
 */
@ApplicationScoped
public class VettingWorkflow {

    private final BusinessTime time;
    private final AuditLog audit;
    private final Notifier notifier;

    VettingWorkflow(BusinessTime time, AuditLog audit, Notifier notifier) {
        this.time = time;
        this.audit = audit;
        this.notifier = notifier;
    }

    /** Moves the aggregate by {@code action} and audits it, with its state before this action. */
    public <A extends Enum<A>> Uni<Void> transition(Actor actor, Vetted<A> subject, VettingSteps<A> steps, A action,
                                                    String auditAction, String detail) {
        return transition(actor, subject, steps, action, auditAction, detail, subject.snapshot());
    }

    /** Moves the aggregate by {@code action} and audits it; {@code before} is its state before any edit of this use case. */
    public <A extends Enum<A>> Uni<Void> transition(Actor actor, Vetted<A> subject, VettingSteps<A> steps, A action,
                                                    String auditAction, String detail, Map<String, Object> before) {
        subject.advance(action, time.now());
        return audit.record(actor, auditAction, steps.entityType(), subject.id(), before, subject.snapshot(), detail)
                .chain(() -> subject.afterMove(actor));
    }

    /**
     * Staff ask for more (待补充): the file moves to "needs information", {@code save} stores the
     * question (filled in here: who asked, what, when) and {@code owner} is told, with the question.
     */
    public <A extends Enum<A>> Uni<Void> ask(Actor actor, Vetted<A> subject, VettingSteps<A> steps, Question q,
                                             String question, Supplier<Uni<?>> save, UUID owner, String link) {
        q.askedBy = actor.subject();
        q.question = question.trim();
        q.askedAt = time.now();
        return transition(actor, subject, steps, steps.ask(), steps.askedAudit(), q.question)
                .call(() -> save.get())
                .call(() -> notifier.notify(owner, steps.needsInfo(), link, q.question));
    }

    /**
     * The owner answers one question. {@code prepare} runs the feature's own checks on the question
     * and returns the text to record. When it was the last open one, the file is resubmitted and
     * {@code tellReviewers} runs; the answer says whether that happened.
     */
    public <A extends Enum<A>, Q extends Question> Uni<Boolean> answer(Actor actor, Vetted<A> subject, VettingSteps<A> steps,
                                                                      List<Q> questions, Function<Q, UUID> idOf, UUID questionId,
                                                                      Function<Q, String> prepare, Supplier<Uni<Void>> tellReviewers) {
        subject.require(steps.answer());
        Q q = VettingRules.questionToAnswer(questions, idOf, questionId);
        q.answer(prepare.apply(q), actor.subject(), time.now());
        Uni<Void> recorded = audit.record(actor, steps.answeredAudit(), steps.entityType(), subject.id(), null,
                Map.of("questionId", idOf.apply(q)), null);
        if (!VettingRules.resubmits(questions)) {
            return recorded.replaceWith(false);
        }
        return recorded.chain(() -> transition(actor, subject, steps, steps.answersComplete(), steps.resubmittedAudit(), null))
                .chain(() -> tellReviewers.get())
                .replaceWith(true);
    }

    /** The owner hears of a decision on their file (published, approved, rejected …). */
    public Uni<Void> tellOwner(UUID owner, NotificationKind kind, String link, Object... args) {
        return notifier.notify(owner, kind, link, args);
    }

    /** The file entered its reviewers' queue: the staff of its unit hear of it, except whoever sent it there. */
    public Uni<Void> tellReviewers(Actor actor, UUID unitId, NotificationKind kind, String link, Object... args) {
        return notifier.notifyStaff(unitId, actor.subject(), kind, link, args);
    }
}
