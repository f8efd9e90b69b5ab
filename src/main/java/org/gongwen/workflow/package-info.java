/** Engine configuration, BPMN and form deployment, task inbox and form rendering. */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow")
package org.gongwen.workflow;
