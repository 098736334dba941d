package org.weiyuan.onboarding;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.weiyuan.common.DomainException;
import org.weiyuan.household.Household;
import org.weiyuan.household.HouseholdService;
import org.weiyuan.household.HouseholdService.Access;
import org.weiyuan.onboarding.OnboardingViews.OnboardingRequest;
import org.weiyuan.onboarding.OnboardingViews.OnboardingView;
import org.weiyuan.security.Actor;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Onboarding a worker without a smartphone (帮无智能手机的职工开通账号): staff of the file's scope
 * create the head's account in Keycloak, link it to the file and hand over a one-time password.
 * From then on staff of the scope may also act on the worker's behalf (see {@code OnBehalfAugmentor}).
 */
@ApplicationScoped
public class OnboardingService {

    private static final Logger LOG = Logger.getLogger(OnboardingService.class);

    private final HouseholdService households;
    private final WorkerAccounts accounts;
    private final OnboardingConfig config;
    private final SecureRandom random = new SecureRandom();

    public OnboardingService(HouseholdService households, WorkerAccounts accounts, OnboardingConfig config) {
        this.households = households;
        this.accounts = accounts;
        this.config = config;
    }

    public Uni<OnboardingView> onboard(Actor actor, UUID householdId, OnboardingRequest request) {
        return households.accessible(actor, householdId).chain(a -> {
            if (a.access() != Access.STAFF) {
                throw DomainException.forbidden("problem.staff-only");
            }
            Household h = a.file().household();
            if (h.ownerSubject != null) {
                throw DomainException.conflict("problem.onboarding.has-owner");
            }
            String username = request == null || request.username() == null
                    ? OnboardingRules.generatedUsername(random) : request.username();
            String password = OnboardingRules.temporaryPassword(random);
            String[] name = OnboardingRules.splitName(h.headName);
            WorkerAccounts.NewAccount account = new WorkerAccounts.NewAccount(username, name[0], name[1],
                    OnboardingRules.placeholderEmail(username, config.emailDomain()), password);
            return offLoop(account).chain(subject -> households.linkOnboardedOwner(actor, householdId, subject)
                    .onFailure().invoke(e -> LOG.warnf("Keycloak account %s (%s) was created but not linked to file %s: %s",
                            username, subject, householdId, e.toString()))
                    .map(linked -> new OnboardingView(householdId, subject, username, password, true)));
        });
    }

    /** The admin API is blocking: a worker thread, then back on this request's Vert.x context. */
    private Uni<UUID> offLoop(WorkerAccounts.NewAccount account) {
        io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
        Uni<UUID> work = Uni.createFrom().item(() -> {
            try {
                return accounts.create(account);
            } catch (WorkerAccounts.UsernameTaken e) {
                throw DomainException.conflict("problem.onboarding.username-taken", account.username());
            }
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        return context == null ? work : work.emitOn(r -> context.runOnContext(v -> r.run()));
    }
}
