package org.weiyuan.mutualaid;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.weiyuan.common.Cursor;
import org.weiyuan.common.db.Subtree;
import org.weiyuan.funding.Accounts;
import org.weiyuan.mutualaid.MutualAidEntities.Claim;
import org.weiyuan.mutualaid.MutualAidEntities.ClaimStatus;
import org.weiyuan.mutualaid.MutualAidEntities.Contribution;
import org.weiyuan.mutualaid.MutualAidEntities.Document;
import org.weiyuan.mutualaid.MutualAidEntities.DocumentKind;
import org.weiyuan.mutualaid.MutualAidEntities.Flag;
import org.weiyuan.mutualaid.MutualAidEntities.FlagKind;
import org.weiyuan.mutualaid.MutualAidEntities.Member;
import org.weiyuan.mutualaid.MutualAidEntities.PayerKind;
import org.weiyuan.mutualaid.MutualAidEntities.Payment;
import org.weiyuan.mutualaid.MutualAidEntities.PaymentShare;
import org.weiyuan.mutualaid.MutualAidEntities.PaymentStatus;
import org.weiyuan.mutualaid.PlanRules.Payer;
import org.weiyuan.mutualaid.MutualAidEntities.Plan;
import org.weiyuan.mutualaid.MutualAidViews.DocumentView;
import org.weiyuan.mutualaid.PlanRules.MemberTier;
import org.weiyuan.mutualaid.MutualAidViews.PlanFigures;
import org.weiyuan.mutualaid.MutualAidViews.UnitFigures;

import java.util.HashSet;
import java.util.List;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Every query of mutual aid: plans, members, contributions, claims, the fund's balance and figures. */
@ApplicationScoped
public class MutualAidRepository {

    @ApplicationScoped
    public static class Plans implements PanacheRepositoryBase<Plan, UUID> { }

    @ApplicationScoped
    public static class Members implements PanacheRepositoryBase<Member, UUID> { }

    @ApplicationScoped
    public static class Contributions implements PanacheRepositoryBase<Contribution, UUID> { }

    @ApplicationScoped
    public static class Claims implements PanacheRepositoryBase<Claim, UUID> { }

    @ApplicationScoped
    public static class Documents implements PanacheRepositoryBase<Document, UUID> { }

    @ApplicationScoped
    public static class Flags implements PanacheRepositoryBase<Flag, UUID> { }

    @ApplicationScoped
    public static class Payments implements PanacheRepositoryBase<Payment, UUID> { }

    private final Plans plans;
    private final Members members;
    private final Contributions contributions;
    private final Claims claims;
    private final Documents documents;
    private final Flags flags;
    private final Payments payments;

    public MutualAidRepository(Plans plans, Members members, Contributions contributions, Claims claims, Documents documents, Flags flags,
                               Payments payments) {
        this.payments = payments;
        this.plans = plans;
        this.members = members;
        this.contributions = contributions;
        this.claims = claims;
        this.documents = documents;
        this.flags = flags;
    }

    public Uni<Plan> plan(UUID id) {
        return plans.findById(id);
    }

