package org.gongwen.shell;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.gongwen.GongwenApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(GongwenApplication.class);
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackagesOf(GongwenApplication.class);

    @Test
    void modulesDependOnEachOtherOnlyThroughTheirApis() {
        MODULES.verify();
    }

    /** A named interface is open to every module; this one, audit entries without a role check, only to archive. */
    @Test
    void onlyTheArchiveReadsAuditExcerpts() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.gongwen.audit..", "org.gongwen.archive..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.gongwen.audit.excerpt..")
                .check(CLASSES);
    }

    /** Parsing, rendering and signing PDF and OFD files is the pdf module's; the others ask it. */
    @Test
    void onlyThePdfModuleUsesThePdfLibraries() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.gongwen.pdf..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..", "com.itextpdf..", "org.ofdrw..")
                .check(CLASSES);
    }

    /**
     * A module's API is what the others use: every public top-level type in its base package or a named
     * interface is used by another module, so that anything else lives in {@code internal}, where {@link
     * #modulesDependOnEachOtherOnlyThroughTheirApis()} keeps the others out. Open modules ({@code shared})
     * have no internals and are left out.
     */
    @Test
    void everyPublicApiTypeIsUsedByAnotherModule() {
        var unused = MODULES.stream()
                .filter(module -> !module.isOpen())
                .flatMap(module -> module.getNamedInterfaces().stream()
                        .flatMap(NamedInterface::asJavaClasses)
                        .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
                        .filter(type ->
                                type.isTopLevelClass() && !type.getSimpleName().equals("package-info"))
                        .filter(type -> !usedOutside(module, type)))
                .map(JavaClass::getName)
                .sorted()
                .toList();
        assertThat(unused)
                .as("public API types no other module uses; move them into the module's internal package")
                .isEmpty();
    }

    private static boolean usedOutside(ApplicationModule module, JavaClass type) {
        return CLASSES.get(type.getName()).getDirectDependenciesToSelf().stream()
                .map(dependency -> dependency.getOriginClass())
                .anyMatch(origin -> !module.contains(origin));
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES, "target/modulith-docs").writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        org.assertj.core.api.Assertions.assertThat(new java.io.File("target/modulith-docs/components.puml"))
                .exists();
    }
}
