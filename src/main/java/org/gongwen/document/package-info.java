/** Issuing documents: drafting, document numbers, layout, approval and sending (A3, A4, A7, A11–A14, A34). */
@org.springframework.modulith.ApplicationModule(displayName = "Document")
package org.gongwen.document;
