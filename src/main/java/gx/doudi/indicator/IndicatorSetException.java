package gx.doudi.indicator;

import java.util.List;
import java.util.stream.Collectors;

/** An indicator set that was refused, with every problem found: file, line and what is wrong. */
public class IndicatorSetException extends Exception {
    /** One problem: {@code file:line: message}. */
    public record Problem(String file, int line, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }
    }

    private final List<Problem> problems;

    public IndicatorSetException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
