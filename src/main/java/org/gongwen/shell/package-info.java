/** The application shell: main layout, navigation, REST error handling. Nothing depends on it. */
@org.springframework.modulith.ApplicationModule(displayName = "Shell")
package org.gongwen.shell;
