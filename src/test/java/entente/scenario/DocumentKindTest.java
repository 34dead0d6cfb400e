package entente.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentKindTest {
    @Test
    void aFileWithAMistypedFieldIsStillTheKindExpected() {
        assertEquals(Optional.empty(), DocumentKind.instead(DocumentKind.SWEEP_SPEC, List.of("scenario", "factor")));
        assertEquals(Optional.empty(), DocumentKind.instead(DocumentKind.SCENARIO, List.of("name", "actros")));
    }

    @Test
    void aFileWhoseFieldsAreAllAnotherKindsIsThatKind() {
        assertEquals(Optional.of(DocumentKind.SCENARIO), DocumentKind.instead(DocumentKind.SWEEP_SPEC,
                List.of("name", "period", "actors")));
        assertEquals(Optional.of(DocumentKind.SWEEP_SPEC), DocumentKind.instead(DocumentKind.SCENARIO,
                List.of("name", "scenario", "factors")));
        assertEquals(Optional.of(DocumentKind.CALIBRATION_SPEC), DocumentKind.instead(DocumentKind.SWEEP_SPEC,
                List.of("scenario", "targets")));
    }

    @Test
    void aScenarioThatExtendsAnotherIsAScenario() {
        assertEquals(Optional.of(DocumentKind.SCENARIO), DocumentKind.instead(DocumentKind.SWEEP_SPEC,
                List.of("extends", "events")));
    }

    @Test
    void fieldsEveryKindMayHaveSayNothing() {
        assertEquals(Optional.empty(), DocumentKind.instead(DocumentKind.CALIBRATION_SPEC, List.of("seed")));
    }
}
