package org.gongwen.organization.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.gongwen.organization.internal.MachineKind;
import org.gongwen.organization.internal.TransmissionMachineInfo;
import org.gongwen.support.KaribuTest;
import org.junit.jupiter.api.Test;

/** 传输设备 (A37): 双河乡 (Z20)'s technician registers a printer in the clerk's charge. */
class TransmissionMachinesViewTests extends KaribuTest {

    @Test
    void a37_theTechnicianRegistersAMachineAndTheClerkIsInCharge() {
        login("z20.tech");
        UI.getCurrent().navigate(TransmissionMachinesView.class);
        TransmissionMachinesView view = (TransmissionMachinesView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        int before = _size(view.grid);
        view.kind.setValue(MachineKind.PRINTER);
        view.name.setValue("收文专用打印机");
        view.location.setValue("党政办");
        view.responsible.setValue(view.responsible
                .getListDataView()
                .getItems()
                .filter(p -> p.username().equals("z20.clerk"))
                .findFirst()
                .orElseThrow());
        view.register.click();

        assertThat(_size(view.grid)).isEqualTo(before + 1);
        TransmissionMachineInfo added = java.util.stream.IntStream.range(0, _size(view.grid))
                .mapToObj(i -> _get(view.grid, i))
                .filter(m -> m.name().equals("收文专用打印机"))
                .findFirst()
                .orElseThrow();
        assertThat(added.kind()).isEqualTo(MachineKind.PRINTER);
        assertThat(view.name.getValue()).isEmpty();
    }

    @Test
    void aLeaderReadsButDoesNotRegister() {
        login("z20.leader");
        UI.getCurrent().navigate(TransmissionMachinesView.class);
        TransmissionMachinesView view = (TransmissionMachinesView)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        assertThat(view.register.getParent().orElseThrow().isVisible()).isFalse();
    }
}
