package org.gongwen.shell;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gongwen.GongwenApplication;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * One delegate style: what a model does runs in a {@code @Component("nameDelegate")} class of the
 * owning module's {@code process} package, named in the model as {@code delegateExpression="${name}"};
 * not in a lambda bean of a configuration class, nor in an expression that runs for its effect.
 */
class DelegateStyleTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackagesOf(GongwenApplication.class);

    /** A bean named alone: {@code ${recordHandlingDelegate}}. */
    private static final Pattern BEAN_NAME = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*}");

    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");

    /** A call of a method whose name says it changes something: {@code execution.setVariable(…)}. */
    private static final Pattern CHANGING_CALL = Pattern.compile(
            "\\.\\s*(set|put|add|remove|clear|delete|save|create|update|start|complete|execute|notify|signal"
                    + "|correlate|send|claim)[A-Za-z0-9_]*\\s*\\(");

    @Test
    void delegatesAndListenersAreComponentClassesInAProcessPackage() {
        classes()
                .that()
                .implement(JavaDelegate.class)
                .or()
                .implement(TaskListener.class)
                .or()
                .implement(ExecutionListener.class)
                .should()
                .beAnnotatedWith(Component.class)
                .andShould()
                .resideInAPackage("org.gongwen.*.process")
                .because("a model's delegates and listeners are small @Component(\"nameDelegate\") classes"
                        + " in the owning module's process package")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void noDelegateIsALambdaBean() {
        noMethods()
                .that()
                .areAnnotatedWith(Bean.class)
                .should()
                .haveRawReturnType(JavaDelegate.class)
                .orShould()
                .haveRawReturnType(TaskListener.class)
                .orShould()
                .haveRawReturnType(ExecutionListener.class)
                .because("a delegate or listener is a @Component class of its own, not a lambda returned by a"
                        + " @Bean method of a @Configuration class")
                .check(CLASSES);
    }

    @Test
    void shippedModelsRunCodeOnlyThroughDelegates() throws Exception {
        List<String> findings = new ArrayList<>();
        try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
            for (Path model :
                    models.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
                findings.addAll(findings(model));
            }
        }
        assertThat(findings)
                .as("model code runs in a delegate or listener bean (delegateExpression=\"${nameDelegate}\");"
                        + " expressions only read")
                .isEmpty();
    }

    @Test
    void theCheckFindsAnExpressionRunForItsEffect() throws Exception {
        Path model = Files.createTempFile("inline-listener", ".bpmn");
        try {
            Files.writeString(model, """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                                      xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d">
                      <bpmn:process id="p" isExecutable="true">
                        <bpmn:userTask id="Task_A" camunda:dueDate="${deadlines.setDue(task)}">
                          <bpmn:extensionElements>
                            <camunda:taskListener event="complete" expression="${task.setVariable('by', task.assignee)}"/>
                          </bpmn:extensionElements>
                        </bpmn:userTask>
                        <bpmn:serviceTask id="Task_B" camunda:delegateExpression="${beans.pick()}"/>
                      </bpmn:process>
                    </bpmn:definitions>
                    """);
            assertThat(findings(model))
                    .hasSize(3)
                    .anySatisfy(f -> assertThat(f).contains("Task_A").contains("runs for its effect"))
                    .anySatisfy(f -> assertThat(f).contains("Task_A").contains("setDue"))
                    .anySatisfy(f -> assertThat(f).contains("Task_B").contains("names no bean alone"));
        } finally {
            Files.delete(model);
        }
    }

    private static List<String> findings(Path model) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element root = factory.newDocumentBuilder().parse(model.toFile()).getDocumentElement();
        List<String> findings = new ArrayList<>();
        visit(model.getFileName().toString(), root, null, findings);
        return findings;
    }

    private static void visit(String file, Element element, String owner, List<String> findings) {
        String id = element.getAttribute("id").isEmpty() ? owner : element.getAttribute("id");
        String where = file + " " + id + " <" + element.getTagName() + ">";
        if (element.getLocalName().equals("script") || element.getLocalName().equals("scriptTask")) {
            findings.add(where + ": a script runs for its effect; use a delegate bean");
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            String value = attribute.getValue();
            if (name.equals("expression") || name.equals("class")) {
                findings.add(where + " " + name + "=\"" + value
                        + "\": runs for its effect; use delegateExpression=\"${nameDelegate}\"");
            } else if (name.equals("delegateExpression")
                    && !BEAN_NAME.matcher(value).matches()) {
                findings.add(where + " delegateExpression=\"" + value + "\": names no bean alone");
            } else {
                changingCalls(where + " " + name, value, findings);
            }
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element e) {
                visit(file, e, id, findings);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                changingCalls(where, child.getNodeValue(), findings);
            }
        }
    }

    private static void changingCalls(String where, String text, List<String> findings) {
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            if (CHANGING_CALL.matcher(expression.group(1)).find()) {
                findings.add(where + " " + expression.group() + ": an expression that changes something; use a"
                        + " delegate or listener bean");
            }
        }
    }
}
