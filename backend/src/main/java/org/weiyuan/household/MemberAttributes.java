package org.weiyuan.household;

/** The attributes of a household member (家庭成员), as enumerations. */
public final class MemberAttributes {

    private MemberAttributes() { }

    /** 与户主关系 */
    public enum Relation { SELF, SPOUSE, CHILD, PARENT, SIBLING, GRANDCHILD, GRANDPARENT, OTHER }

    /** 受教育/在读情况 */
    public enum Schooling { NONE, PRESCHOOL, PRIMARY, JUNIOR_HIGH, SENIOR_HIGH, VOCATIONAL, UNIVERSITY, GRADUATED }

    /** 健康状况; details (diagnoses) are encrypted separately. */
    public enum HealthStatus { HEALTHY, CHRONIC_ILLNESS, SERIOUS_ILLNESS, DISABILITY }

    /** 就业状况 */
    public enum WorkStatus { EMPLOYED, FLEXIBLE, UNEMPLOYED, RETIRED, STUDENT, UNABLE_TO_WORK, PRESCHOOL_CHILD }
}
