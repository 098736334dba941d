package org.weiyuan.household;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** 倒查: a re-check opened from an aid payment, naming the payment; answered by the re-check recorded after it. */
@Entity
@Table(name = "reverse_check")
public class ReverseCheck {

    /** Which kind of payment a reverse check starts from. */
    @Schema(name = "PaymentKind")
    public enum PaymentKind {
        /** 工会帮扶资金: a paid line of a union aid list. */
        UNION_AID,
        /** 微愿拨付: an approved disbursement of a wish. */
        WISH_DISBURSEMENT
    }

    @Id
    public UUID id;
    public UUID householdId;
    @Enumerated(EnumType.STRING)
    public PaymentKind paymentKind;
    public UUID paymentId;
    public long amountFen;
    public Instant paidAt;
    public String note;
    public UUID openedBy;
    public Instant openedAt;
    public UUID recheckId;
}
