package org.weiyuan.wish;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.weiyuan.common.Question;

import java.util.UUID;

/** A vetting question on a wish and the worker's answer. */
@Entity
@Table(name = "wish_question")
public class WishQuestion extends Question {

    @Id
    public UUID id;
    public UUID wishId;
}
