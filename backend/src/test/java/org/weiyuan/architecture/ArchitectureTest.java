package org.weiyuan.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of docs/architecture.md, run against the compiled main classes. Each rule names
 * what it protects and fails on any violation: none is tolerated (the data-access rule ran frozen
 * while its 531 recorded violations were moved into repositories; the last went in session 7).
 */
class ArchitectureTest {

    /** Shared kernel: every feature may use it; it uses no feature. */
    static final String[] KERNEL = {"org.weiyuan.common..", "org.weiyuan.security..", "org.weiyuan.audit.."};

    static final String[] DATA_ACCESS = {
            "org.hibernate.reactive.mutiny..",
            "io.quarkus.hibernate.reactive.panache..",
            "io.vertx.mutiny.sqlclient..",
            "io.vertx.sqlclient..",
            "io.vertx.mutiny.pgclient..",
    };

    static final String[] FRAMEWORKS = {"io.quarkus..", "org.hibernate..", "io.vertx..", "jakarta..", "io.smallrye..",
            "org.eclipse.microprofile.."};

    static JavaClasses main;

    @BeforeAll
    static void importMain() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.weiyuan");
    }

    @Test
    void featurePackagesHaveNoCycles() {
        ArchRule rule = slices().matching("org.weiyuan.(*)..").namingSlices("feature $1").should().beFreeOfCycles()
                .because("a feature that needs another must ask it through a port or a method, never both ways");
        rule.check(main);
    }

    @Test
    void sharedKernelDependsOnNoFeature() {
        ArchRule rule = noClasses().that().resideInAnyPackage(KERNEL)
                .should().dependOnClassesThat(DescribedPredicate.describe("are in a feature package",
                        (JavaClass c) -> c.getPackageName().startsWith("org.weiyuan.")
                                && !c.getPackageName().startsWith("org.weiyuan.common")
                                && !c.getPackageName().startsWith("org.weiyuan.security")
                                && !c.getPackageName().startsWith("org.weiyuan.audit")))
                .because("common, security and audit are used by every feature and must stay below all of them");
        rule.check(main);
    }

    /** HTTP only: no session, no repository, no Pool, no query strings, no writes to entity fields. */
    @Test
    void resourcesUseServicesAndViewsOnly() {
        ArchRule rule = noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().resideInAnyPackage(DATA_ACCESS)
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repositories")
                .orShould(writeEntityFields())
                .because("a resource turns HTTP into one service call and the answer into a view");
        rule.check(main);
    }

    /**
     * The shared data-access infrastructure of org.weiyuan.common.db that repositories call or that must
     * hold the Pool itself, each with why; named one by one, so nothing else there (or anywhere) gets by.
     */
    static final Map<String, String> DATABASE_INFRASTRUCTURE = Map.of(
            "org.weiyuan.common.db.BatchClaim", "claims due rows FOR UPDATE SKIP LOCKED, written once for the repositories that call it",
            "org.weiyuan.common.db.PgSignals", "LISTEN needs a connection of its own, outside the pool and any session",
            "org.weiyuan.common.db.DatabaseProbe", "the outage probe and readiness must reach the database without a Hibernate session",
            "org.weiyuan.common.db.Notify", "a NOTIFY in a transaction of its own, straight on the Pool",
            "org.weiyuan.common.db.SimulatedLatency", "a benchmark's pg_sleep inside the caller's transaction, no query of any feature");

    /**
     * Only repositories (classes named *Repository/*Repositories and their nested classes, and the
     * {@link #DATABASE_INFRASTRUCTURE}) open sessions, run HQL/SQL or use the reactive Pool.
     */
    @Test
    void onlyRepositoriesTouchTheDatabase() {
        ArchRule rule = noClasses().that(areNotRepositories())
                .should().dependOnClassesThat(areDataAccessOtherThanTransactionBoundaries())
                .orShould(passQueryStrings())
                .because("the repository owns every query; services say what they need by intent");
        rule.check(main);
    }

    /** The exceptions name real classes of org.weiyuan.common.db (a renamed or moved one would silently lose its exception). */
    @Test
    void databaseInfrastructureIsInCommonDb() {
        for (String name : DATABASE_INFRASTRUCTURE.keySet()) {
            org.assertj.core.api.Assertions.assertThat(main.contain(name)).as(name).isTrue();
            org.assertj.core.api.Assertions.assertThat(main.get(name).getPackageName()).as(name).isEqualTo("org.weiyuan.common.db");
        }
    }

    /** Plain rule classes: the business rules, testable without a container. */
    @Test
    void ruleClassesImportNoFramework() {
        // the one exception: an enum of a rule may carry its OpenAPI schema name (an annotation, nothing at run time),
        // so that clients generated from the document see stable names (SmallRye numbers colliding ones)
        ArchRule rule = noClasses().that(areRuleClasses())
                .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(FRAMEWORKS)
                        .and(DescribedPredicate.not(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                                "org.eclipse.microprofile.openapi.annotations.."))))
                .because("rules are plain Java with plain unit tests");
        rule.check(main);
    }

    /** The scheduled methods that never reach the database, each with why; named one by one. */
    static final Map<String, String> SCHEDULED_WITHOUT_DATABASE = Map.of(
            "org.weiyuan.wish.ForYouService.decay", "halves in-memory impression counts",
            "org.weiyuan.wish.FeedCache.signalPledges", "skips while an outage lasts; a failed NOTIFY is a debug line and retried");

    /**
     * Every periodic job handles its failures through {@link org.weiyuan.common.DatabaseOutage#backgroundRound}
     * (or, blocking, {@code backgroundFailed}): an unreachable database is one line per outage, not a stack
     * trace per round (DatabaseOutageTest); nothing outside the shared kernel tells an outage from a bug itself.
     */
    @Test
    void scheduledJobsReportFailuresThroughTheDatabaseOutage() {
        ArchRule rule = classes().that(DescribedPredicate.describe("declare @Scheduled methods",
                        (JavaClass c) -> c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith("io.quarkus.scheduler.Scheduled"))))
                .should(new ArchCondition<>("hand every @Scheduled round's failure to DatabaseOutage") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        c.getMethods().stream().filter(m -> m.isAnnotatedWith("io.quarkus.scheduler.Scheduled"))
                                .filter(m -> !SCHEDULED_WITHOUT_DATABASE.containsKey(c.getName() + "." + m.getName()))
                                .filter(m -> m.getMethodCallsFromSelf().stream().noneMatch(call ->
                                        call.getTargetOwner().isEquivalentTo(org.weiyuan.common.DatabaseOutage.class)
                                                && Set.of("backgroundRound", "backgroundFailed").contains(call.getName())))
                                .forEach(m -> events.add(SimpleConditionEvent.violated(m, m.getFullName()
                                        + " does not call DatabaseOutage.backgroundRound/backgroundFailed")));
                    }
                });
        rule.check(main);
        ArchRule oneWay = noClasses().that().resideOutsideOfPackage("org.weiyuan.common")
                .should().callMethod(org.weiyuan.common.ConnectionFailures.class, "isDatabaseUnreachable", Throwable.class)
                .because("DatabaseOutage and the problem mappers are where an outage is told from a bug");
        oneWay.check(main);
        for (String method : SCHEDULED_WITHOUT_DATABASE.keySet()) {
            String owner = method.substring(0, method.lastIndexOf('.'));
            org.assertj.core.api.Assertions.assertThat(main.get(owner).getMethods())
                    .as(method).anyMatch(m -> m.getFullName().startsWith(method + "(") && m.isAnnotatedWith("io.quarkus.scheduler.Scheduled"));
        }
    }

    /**
     * Every resource lets a request run to its end when its client leaves (docs/architecture.md, "A client
     * that leaves"): Quarkus REST would otherwise cancel the returned {@code Uni} when the connection closes,
     * and Hibernate Reactive tears the session down under the statement still running (AbandonedRequestApiTest).
     */
    @Test
    void aClientLeavingCancelsNoRequest() {
        ArchRule rule = classes().that().areAnnotatedWith("jakarta.ws.rs.Path")
                .should(new ArchCondition<>("be @Cancellable(false), with no method @Cancellable(true)") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        if (!c.tryGetAnnotationOfType(org.jboss.resteasy.reactive.server.Cancellable.class).map(a -> !a.value()).orElse(false)) {
                            events.add(SimpleConditionEvent.violated(c, c.getName() + " is not annotated @Cancellable(false)"));
                        }
                        c.getMethods().stream()
                                .filter(m -> m.tryGetAnnotationOfType(org.jboss.resteasy.reactive.server.Cancellable.class)
                                        .map(org.jboss.resteasy.reactive.server.Cancellable::value).orElse(false))
                                .forEach(m -> events.add(SimpleConditionEvent.violated(m, m.getFullName() + " is @Cancellable(true)")));
                    }
                })
                .because("a write whose client left must commit or roll back whole, on its own thread, never be torn down mid-statement");
        rule.check(main);
    }

    // --- predicates and conditions ---

    static final Set<String> RULE_SUFFIXES = Set.of("Lifecycle", "Assessor", "Scorer", "Rules", "Policy", "Posting",
            "Chain", "Recommender", "Transitions", "Episodes", "QuietHours", "Masking", "IdNumbers", "BusinessTime");

    static DescribedPredicate<JavaClass> areRuleClasses() {
        return DescribedPredicate.describe("are plain rule classes (named *Lifecycle, *Assessor, *Scorer, *Rules, "
                + "*Policy, *Posting, *Chain, *Recommender, …, or in org.weiyuan.matching)", c -> {
                    JavaClass top = top(c);
                    return top.getPackageName().equals("org.weiyuan.matching")
                            || RULE_SUFFIXES.stream().anyMatch(top.getSimpleName()::endsWith);
                });
    }

    /**
     * The data-access packages, except the annotations that mark where a session or transaction
     * begins: a service owns its use case's transaction; only the queries belong to the repository.
     */
    static DescribedPredicate<JavaClass> areDataAccessOtherThanTransactionBoundaries() {
        Set<String> boundaries = Set.of("io.quarkus.hibernate.reactive.panache.common.WithSession",
                "io.quarkus.hibernate.reactive.panache.common.WithTransaction",
                "io.quarkus.hibernate.reactive.panache.common.WithSessionOnDemand");
        DescribedPredicate<JavaClass> dataAccess = JavaClass.Predicates.resideInAnyPackage(DATA_ACCESS);
        return DescribedPredicate.describe("reside in any package " + String.join(", ", DATA_ACCESS)
                + " (other than @WithSession/@WithTransaction)", c -> dataAccess.test(c) && !boundaries.contains(c.getName()));
    }

    static DescribedPredicate<JavaClass> areNotRepositories() {
        return DescribedPredicate.describe("are not repositories", c -> {
            JavaClass top = top(c);
            return !(top.getSimpleName().endsWith("Repository") || top.getSimpleName().endsWith("Repositories")
                    || DATABASE_INFRASTRUCTURE.containsKey(top.getName())
                    || c.isAssignableTo("io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase"));
        });
    }

    static JavaClass top(JavaClass c) {
        JavaClass t = c;
        while (t.getEnclosingClass().isPresent()) {
            t = t.getEnclosingClass().get();
        }
        return t;
    }

    /** A call that hands a query string to Hibernate, Panache or the Vert.x client. */
    static ArchCondition<JavaClass> passQueryStrings() {
        return new ArchCondition<>("pass HQL/SQL strings to Hibernate, Panache or Vert.x") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (JavaMethodCall call : c.getMethodCallsFromSelf()) {
                    JavaClass owner = call.getTargetOwner();
                    boolean dataApi = owner.isAssignableTo("io.quarkus.hibernate.reactive.panache.common.runtime.AbstractJpaOperations")
                            || owner.isAssignableTo("io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase")
                            || owner.isAssignableTo("io.quarkus.hibernate.reactive.panache.PanacheEntityBase")
                            || owner.getPackageName().startsWith("org.hibernate.reactive.mutiny")
                            || owner.getPackageName().startsWith("io.vertx.mutiny.sqlclient");
                    boolean takesString = call.getTarget().getRawParameterTypes().stream()
                            .anyMatch(t -> t.isEquivalentTo(String.class));
                    if (dataApi && takesString) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        };
    }

    /** A resource assigning a field of an @Entity (a state change behind the service's back). */
    static ArchCondition<JavaClass> writeEntityFields() {
        return new ArchCondition<>("write fields of entities") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (JavaFieldAccess a : c.getFieldAccessesFromSelf()) {
                    if (a.getAccessType() == JavaFieldAccess.AccessType.SET
                            && a.getTargetOwner().isAnnotatedWith("jakarta.persistence.Entity")) {
                        events.add(SimpleConditionEvent.violated(a, a.getDescription()));
                    }
                }
            }
        };
    }
}
