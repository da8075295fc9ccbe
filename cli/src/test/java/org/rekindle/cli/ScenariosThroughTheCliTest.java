package org.rekindle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SCENARIOS.md through the command line: each row logged with {@code rekindle log} into a real
 * journal, then {@code status --json} asked on the row's day. Days count from the breakup.
 */
class ScenariosThroughTheCliTest {

    static final LocalDate BREAKUP = LocalDate.of(2026, 9, 1);
    static final String UP_TO_FEELINGS = "45:text-sent 46:reply 48:call:agreed 52:meeting:well 59:meeting:well";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "scenario {0}")
    @CsvSource(delimiter = '|', textBlock = """
            1  | mutual | -                                                    | 10  | SPACE          | 30 | true
            2  | mutual | -                                                    | 30  | FIRST_TEXT     | 30 | true
            3  | mutual | 12:contact                                           | 20  | SPACE          | 42 | true
            4  | mutual | 45:text-sent                                         | 48  | AWAITING_REPLY |    | false
            5  | mutual | 45:text-sent                                         | 53  | SILENCE        | 83 | true
            6  | mutual | 45:text-sent 46:reply                                | 46  | TEXTING        | 46 | true
            7  | mutual | 45:text-sent 46:reply 48:call:not-agreed             | 50  | CALL           | 55 | true
            8  | mutual | 45:text-sent 46:reply 48:call:agreed                 | 48  | MEETING        | 48 | true
            9  | mutual | UP                                                   | 59  | FEELINGS       | 59 | true
            10 | mutual | UP 66:feelings:needs-time                            | 70  | FEELINGS       | 80 | true
            11 | mutual | UP 66:feelings:needs-time 80:feelings:needs-time     | 80  | DECLINED       | 83 | true
            12 | mutual | UP 66:feelings:not-interested                        | 100 | MOVING_ON      |    | false
            13 | mutual | UP 66:feelings:not-interested 70:appeal:declined     | 70  | MOVING_ON      |    | false
            14 | mutual | UP 66:feelings:not-interested 70:appeal:declined 90:reply 92:call:agreed | 400 | MOVING_ON | | false
            15 | mutual | 45:text-sent 46:no-contact-request                   | 46  | MOVING_ON      |    | false
            16 | me     | UP 66:feelings:interested 67:forgiveness             | 67  | REPAIR         | 67 | true
            17 | me     | UP 66:feelings:interested 67:forgiveness 68:apology  | 68  | REBUILDING     | 68 | true
            18 | mutual | 45:text-sent 90:text-sent                            | 91  | AWAITING_REPLY |    | false
            19 | mutual | 45:text-sent 90:text-sent                            | 100 | MOVING_ON      |    | false
            20 | mutual | UP                                                   | 50  | MEETING        | 50 | true
            """)
    void row(int n, String endedBy, String logged, int askedOn, String stage, Integer earliest, boolean contactsEx) {
        LocalDate asked = BREAKUP.plusDays(askedOn);
        CliRun cli = new CliRun(dir, asked.plusDays(1000));
        assertThat(cli.run("init", "--ex", "Sam", "--breakup", BREAKUP.toString(), "--ended-by", endedBy).code()).isZero();
        for (String[] step : steps(logged)) {
            List<String> args = new ArrayList<>(List.of("log", step[1], "--at", BREAKUP.plusDays(Integer.parseInt(step[0])).toString()));
            if (step.length > 2) {
                args.add(switch (step[1]) {
                    case "call" -> "--meeting";
                    case "meeting" -> "--outcome";
                    default -> "--response";
                });
                args.add(step[2]);
            }
            CliRun.Result r = cli.run(args.toArray(String[]::new));
            assertThat(r.code()).as(args + " " + r.err()).isZero();
        }
        JsonNode s = cli.run("--as-of", asked.toString(), "status", "--json").json();
        assertThat(s.get("stage").asText()).as("stage").isEqualTo(stage);
        JsonNode e = s.at("/next/earliest");
        if (earliest == null) {
            assertThat(e.isNull()).as("next.earliest is null").isTrue();
        } else {
            assertThat(e.asText()).as("next.earliest").isEqualTo(BREAKUP.plusDays(earliest).toString());
        }
        assertThat(s.at("/next/contacts_ex").asBoolean()).as("contacts_ex").isEqualTo(contactsEx);
    }

    private static List<String[]> steps(String logged) {
        List<String[]> out = new ArrayList<>();
        if (logged.equals("-")) {
            return out;
        }
        for (String token : logged.replace("UP", UP_TO_FEELINGS).trim().split("\\s+")) {
            out.add(token.split(":"));
        }
        return out;
    }
}
