/**
 * Backup and restore: one archive of the embedded database (with the content store) and the key
 * files, taken online; restored offline by {@code java -jar gongwen.jar restore}; checked after a
 * restore by the audit chain and every signed document (docs/operations.md).
 * Internal to the operations module, but for {@link org.gongwen.operations.backup.RestoreCommand}, which
 * the application's {@code main} calls.
 */
package org.gongwen.operations.backup;
