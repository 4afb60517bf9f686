package io.piiscanner.core.read;

import static io.piiscanner.core.read.Archives.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.format.DecompressionGuard;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook's cells are located by the reference its sheet gives them, whatever form it takes,
 * and by their place in the row where it gives none; each is named by its column's header. Numbers
 * read in full and dates as their format shows them, in either format of workbook.
 */
class XlsxCellsTest {

    private static final String MAIN = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

    private static String cell(String ref, String text) {
        return "<c" + (ref == null ? "" : " r=\"" + ref + "\"") + " t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private static String row(String ref, String... cells) {
        return "<row" + (ref == null ? "" : " r=\"" + ref + "\"") + ">" + String.join("", cells) + "</row>";
    }

    @Test
    void cellsAreLocatedByTheirReferenceInAnyFormOrByTheirPlace() {
        String sheet = "<worksheet " + MAIN + "><sheetData>"
                + row("1", cell("A1", "Customer"), cell("B1", "Email"), cell("AB1", "Backup email"))
                + row("2", cell("B2", "jane.doe@example.com"), cell(null, "john.roe@example.com"))
                + row("3", cell("$B$3", "ann.lee@example.com"), cell("ab3", "bob.ray@example.com"))
                + row("4", cell("AB04", "cat.fox@example.com"))
                + row(null, cell("XFD5", "dan.oak@example.com"), cell(null, "eve.elm@example.com"))
                + row("6", cell("AAA6", "fay.ash@example.com"), cell("Customers!B6", "gus.yew@example.com"))
                + "</sheetData></worksheet>";
        byte[] book = Documents.withParts(
                Documents.workbook().sheet("Customers").row("placeholder").bytes(),
                Map.of("xl/worksheets/sheet1.xml", out -> out.write(utf8(sheet))));

        Scans.Result result = Scans.scan("customers.xlsx", book);

        assertThat(result.outcome().complete()).as(result.outcome().toString()).isTrue();
        assertThat(result.located())
                .containsExactly(
                        "EMAIL_ADDRESS sheet=Customers cell=B2 1:1 field=Email j*******@*******.com",
                        "EMAIL_ADDRESS sheet=Customers cell=C2 1:1 j*******@*******.com",
                        "EMAIL_ADDRESS sheet=Customers cell=B3 1:1 field=Email a******@*******.com",
                        "EMAIL_ADDRESS sheet=Customers cell=AB3 1:1 field=Backup email b******@*******.com",
                        "EMAIL_ADDRESS sheet=Customers cell=AB4 1:1 field=Backup email c******@*******.com",
                        "EMAIL_ADDRESS sheet=Customers cell=XFD5 1:1 d******@*******.com",
                        "EMAIL_ADDRESS sheet=Customers cell=XFE5 1:1 e******@*******.com",
                        "EMAIL_ADDRESS sheet=Customers cell=AAA6 1:1 f******@*******.com",
                        "EMAIL_ADDRESS sheet=Customers cell=B6 1:1 field=Email g******@*******.com");
        assertThat(result.findings())
                .extracting(f -> f.location().row() + "," + f.location().column())
                .containsExactly("2,2", "2,3", "3,2", "3,28", "4,28", "5,16384", "5,16385", "6,703", "6,2");
    }

    @Test
    void numbersReadInFullAndDatesAsTheirFormatShowsThemWhateverTheOrder(@TempDir Path dir) throws IOException {
        Documents.Workbook book = Documents.workbook()
                .sheet("Ledger")
                .row("Card", "Booked", "Amount", "Settled", "Count")
                .row(4111111111111111L, LocalDate.of(2024, 1, 9), 12.5, LocalDate.of(2024, 1, 10), 7)
                .row(LocalDate.of(2023, 12, 31), 0.125, LocalDate.of(2024, 2, 29), 1e15, -3);
        List<String> expected = List.of(
                "Card",
                "Booked",
                "Amount",
                "Settled",
                "Count",
                "4111111111111111",
                "2024-01-09",
                "12.5",
                "2024-01-10",
                "7",
                "2023-12-31",
                "0.125",
                "2024-02-29",
                "1000000000000000",
                "-3");

        assertThat(texts(XlsxReader.INSTANCE, dir.resolve("ledger.xlsx"), book.bytes()))
                .containsExactlyElementsOf(expected);
        assertThat(texts(Ole2Reader.INSTANCE, dir.resolve("ledger.xls"), book.xls()))
                .containsExactlyElementsOf(expected);
    }

    /** The text of every piece a reader reads out of a file's cells, its properties left out. */
    private static List<String> texts(FormatReader reader, Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
        List<String> texts = new ArrayList<>();
        boolean random = reader.randomAccess();
        ReaderInput input = new ReaderInput(
                random ? null : Files.newInputStream(file),
                random ? FileInput.open(file) : null,
                new ReadLimits(8, 1000, Long.MAX_VALUE, Long.MAX_VALUE, 0),
                new DecompressionGuard.Budget(Long.MAX_VALUE, Long.MAX_VALUE, 0));
        try (Closeable opened = random ? input.file() : input.stream();
                Content content = reader.open(input)) {
            for (Item item = content.next(); item != null; item = content.next()) {
                Piece piece = (Piece) item;
                if (!piece.location().equals(PropertyPieces.VALUE)) {
                    texts.add(piece.text());
                }
            }
        }
        return texts;
    }
}
