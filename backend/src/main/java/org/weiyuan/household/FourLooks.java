package org.weiyuan.household;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/**
 * The "four looks" (四看法) of precise identification: housing, food, working capacity, children
 * in school. Self-declared on the file, observed on a home visit.
 */
@Embeddable
public class FourLooks {

    /** 看住房 */
    @Size(max = 500)
    @Column(name = "look_housing")
    public String housing;
    /** 看吃穿 */
    @Size(max = 500)
    @Column(name = "look_food")
    public String food;
    /** 看劳动能力 */
    @Size(max = 500)
    @Column(name = "look_working_capacity")
    public String workingCapacity;
    /** 看子女上学 */
    @Size(max = 500)
    @Column(name = "look_children_in_school")
    public String childrenInSchool;

    public FourLooks() { }

    public FourLooks(String housing, String food, String workingCapacity, String childrenInSchool) {
        this.housing = housing;
        this.food = food;
        this.workingCapacity = workingCapacity;
        this.childrenInSchool = childrenInSchool;
    }

    public FourLooks copy() {
        return new FourLooks(housing, food, workingCapacity, childrenInSchool);
    }
}
