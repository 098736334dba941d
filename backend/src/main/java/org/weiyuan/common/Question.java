package org.weiyuan.common;

import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.util.UUID;

/**
 * A staff question and its answer ("needs more information", 待补充), as household files and
 * wishes both have them.
 */
@MappedSuperclass
public abstract class Question {

    public UUID askedBy;
    public String question;
    public Instant askedAt;
    public String answer;
    public UUID answeredBy;
    public Instant answeredAt;

    public boolean isOpen() {
        return answeredAt == null;
    }

    /** Records the answer; 409 when it was answered already. */
    public void answer(String text, UUID by, Instant at) {
        if (!isOpen()) {
            throw DomainException.conflict("problem.household.question-answered");
        }
        answer = text.trim();
        answeredBy = by;
        answeredAt = at;
    }
}
