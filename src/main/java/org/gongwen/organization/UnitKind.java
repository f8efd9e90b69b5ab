package org.gongwen.organization;

/** Kinds of unit in the county (A2). */
public enum UnitKind {
    COUNTY_GOVERNMENT,
    COUNTY_OFFICE,
    COUNTY_INFO_CENTER,
    TOWN,
    DEPARTMENT,
    AFFILIATED_INSTITUTION,
    CITY_INFO_CENTER,
    CITY_SECRECY_BUREAU
}
