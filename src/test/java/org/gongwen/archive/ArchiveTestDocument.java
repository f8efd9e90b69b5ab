package org.gongwen.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.gongwen.document.DocumentStatus;
import org.gongwen.document.IssuedDocuments;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.organization.UnitInfo;
import org.gongwen.organization.UnitKind;
import org.gongwen.receipt.process.DocumentReceiptProcess;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.OwnUnits;
import org.gongwen.support.SendJobs;
import org.gongwen.support.SignIn;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The one document the archive tests package: a sending unit of the archive tests' own
 * ({@link #sender()}) sends 档案测试通知 to their unit XR01, whose clerk signs for it. Made once per test
 * context; leaves admin signed in.
 */
public final class ArchiveTestDocument {

    public static final String TITLE = "档案测试通知";
    private static Long documentId;
    private static long recipientUnitId;
    private static OwnUnits.Issuer sender;

    private ArchiveTestDocument() {}

    public static synchronized long sent(ApplicationContext context) {
        if (documentId == null) {
            signIn(context, "admin");
            OrganizationService organization = context.getBean(OrganizationService.class);
            UnitInfo unit = organization
                    .unitByCode("XR01")
                    .orElseGet(() -> organization.createUnit(
                            "XR01", "XR01档案测试单位", "档案测试", UnitKind.DEPARTMENT, null, null, false, 990));
            recipientUnitId = unit.id();
            if (organization.personByUsername("xr01.clerk").isEmpty()) {
                organization.createPerson("xr01.clerk", "档案测试收文员", unit.id(), null, null, Set.of(Role.CLERK));
            }
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            IssuedDocuments issued = context.getBean(IssuedDocuments.class);
            DocumentChain chain = DocumentChain.in(context);
            long id = chain.sentTo(unit.id(), 2, TITLE);
            chain.complete(
                    "xr01.clerk", DocumentReceiptProcess.businessKey(id, unit.id()), Map.of("decision", "signFor"));
            SendJobs.run(engine.getManagementService(), engine.getRuntimeService(), id);
            assertThat(issued.info(id).status()).isEqualTo(DocumentStatus.SENT);
            sender = chain.sender();
            documentId = id;
        }
        return documentId;
    }

    /** The unit that sent the document (once {@link #sent} has made it): its people, organ and seal. */
    public static OwnUnits.Issuer sender() {
        return sender;
    }

    public static long recipientUnitId() {
        return recipientUnitId;
    }

    public static void signIn(ApplicationContext context, String username) {
        SignIn.as(context.getBean(UserDetailsService.class), username);
    }
}
