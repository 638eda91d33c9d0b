package fi.huoltopolku.checks;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class FiguresTest {

    @Test
    void with_no_answers_there_is_no_compliance_and_no_coverage_not_zero() {
        assertThat(Figures.NONE.compliance()).isNull();
        assertThat(Figures.NONE.coverage()).isNull();
        assertThat(Figures.NONE.n()).isZero();
    }

    @Test
    void not_applicable_answers_count_for_coverage_but_not_for_compliance() {
        // 0 yes, 0 no, 3 N/A, 3 answered of 4 asked: compliance unknown, coverage 3/4.
        Figures onlyNa = new Figures(0, 0, 3, 3, 4);
        assertThat(onlyNa.compliance()).isNull();
        assertThat(onlyNa.coverage()).isEqualTo(0.75);
    }

    @Test
    void compliance_is_yes_over_yes_and_no() {
        // 7 yes, 3 no, 2 N/A, 12 answered of 20 asked: 7/10 = 0.7; coverage 12/20 = 0.6.
        Figures f = new Figures(7, 3, 2, 12, 20);
        assertThat(f.n()).isEqualTo(10);
        assertThat(f.compliance()).isCloseTo(0.7, Offset.offset(1e-12));
        assertThat(f.coverage()).isCloseTo(0.6, Offset.offset(1e-12));
        assertThat(new Figures(5, 0, 0, 5, 5).compliance()).isEqualTo(1.0);
        assertThat(new Figures(1, 0, 0, 1, 1).plus(new Figures(0, 1, 1, 2, 3))).isEqualTo(new Figures(1, 1, 1, 3, 4));
    }
}
