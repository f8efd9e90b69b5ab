package org.gongwen.shell;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.gongwen.GongwenApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
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

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES, "target/modulith-docs").writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        org.assertj.core.api.Assertions.assertThat(new java.io.File("target/modulith-docs/components.puml"))
                .exists();
    }
}
