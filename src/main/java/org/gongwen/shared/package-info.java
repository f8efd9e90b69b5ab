/** Types every module may use: business exceptions and message translation. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.gongwen.shared;
