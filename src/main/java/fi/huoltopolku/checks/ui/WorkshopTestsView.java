package fi.huoltopolku.checks.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.ui.UploadTexts;
import fi.huoltopolku.checks.ImportResult;
import fi.huoltopolku.checks.WorkshopTestImport;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.security.ui.CurrentUser;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Imports an outside workshop test's results from a CSV file; a bad file is refused whole. */
@Route("workshop-tests")
@RolesAllowed({"FOREMAN", "MANAGER"})
@Prototype
public class WorkshopTestsView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_BYTES = 2 * 1024 * 1024;

    private final WorkshopTestImport importer;
    private final Messages messages;
    private final Div result = new Div();

    public WorkshopTestsView(WorkshopTestImport importer, Messages messages) {
        this.importer = importer;
        this.messages = messages;
        setMaxWidth("60rem");
        // The header and codes are the file's format, the same in both languages; the comment is the reader's.
        Pre example = new Pre("""
                visit,plate,date,item,answer,comment
                ,ABC-123,2026-10-14,CHK_WALKAROUND,NO,%s
                1042,,,RDY_INVOICE_EXPLAINED,YES,""".formatted(getTranslation("workshopTests.exampleComment")));
        example.getElement().setAttribute("translate", "no");
        Upload upload = new Upload();
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setI18n(UploadTexts.csvFile());
        upload.setDropLabel(new Span(getTranslation("workshopTests.drop")));
        upload.setId("workshop-test-upload");
        Actor actor = CurrentUser.actor();
        UI ui = UI.getCurrent();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            String csv = new String(bytes, StandardCharsets.UTF_8);
            ui.access(() -> show(metadata.fileName(), csv, actor));
        }));
        result.setId("import-result");
        add(new H2(getTranslation("workshopTests.title")), new Paragraph(getTranslation("workshopTests.help")),
                example, upload, result);
    }

    void show(String fileName, String csv, Actor actor) {
        result.removeAll();
        try {
            ImportResult done = importer.importCsv(csv, actor);
            result.add(new Paragraph(getTranslation("workshopTests.imported", fileName, done.lines(), done.created(),
                    done.changed(), done.unchanged())));
            result.getElement().getThemeList().set("success", true);
        } catch (Problem problem) {
            result.add(new Paragraph(getTranslation("workshopTests.refused", fileName)));
            UnorderedList lines = new UnorderedList();
            Object detail = problem.args().size() > 1 ? problem.args().get(1) : null;
            if (detail instanceof List<?> list) {
                list.forEach(line -> lines.add(new ListItem(messages.text((Problem) line, getLocale()))));
            } else {
                lines.add(new ListItem(messages.text(problem, getLocale())));
            }
            result.add(lines);
            result.addClassName("promise-red");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshopTests.title");
    }
}
