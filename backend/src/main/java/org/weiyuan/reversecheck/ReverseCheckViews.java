package org.weiyuan.reversecheck;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.weiyuan.household.ReverseCheck;

/** Request shape of a reverse check (倒查) from a payment. */
public final class ReverseCheckViews {

    private ReverseCheckViews() { }

    /** The payment to start from (a union-aid line's id, or a disbursement's) and why it is checked. */
    public record ReverseCheckRequest(@NotNull ReverseCheck.PaymentKind paymentKind, @NotNull java.util.UUID paymentId,
                                      @NotBlank @Size(max = 500) String note) { }
}
