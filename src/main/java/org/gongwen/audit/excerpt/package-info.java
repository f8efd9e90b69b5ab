/**
 * Audit entries about one target without a caller check, for the archive module's packages (A38),
 * which decides itself who may see the target. A named interface so that archive may use it;
 * {@code ModularityTests} keeps every other module out.
 */
@org.springframework.modulith.NamedInterface("excerpt")
package org.gongwen.audit.excerpt;
