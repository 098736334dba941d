package org.weiyuan.onboarding;

import jakarta.validation.constraints.Pattern;

import java.util.UUID;

/** Request and answer of onboarding a worker without a smartphone. */
public final class OnboardingViews {

    private OnboardingViews() { }

    /** Optional username (staff may pick one the worker remembers); generated when absent. */
    public record OnboardingRequest(
            @Pattern(regexp = OnboardingRules.USERNAME_PATTERN, message = "{weiyuan.validation.username}") String username) { }

    /**
     * The account, once: the one-time password is shown in this answer only (never stored or logged);
     * the worker must change it at first sign-in.
     */
    public record OnboardingView(UUID householdId, UUID workerSubject, String username, String temporaryPassword,
                                 boolean passwordChangeRequired) { }
}
