/**
 * What a recipient checks before signing for a document (A10.1): sender unit, signature, certificate and
 * format, each with its result. A named interface so that views in other modules may show the checks.
 */
@org.springframework.modulith.NamedInterface("verification")
package org.gongwen.receipt.verification;
