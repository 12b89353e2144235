package app.stepwise.audit.ui;

import app.stepwise.audit.AuditEntry;
import app.stepwise.audit.AuditLog;
import app.stepwise.shared.Authority;
import app.stepwise.shared.ui.ResponsiveColumns;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.data.domain.PageRequest;

/** Who did what, when: sign-ins, authority changes, imports. Times are UTC, as stored. */
@Route("admin/audit")
@PageTitle("Audit log")
@Menu(order = 60, icon = "vaadin:clipboard-text", title = "Audit log")
@RolesAllowed(Authority.Names.ADMIN)
public class AuditLogView extends Div {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    public AuditLogView(AuditLog auditLog) {
        addClassNames("page");
        var filter = new TextField();
        filter.setPlaceholder("Filter by person, action or detail");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setId("audit-filter");
        var grid = new Grid<AuditEntry>();
        grid.setId("audit-grid");
        grid.addColumn(e -> UTC.format(e.occurredAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        var who = grid.addColumn(AuditEntry::actor).setHeader("Who").setFlexGrow(2);
        grid.addColumn(AuditEntry::action).setHeader("What").setFlexGrow(2);
        grid.addColumn(AuditEntry::subject).setHeader("Concerning").setFlexGrow(2);
        var details = grid.addColumn(AuditEntry::details).setHeader("Details").setFlexGrow(3);
        var from = grid.addColumn(AuditEntry::remoteAddress).setHeader("From").setAutoWidth(true).setFlexGrow(0);
        ResponsiveColumns.hideBelow(ResponsiveColumns.PHONE_WIDTH, grid, java.util.List.of(who, details, from));
        Runnable load = () -> {
            String text = filter.getValue();
            grid.setItems(q -> auditLog.find(text, PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                    q -> (int) auditLog.count(text));
        };
        filter.addValueChangeListener(e -> load.run());
        load.run();
        var toolbar = new Div(filter);
        toolbar.addClassName("toolbar");
        add(toolbar, grid);
    }
}
