package org.weiyuan.org;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class StaffMemberRepository implements PanacheRepositoryBase<StaffMember, UUID> { }
