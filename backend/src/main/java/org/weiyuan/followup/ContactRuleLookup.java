package org.weiyuan.followup;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.weiyuan.followup.FollowupViews.RuleView;

import java.util.UUID;

/** The contact rule in force at a unit: its own, else the nearest ancestor's, else the configured 3 × "1·2". */
@ApplicationScoped
public class ContactRuleLookup {

    private final FollowupRepository repository;
    private final FollowupConfig config;

    public ContactRuleLookup(FollowupRepository repository, FollowupConfig config) {
        this.repository = repository;
        this.config = config;
    }

    public Uni<RuleView> at(UUID unitId, String path) {
        return repository.ruleFor(path).map(r -> r == null
                ? new RuleView(unitId, null, config.defaultMinHouseholds(), config.defaultContactsPerQuarter(), config.defaultVisitsPerYear())
                : new RuleView(unitId, r.unitId, r.minHouseholds, r.contactsPerQuarter, r.visitsPerYear));
    }

    static ContactCompliance.Rule rule(RuleView v) {
        return new ContactCompliance.Rule(v.minHouseholds(), v.contactsPerQuarter(), v.visitsPerYear());
    }
}
