package org.weiyuan.security;

/** Keycloak realm roles of realm {@code weiyuan}. */
public final class Roles {
    /** 困难职工: a hardship worker with (or applying for) a household file. */
    public static final String WORKER = "worker";
    /** 爱心人士 / 爱心企业: funds wishes. */
    public static final String DONOR = "donor";
    /** 工会干部: union staff, acting inside the subtree of the unit they are assigned to. */
    public static final String STAFF = "staff";
    /** Platform administrator: union tree, staff assignments, 低保 lines, audit. */
    public static final String ADMIN = "admin";
    /** 义工: a volunteer verifier, who sees and records only the home visits staff assigned to them. */
    public static final String VOLUNTEER = "volunteer";

    private Roles() { }
}
