/** Units (tree, kinds), people, roles, duty staff, phone list, handover (A2, A6, A8, A30, A32). */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package org.gongwen.organization;
