package org.gongwen.supervision.internal;

/** The whole county ({@link #COUNTY}), or the instances that concern one unit (a unit leader's view). */
public record UnitScope(Long unitId, String unitCode) {

    public static final UnitScope COUNTY = new UnitScope(null, null);

    public boolean county() {
        return unitId == null;
    }

    public boolean includes(Long unit) {
        return county() || unitId.equals(unit);
    }
}
