/**
 * Archival packages (A38): per sent document a ZIP with the signed layout, a signature report,
 * metadata, the process trail, the audit excerpt and a SHA-256 manifest; batch export by period and a
 * later check of a package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Archive")
package org.gongwen.archive;
