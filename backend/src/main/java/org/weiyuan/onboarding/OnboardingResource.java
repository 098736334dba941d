package org.weiyuan.onboarding;

import org.jboss.resteasy.reactive.server.Cancellable;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseHeader;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestPath;
import org.weiyuan.onboarding.OnboardingViews.OnboardingRequest;
import org.weiyuan.onboarding.OnboardingViews.OnboardingView;
import org.weiyuan.security.CurrentActor;
import org.weiyuan.security.Roles;

import java.util.UUID;

/** HTTP edge of onboarding workers without a smartphone. Rules live in {@link OnboardingService}. */
@Cancellable(false)
@Path("/api/v1/households/{id}/onboarding")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "households", description = "困难职工家庭档案 Household files")
public class OnboardingResource {

    private final OnboardingService service;
    private final CurrentActor actor;

    public OnboardingResource(OnboardingService service, CurrentActor actor) {
        this.service = service;
        this.actor = actor;
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @ResponseStatus(201)
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    @APIResponseSchema(value = OnboardingView.class, responseCode = "201", responseDescription = "Created")
    @Operation(operationId = "onboardHouseholdWorker",
            summary = "为职工开通账号 Create the head's account (no smartphone): a one-time password, changed at first sign-in")
    public Uni<OnboardingView> onboard(@RestPath("id") UUID id, @Valid OnboardingRequest request) {
        return service.onboard(actor.get(), id, request);
    }
}