    /** The plan row locked for update: payouts of one plan run one at a time, so caps and the fund hold under concurrency. */
    public Uni<Plan> lockPlan(UUID id) {
        return plans.findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<Boolean> planNameTaken(UUID unitId, int year, String name) {
        return plans.count("unitId = ?1 and planYear = ?2 and name = ?3", unitId, year, name).map(n -> n > 0);
    }

    /** Plans of units in the subtree at {@code path}, optionally of one plan year. */
    public Uni<List<Plan>> plansUnder(String path, Integer year) {
        return year == null
                ? plans.list(Subtree.hql("unitId") + " order by planYear desc, name, id", Map.of(Subtree.PARAM, Subtree.pattern(path)))
                : plans.list(Subtree.hql("unitId") + " and planYear = :year order by name, id",
                        Map.of(Subtree.PARAM, Subtree.pattern(path), "year", year));
    }

    /** The member tiers a plan's members are enrolled in. */
    public Uni<Set<MemberTier>> memberTiers(UUID planId) {
        return members.find("select distinct m.tier from MutualAidMember m where m.planId = ?1", planId)
                .project(MemberTier.class).list().map(HashSet::new);
    }

    /**
     * 续保: every member of one plan enrolled in the next, in one statement (a city's plan holds
     * hundreds of thousands). Coverage continues from the first enrolment, so no second waiting period.
     */
    public Uni<Integer> carryMembers(UUID fromPlan, UUID toPlan, UUID staff, java.time.Instant at) {
        // the new plan row must reach the database before the native insert refers to it
        return Panache.getSession().chain(s -> s.flush().chain(() -> s.createNativeQuery("""
                        insert into mutual_aid_member (id, plan_id, worker_subject, name_enc, id_number_enc, id_number_bidx, tier,
                                                       coverage_from, enrolled_by, created_at)
                        select gen_random_uuid(), :to, m.worker_subject, m.name_enc, m.id_number_enc, m.id_number_bidx, m.tier,
                               m.coverage_from, :staff, :at
                        from mutual_aid_member m where m.plan_id = :from""")
                .setParameter("to", toPlan).setParameter("staff", staff).setParameter("at", at).setParameter("from", fromPlan)
                .executeUpdate()));
    }

    public Uni<Plan> persist(Plan p) {
        return plans.persist(p);
    }

    public Uni<Member> member(UUID id) {
        return members.findById(id);
    }

    public Uni<Member> memberByWorker(UUID planId, UUID worker) {
        return members.find("planId = ?1 and workerSubject = ?2", planId, worker).firstResult();
    }

    public Uni<Member> memberByIdIndex(UUID planId, String bidx) {
        return members.find("planId = ?1 and idNumberBidx = ?2", planId, bidx).firstResult();
    }

    /** Those of these blind indexes that are members of the plan already, by blind index (an import batch skips them). */
    public Uni<Map<String, UUID>> memberIndexes(UUID planId, java.util.Collection<String> bidxs) {
        return bidxs.isEmpty() ? Uni.createFrom().item(new java.util.HashMap<>())
                : pairs("select m.idNumberBidx, m.id from MutualAidMember m where m.planId = :p and m.idNumberBidx in :keys", planId, bidxs);
    }

    /** Those of these worker accounts that are members of the plan already, by account. */
    public Uni<Map<UUID, UUID>> memberWorkers(UUID planId, java.util.Collection<UUID> workers) {
        return workers.isEmpty() ? Uni.createFrom().item(new java.util.HashMap<>())
                : pairs("select m.workerSubject, m.id from MutualAidMember m where m.planId = :p and m.workerSubject in :keys", planId, workers);
    }

    @SuppressWarnings("unchecked")
    private <K> Uni<Map<K, UUID>> pairs(String hql, UUID planId, java.util.Collection<?> keys) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(hql, Object[].class).setParameter("p", planId)
                        .setParameter("keys", keys).getResultList())
                .map(rows -> {
                    Map<K, UUID> out = new java.util.HashMap<>();
                    rows.forEach(r -> out.put((K) r[0], (UUID) r[1]));
                    return out;
                });
    }

    /** The optional plans these members opted into, as member id → codes (自选计划). */
    public Uni<Map<UUID, Set<String>>> optionsAmong(java.util.Collection<UUID> memberIds) {
        if (memberIds.isEmpty()) {
            return Uni.createFrom().item(new java.util.HashMap<>());
        }
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "select o.memberId, o.optionCode from MutualAidMemberOption o where o.memberId in :ids", Object[].class)
                .setParameter("ids", memberIds).getResultList())
                .map(rows -> {
                    Map<UUID, Set<String>> out = new java.util.HashMap<>();
                    rows.forEach(r -> out.computeIfAbsent((UUID) r[0], k -> new java.util.TreeSet<>()).add((String) r[1]));
                    return out;
                });
    }

    /** Withdraws the member's opt-in while its fee is not recorded yet; answers whether one was withdrawn. */
    public Uni<Boolean> withdrawUnpaidOption(UUID memberId, String code) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "delete from mutual_aid_member_option where member_id = :m and option_code = :c and contribution_id is null")
                .setParameter("m", memberId).setParameter("c", code).executeUpdate()).map(n -> n > 0);
    }

    /** Opt-ins of these members whose fee is not recorded yet (carried over by a renewal). */
    public Uni<List<MutualAidEntities.MemberOption>> unpaidOptions(List<UUID> memberIds) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "from MutualAidMemberOption o where o.memberId in :ids and o.contributionId is null order by o.memberId, o.optionCode",
                        MutualAidEntities.MemberOption.class)
                .setParameter("ids", memberIds).getResultList());
    }

    /**
     * 续保: the members' choice of an optional plan carried into the renewed plan (same person, new
     * member row), keeping the day they opted in (no new waiting period); its fee for the new year is
     * due ({@code contribution_id} null until it is recorded). Runs after {@link #carryMembers}.
     */
    public Uni<Integer> carryOption(UUID fromPlan, UUID toPlan, String code, long feeFen, UUID staff, java.time.Instant at) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        insert into mutual_aid_member_option (member_id, option_code, plan_id, opted_on, fee_fen, contribution_id,
                                                              recorded_by, recorded_at)
                        select n.id, o.option_code, :to, o.opted_on, :fee, null, :staff, :at
                        from mutual_aid_member_option o
                        join mutual_aid_member m on m.id = o.member_id
                        join mutual_aid_member n on n.plan_id = :to
                             and (n.worker_subject = m.worker_subject or n.id_number_bidx = m.id_number_bidx)
                        where o.plan_id = :from and o.option_code = :code""")
                .setParameter("to", toPlan).setParameter("fee", feeFen).setParameter("staff", staff).setParameter("at", at)
                .setParameter("from", fromPlan).setParameter("code", code)
                .executeUpdate());
    }

    public Uni<List<Member>> members(UUID planId, int limit) {
        return members.find("planId = ?1 order by createdAt, id", planId).range(0, limit - 1).list();
    }

    public Uni<List<Member>> membershipsOf(UUID worker) {
        return members.list("workerSubject = ?1 order by createdAt desc", worker);
    }

    public Uni<Member> persist(Member m) {
        return members.persist(m);
    }

    /** Rows per insert batch: an import of 100,000 members goes to the database in batches, not one round trip per row. */
    static final int INSERT_BATCH = 500;

    /** Inserts the rows in batches of {@link #INSERT_BATCH} (one prepared statement executed per batch), then restores the session's setting. */
    public Uni<Void> persistAll(List<?> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(s -> {
            Integer before = s.getBatchSize(); // null: the factory's setting, which is no batching (as a size of 1)
            s.setBatchSize(INSERT_BATCH);
            return s.persistAll(rows.toArray()).chain(s::flush).eventually(() -> s.setBatchSize(before == null ? 1 : before));
        });
    }

    public Uni<Long> contributedFen(UUID memberId) {
        return contributions.find("select coalesce(sum(c.amountFen), 0) from MutualAidContribution c where c.memberId = ?1", memberId)
                .project(Long.class).singleResult();
    }

    public Uni<List<Member>> membersOf(UUID planId, List<UUID> ids) {
        return members.list("planId = ?1 and id in ?2", planId, ids);
    }

    /** The tier shares (by payer) already recorded for each of these members; a member with none is absent. */
    public Uni<Map<UUID, Set<Payer>>> recordedShares(List<UUID> memberIds) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "select c.memberId, c.payer from MutualAidContribution c where c.memberId in :ids and c.optionCode is null", Object[].class)
                .setParameter("ids", memberIds).getResultList())
                .map(rows -> {
                    Map<UUID, Set<Payer>> out = new java.util.HashMap<>();
                    rows.forEach(r -> out.computeIfAbsent((UUID) r[0], k -> java.util.EnumSet.noneOf(Payer.class)).add((Payer) r[1]));
                    return out;
                });
    }

    public Uni<Payment> paymentByReference(String reference) {
        return payments.find("reference", reference).firstResult();
    }

    /** The payment row locked for update: two notifications of one payment are posted one after the other, the second finding it paid. */
    public Uni<Payment> paymentByReferenceForUpdate(String reference) {
        return payments.find("reference", reference).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** The member's own payment still pending, started by them since {@code since}, or null (starting again gives the same checkout). */
    public Uni<Payment> pendingMemberPayment(UUID memberId, UUID startedBy, java.time.Instant since) {
        return payments.find("""
                        from MutualAidPayment p where p.payerKind = ?1 and p.status = ?2 and p.startedBy = ?3
                        and exists (select 1 from MutualAidPaymentShare s where s.paymentId = p.id and s.memberId = ?4)
                        and p.createdAt >= ?5
                        order by p.createdAt desc""", PayerKind.MEMBER, PaymentStatus.PENDING, startedBy, memberId, since).firstResult();
    }

    public Uni<Payment> payment(UUID id) {
        return payments.findById(id);
    }

    /**
     * Expires up to {@code batch} payments still pending that were started before {@code cutoff}; rows a
     * confirmation holds (it locks the payment) are skipped and looked at again on the next run, so a payment
     * is either paid or expired, never both. Answers the expired payments' ids.
     */
    public Uni<List<UUID>> expirePending(java.time.Instant cutoff, java.time.Instant now, int batch) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        update mutual_aid_payment set status = 'EXPIRED', expired_at = :now
                        where id in (select id from mutual_aid_payment where status = 'PENDING' and created_at < :cutoff
                                     order by created_at limit :batch for update skip locked)
                        and status = 'PENDING'
                        returning cast(id as varchar)""", String.class)
                .setParameter("now", now).setParameter("cutoff", cutoff).setParameter("batch", batch).getResultList())
                .map(ids -> ids.stream().map(UUID::fromString).toList());
    }

    public Uni<List<PaymentShare>> sharesOf(UUID paymentId) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "from MutualAidPaymentShare s where s.paymentId = :p order by s.memberId, s.payer", PaymentShare.class)
                .setParameter("p", paymentId).getResultList());
    }

    /** The optional benefits the member opted into, with the day (自选计划). */
    public Uni<Map<String, LocalDate>> optionsOf(UUID memberId) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "select o.optionCode, o.optedOn from MutualAidMemberOption o where o.memberId = :m", Object[].class)
                .setParameter("m", memberId).getResultList())
                .map(rows -> {
                    Map<String, LocalDate> out = new java.util.HashMap<>();
                    rows.forEach(r -> out.put((String) r[0], (LocalDate) r[1]));
                    return out;
                });
    }

    public Uni<Claim> claim(UUID id) {
        return claims.findById(id);
    }

    public Uni<Claim> lockClaim(UUID id) {
        return claims.findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Other claims, in any plan, with this invoice number. */
    public Uni<List<UUID>> claimsWithInvoice(String invoiceNo, UUID except) {
        return claims.find("select k.id from MutualAidClaim k where k.invoiceNo = ?1 and k.id <> ?2 order by k.createdAt, k.id", invoiceNo, except)
                .project(UUID.class).list();
    }

    /** A claim's documents as listed, without their bytes. */
    public Uni<List<DocumentView>> documentsOf(UUID claimId) {
        return Panache.getSession().chain(s -> s.createSelectionQuery("""
                        select d.id, d.kind, d.contentType, d.sizeBytes, d.createdAt from MutualAidDocument d
                        where d.claimId = :claim order by d.createdAt, d.id""", Object[].class)
                .setParameter("claim", claimId).getResultList()
                .map(rows -> rows.stream().map(r -> new DocumentView((UUID) r[0], (DocumentKind) r[1], (String) r[2],
                        (Integer) r[3], (java.time.Instant) r[4])).toList()));
    }

    public Uni<Long> countDocuments(UUID claimId) {
        return documents.count("claimId = ?1", claimId);
    }

    public Uni<Document> document(UUID id) {
        return documents.findById(id);
    }

    /** Claims other than {@code except} holding a document with this (keyed) content hash. */
    public Uni<List<UUID>> claimsWithDocumentHash(String hash, UUID except) {
        return documents.find("select distinct d.claimId from MutualAidDocument d where d.contentHash = ?1 and d.claimId <> ?2", hash, except)
                .project(UUID.class).list();
    }

    public Uni<Document> persist(Document d) {
        return documents.persist(d);
    }

    public Uni<List<Flag>> flagsOf(UUID claimId) {
        return flags.list("claimId = ?1 order by createdAt, id", claimId);
    }

    /** Adds the flag unless the claim already carries it for that other claim (the unique key). */
    public Uni<Void> flag(UUID claimId, FlagKind kind, UUID other, UUID documentId, java.time.Instant at) {
        // the claim and document rows must reach the database before the native insert refers to them
        return Panache.getSession().chain(s -> s.flush().chain(() -> s.createNativeQuery("""
                        insert into mutual_aid_claim_flag (id, claim_id, kind, other_claim_id, document_id, created_at)
                        values (:id, :claim, :kind, :other, :doc, :at) on conflict (claim_id, kind, other_claim_id) do nothing""")
                .setParameter("id", UUID.randomUUID()).setParameter("claim", claimId).setParameter("kind", kind.name())
                .setParameter("other", other).setParameter("doc", documentId).setParameter("at", at)
                .executeUpdate())).replaceWithVoid();
    }

    /**
     * Another claim of the same kind, already paid, for the same invoice: the same invoice number or
     * an invoice document with the same content. Paying it again is refused.
     */
    public Uni<UUID> paidDuplicate(Claim c) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        select cast(k.id as varchar) from mutual_aid_claim k
                        where k.id <> :id and k.status = 'PAID' and k.kind = :kind
                          and (k.invoice_no = :invoice or exists (
                                select 1 from mutual_aid_document d join mutual_aid_document e on e.content_hash = d.content_hash
                                where d.claim_id = :id and d.kind = 'INVOICE' and e.claim_id = k.id and e.kind = 'INVOICE'))
                        order by k.created_at limit 1""", String.class)
                .setParameter("id", c.id).setParameter("kind", c.kind.name()).setParameter("invoice", c.invoiceNo)
                .getResultList().map(r -> r.isEmpty() ? null : UUID.fromString(r.get(0))));
    }

    /** A claims-list row as read: the claim, its member's encrypted name, its plan's name, year and unit. */
    public record ClaimRow(Claim claim, String memberNameEnc, String planName, int planYear, UUID unitId) { }

    /**
     * Claims of the plans of units in the subtree at {@code path}, oldest first, after the keyset
     * position {@code after}; {@code limit + 1} rows so the caller knows whether a next page exists.
     */
    public Uni<List<ClaimRow>> claimsUnder(String path, ClaimStatus status, Cursor after, int limit) {
        StringBuilder q = new StringBuilder("""
                select k, m.nameEnc, p.name, p.planYear, p.unitId from MutualAidClaim k, MutualAidMember m, MutualAidPlan p
                where m.id = k.memberId and p.id = k.planId
                  and %s""".formatted(Subtree.hql("p.unitId")));
        if (status != null) {
            q.append(" and k.status = :status");
        }
        if (after != null) {
            q.append(" and (k.createdAt > :at or (k.createdAt = :at and k.id > :id))");
        }
        q.append(" order by k.createdAt, k.id");
        return Panache.getSession().chain(s -> {
            var query = s.createSelectionQuery(q.toString(), Object[].class).setParameter(Subtree.PARAM, Subtree.pattern(path));
            if (status != null) {
                query.setParameter("status", status);
            }
            if (after != null) {
                query.setParameter("at", after.createdAt()).setParameter("id", after.id());
            }
            return query.setMaxResults(limit + 1).getResultList();
        }).map(rows -> rows.stream().map(r -> new ClaimRow((Claim) r[0], (String) r[1], (String) r[2], (Integer) r[3], (UUID) r[4])).toList());
    }

    /** Which of these claims carry a duplicate flag. */
    public Uni<Set<UUID>> flaggedAmong(List<UUID> claimIds) {
        if (claimIds.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return flags.find("select distinct f.claimId from MutualAidClaimFlag f where f.claimId in ?1", claimIds)
                .project(UUID.class).list().map(HashSet::new);
    }

    public Uni<List<Claim>> claimsOf(UUID memberId) {
        return claims.list("memberId = ?1 order by createdAt desc, id", memberId);
    }

    public Uni<Claim> persist(Claim c) {
        return claims.persist(c);
    }

    /** What the member was paid this plan year, by kind (paid claims only), and the illnesses already paid a lump sum. */
    public Uni<BenefitCalculator.History> history(UUID memberId, UUID planId) {
        return claims.find("memberId = ?1 and status = ?2", memberId, ClaimStatus.PAID).list()
                .chain(paid -> fundBalance(planId).map(balance -> {
                    long inpatient = 0;
                    long pharmacy = 0;
                    Set<String> illnesses = new HashSet<>();
                    Set<String> options = new HashSet<>();
                    for (Claim c : paid) {
                        switch (c.kind) {
                            case INPATIENT -> inpatient += c.paidFen;
                            case PHARMACY -> pharmacy += c.paidFen;
                            case CRITICAL_ILLNESS -> illnesses.add(c.illness);
                            case OPTIONAL -> options.add(c.optionCode);
                        }
                    }
                    return new BenefitCalculator.History(inpatient, pharmacy, Set.copyOf(illnesses), balance, Set.copyOf(options));
                }));
    }

    /** The plan fund's balance from the ledger itself (credits less debits on the fund account). */
    public Uni<Long> fundBalance(UUID planId) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        select cast(coalesce(sum(l.credit_fen - l.debit_fen), 0) as bigint)
                        from ledger_account a join journal_line l on l.account_id = a.id where a.code = :code""", Long.class)
                .setParameter("code", Accounts.mutualAidFund(planId).code()).getSingleResult());
    }

    /**
     * Figures per plan of the subtree at {@code path}, in one SQL statement: members, contributions,
     * paid claims and the fund's ledger balance.
     */
    public Uni<List<PlanFigures>> figures(String path, Integer year) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        select cast(p.id as varchar), cast(p.unit_id as varchar), p.name, p.plan_year,
                               (select count(*) from mutual_aid_member m where m.plan_id = p.id),
                               (select cast(coalesce(sum(c.amount_fen), 0) as bigint) from mutual_aid_contribution c where c.plan_id = p.id),
                               (select count(*) from mutual_aid_claim k where k.plan_id = p.id and k.status = 'PAID'),
                               (select cast(coalesce(sum(k.paid_fen), 0) as bigint) from mutual_aid_claim k where k.plan_id = p.id and k.status = 'PAID'),
                               (select cast(coalesce(sum(l.credit_fen - l.debit_fen), 0) as bigint)
                                  from ledger_account a join journal_line l on l.account_id = a.id
                                 where a.code = 'mutual-aid:plan:' || p.id || ':fund')
                        from mutual_aid_plan p join union_unit u on u.id = p.unit_id
                        where %s and (:year = 0 or p.plan_year = :year)
                        order by u.path, p.plan_year, p.name, p.id""".formatted(Subtree.pathIn("u.path", ":path")), Object[].class)
                .setParameter("path", Subtree.pattern(path)).setParameter("year", year == null ? 0 : year) // 0: every plan year (a null has no type to bind)
                .getResultList()
                .map(rows -> rows.stream().map(r -> new PlanFigures(UUID.fromString((String) r[0]), UUID.fromString((String) r[1]),
                        (String) r[2], (int) n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]), permille(n(r[7]), n(r[5])), n(r[8]))).toList()));
    }

    /**
     * The same figures rolled up one level of the union tree in one statement: a row per child unit
     * of {@code unitId} (its whole subtree's plans), and one for the plans of {@code unitId} itself.
     */
    public Uni<List<UnitFigures>> unitFigures(UUID unitId, String path, Integer year) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        with f as (
                          select u.path,
                                 (select count(*) from mutual_aid_member m where m.plan_id = p.id) as members,
                                 (select coalesce(sum(c.amount_fen), 0) from mutual_aid_contribution c where c.plan_id = p.id) as contributed,
                                 (select count(*) from mutual_aid_claim k where k.plan_id = p.id and k.status = 'PAID') as claims,
                                 (select coalesce(sum(k.paid_fen), 0) from mutual_aid_claim k where k.plan_id = p.id and k.status = 'PAID') as paid,
                                 (select coalesce(sum(l.credit_fen - l.debit_fen), 0)
                                    from ledger_account a join journal_line l on l.account_id = a.id
                                   where a.code = 'mutual-aid:plan:' || p.id || ':fund') as balance
                          from mutual_aid_plan p join union_unit u on u.id = p.unit_id
                          where %s and (:year = 0 or p.plan_year = :year))
                        select cast(c.id as varchar), c.name, count(*), cast(sum(f.members) as bigint), cast(sum(f.contributed) as bigint),
                               cast(sum(f.claims) as bigint), cast(sum(f.paid) as bigint), cast(sum(f.balance) as bigint)
                        from union_unit c join f on %s
                        where (c.id = :unit and f.path = c.path) or c.parent_id = :unit
                        group by c.id, c.name, c.path
                        order by c.path""".formatted(Subtree.pathIn("u.path", ":path"), Subtree.joinBelow("f.path", "c.path")), Object[].class)
                .setParameter("path", Subtree.pattern(path)).setParameter("year", year == null ? 0 : year).setParameter("unit", unitId)
                .getResultList()
                .map(rows -> rows.stream().map(r -> new UnitFigures(UUID.fromString((String) r[0]), (String) r[1], (int) n(r[2]),
                        n(r[3]), n(r[4]), n(r[5]), n(r[6]), permille(n(r[6]), n(r[4])), n(r[7]))).toList()));
    }

    private static long n(Object sqlNumber) {
        return ((Number) sqlNumber).longValue();
    }

    /** 赔付率 in ‰: paid ÷ contributions; none before any contribution. */
    static Long permille(long paid, long contributed) {
        return contributed == 0 ? null : paid * 1000 / contributed;
    }
}
