package entente.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The manifest table of a report has a value in every cell, lists included. */
class ManifestTest {
    @Test
    void listsEmptyValuesAndNestedFieldsAllFillTheirCells() throws Exception {
        JsonNode m = new ObjectMapper().readTree("""
                {"seed": 7, "title": "", "posterior": null, "factors": ["a.b", "c"], "outputs": [],
                 "outcomes": [{"name": "prk7", "kind": "threshold"}], "base": {"file": "x.yaml", "note": ""},
                 "parameters": {"p": 1, "q": ""}}
                """);
        Html h = new Html();
        Manifest.section(h, m, "entente sweep x.yaml");
        String page = h.toString();
        assertFalse(page.contains("<td></td>"), page);
        assertTrue(page.contains("<td>factors</td><td>a.b, c</td>"), page);
        assertTrue(page.contains("<td>outcomes</td><td>prk7</td>"), page);
        assertTrue(page.contains("<td>outputs</td><td>none</td>"), page);
        assertTrue(page.contains("<td>base.note</td><td>none</td>"), page);
        assertEquals("7", Manifest.cell(m.path("seed")));
    }
}
