package org.weiyuan.jobs;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Panache repositories of the jobs feature. */
public final class JobRepositories {

    private JobRepositories() { }

    @ApplicationScoped
    public static class Employers implements PanacheRepositoryBase<Employer, UUID> { }

    @ApplicationScoped
    public static class Listings implements PanacheRepositoryBase<JobListing, UUID> { }

    @ApplicationScoped
    public static class Profiles implements PanacheRepositoryBase<WorkerProfile, UUID> { }

    @ApplicationScoped
    public static class Applications implements PanacheRepositoryBase<JobApplication, UUID> { }
}
