/** Electronic seals (A17–A29): county CA, keys, certificates, seal lifecycle. */
@org.springframework.modulith.ApplicationModule(displayName = "Seal")
package org.gongwen.seal;
