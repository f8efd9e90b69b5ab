/** System faults: reporting, handling by the information centre, paper transmission, incident reports (A31). */
@org.springframework.modulith.ApplicationModule(displayName = "Operations")
package org.gongwen.operations;
