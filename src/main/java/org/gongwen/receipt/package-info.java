/** Receiving documents (A9-A11, A14.2, A15, A16): distributions per recipient unit, inbox, sign-for. */
@org.springframework.modulith.ApplicationModule(displayName = "Receipt")
package org.gongwen.receipt;
