package org.weiyuan.household;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.weiyuan.common.Question;

import java.util.UUID;

/** A "needs more information" question on a household file and the worker's answer (待补充材料). */
@Entity
@Table(name = "household_question")
public class InfoQuestion extends Question {

    @Id
    public UUID id;
    public UUID householdId;
    /** Set when staff asked for a specific document: the answer is an upload, not text. */
    @Enumerated(EnumType.STRING)
    public DocumentKind documentKind;
    public UUID answerDocumentId;
}
