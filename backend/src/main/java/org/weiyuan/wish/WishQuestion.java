package org.weiyuan.wish;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A vetting question from staff and the worker's answer. */
@Entity
@Table(name = "wish_question")
public class WishQuestion {

    @Id
    public UUID id;
    @Column(name = "wish_id")
    public UUID wishId;
    @Column(name = "asked_by")
    public UUID askedBy;
    public String question;
    @Column(name = "asked_at")
    public Instant askedAt;
    public String answer;
    @Column(name = "answered_by")
    public UUID answeredBy;
    @Column(name = "answered_at")
    public Instant answeredAt;

    public boolean isOpen() {
        return answeredAt == null;
    }
}
