package org.weiyuan.household;

import java.util.List;

/** A household with everything that belongs to its file, loaded together. */
public record HouseholdFile(Household household, List<HouseholdMember> members,
                            List<InfoQuestion> questions, List<Verification> verifications) { }
