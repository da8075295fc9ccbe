package org.rekindle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code rekindle check} and {@code rekindle eval}: the real reviewer, the real model, real journals. */
class DraftReviewCommandsTest {

    @TempDir
    Path dir;

    CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(dir, LocalDate.of(2026, 11, 26));
    }

    @Test
    void aFlirtyFirstTextIsHeldAndTheTriggeringWordsAreShown() {
        String draft = "hey stranger 😘 miss u, come over tonight?";
        CliRun.Result r = cli.run("check", "--stage", "FIRST_TEXT", "--json", draft);
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("verdict").asText()).isEqualTo("HOLD");
        assertThat(j.get("stage").asText()).isEqualTo("FIRST_TEXT");
        assertThat(j.get("words").asInt()).isPositive();
        List<String> romantic = new ArrayList<>();
        for (JsonNode l : j.get("labels")) {
            assertThat(l.get("severity").asText()).isIn("ok", "caution", "block");
            assertThat(l.get("guide").asText()).matches("L\\d+(-\\d+)?");
            assertThat(l.get("reason").asText()).isNotBlank();
            if (l.get("label").asText().equals("ROMANTIC")) {
                l.get("spans").forEach(s -> romantic.add(draft.substring(s.get(0).asInt(), s.get(1).asInt())));
            }
        }
        assertThat(romantic).contains("miss u");
        assertThat(j.get("suggestions")).hasSizeBetween(1, 2);
        String text = cli.run("check", "--stage", "first-text", draft).out();
        assertThat(text).startsWith("HOLD · for FIRST_TEXT").contains("ROMANTIC", "“miss u”", "Try instead:");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            FIRST_TEXT | I just walked by the bakery where we used to buy baguettes together and it reminded me of you. I hope you're doing well.
            FIRST_TEXT | I heard our favorite song on the radio together and thought of some good times we've had. Hope you're great.
            CALL       | I heard that there's a new photography exhibit at the art museum. I'd like to go and it should only take about an hour. Would you be interested in joining me?
            MEETING    | While we've been apart for the past couple of months, I've realized how much I miss you.
            MEETING    | I've processed things emotionally after we broke up, and I figured out that I'm not happy when you're not a part of my life.
            DECLINED   | I'm not asking for us to get back together right away. I just want one more chance to show how much I care for you.
            REPAIR     | I was out with friends the other night, and I started thinking about how funny you are and how much I love the way our senses of humor work together.
            """)
    void theGuidesOwnLinesAreSentAtTheirStage(String stage, String line) {
        assertThat(cli.run("check", "--stage", stage, "--json", line).json().get("verdict").asText()).isEqualTo("SEND");
    }

    @Test
    void missingYouIsTooEarlyForAFirstText() {
        assertThat(cli.run("check", "--stage", "FIRST_TEXT", "--json", "I've realized how much I miss you")
                .json().get("verdict").asText()).isEqualTo("HOLD");
    }

    @Test
    void inSpaceEveryDraftIsHeldUntilTheCoolingOffEnds() {
        cli.run("init", "--ex", "Sam", "--breakup", "2026-11-01");
        JsonNode j = cli.run("check", "--json", "Hope you're well!").json();
        assertThat(j.get("stage").asText()).isEqualTo("SPACE");
        assertThat(j.get("verdict").asText()).isEqualTo("HOLD");
        assertThat(j.get("message").asText()).startsWith("don't write now: At this stage");
        assertThat(j.get("write_from").asText()).isEqualTo("2026-12-01");
        assertThat(cli.run("check", "Hope you're well!").out()).contains("Write again: from 2026-12-01");
    }

    @Test
    void afterANoTheCoachNeverNamesADayToWriteAgain() {
        cli.run("init", "--ex", "Sam", "--breakup", "2026-09-01");
        cli.run("log", "no-contact-request", "--at", "2026-10-10");
        JsonNode j = cli.run("check", "--json", "Can we talk?").json();
        assertThat(j.get("stage").asText()).isEqualTo("MOVING_ON");
        assertThat(j.get("verdict").asText()).isEqualTo("HOLD");
        assertThat(j.get("write_from").isNull()).isTrue();
        assertThat(j.get("write_from_note").asText()).contains("not again");
    }

    @Test
    void theJourneysOwnStageIsUsedWithoutStage() {
        cli.run("init", "--ex", "Sam", "--breakup", "2026-09-01");
        cli.run("log", "text-sent", "--at", "2026-11-01");
        cli.run("log", "reply", "--at", "2026-11-02");
        JsonNode j = cli.run("check", "--json", "Want to grab a coffee at the market on Saturday?").json();
        assertThat(j.get("stage").asText()).isEqualTo("TEXTING");
    }

    @Test
    void draftsInAnyScriptWork() {
        for (String draft : List.of("🙂", "k", "مرحبا، أتمنى أن تكون بخير", "שלום, מה שלומך?", "こんにちは、元気？")) {
            CliRun.Result r = cli.run("check", "--stage", "TEXTING", "--json", draft);
            assertThat(r.code()).as(draft + ": " + r.err()).isZero();
            assertThat(r.json().get("verdict").asText()).isIn("SEND", "REVISE", "HOLD");
        }
    }

    @Test
    void aDraftCanComeOnStandardInput() {
        CliRun.Result r = withStdin("I heard our favorite song on the radio and thought of you. Hope you're great.\n"
                .getBytes(StandardCharsets.UTF_8), "check", "--stage", "FIRST_TEXT", "--json", "-");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("verdict").asText()).isEqualTo("SEND");
    }

    @Test
    void badDraftsAreRefusedWithExit2() {
        assertBad(cli.run("check", "--stage", "FIRST_TEXT", ""), "empty");
        assertBad(cli.run("check", "--stage", "FIRST_TEXT", "   "), "empty");
        assertBad(cli.run("check", "--stage", "FIRST_TEXT", "a".repeat(5001)), "the limit is 5000");
        assertBad(cli.run("check", "--stage", "SECOND_DATE", "hi"), "unknown stage 'SECOND_DATE'");
        assertBad(withStdin(new byte[] {'h', 'i', (byte) 0xC3, (byte) 0x28}, "check", "--stage", "TEXTING", "-"), "not valid UTF-8");
        assertBad(cli.run("check", "hi"), "pass --stage STAGE");
    }

    @Test
    void evalScoresAFileAndEndsWithTheSummaryLine() throws Exception {
        Path file = Files.writeString(dir.resolve("small.jsonl"), String.join("\n",
                "{\"id\": \"a\", \"text\": \"I heard our song and thought of the good times. Hope you're great.\", \"labels\": [\"MEMORY\"]}",
                "{\"id\": \"b\", \"text\": \"miss u 😘 come over tonight\", \"labels\": [\"INVITATION\", \"ROMANTIC\", \"SEXUAL\"]}",
                "{\"id\": \"c\", \"text\": \"Answer me by Friday or we are done for good.\", \"labels\": [\"PRESSURE\"]}",
                "{\"id\": \"d\", \"text\": \"Happy birthday! Hope the day is kind to you.\", \"labels\": []}"));
        CliRun.Result r = cli.raw("eval", file.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().strip().lines().toList();
        assertThat(lines.get(lines.size() - 1)).matches("risk-macro-F1 \\d\\.\\d{3} macro-F1 \\d\\.\\d{3} clean-false-alarm \\d\\.\\d{3}");
        assertThat(r.out()).contains("ROMANTIC", "precision", "recall");
        JsonNode j = cli.raw("eval", "--json", file.toString()).json();
        assertThat(j.get("risk-macro-F1").isNumber()).isTrue();
        assertThat(j.get("macro-F1").isNumber()).isTrue();
        assertThat(j.get("clean-false-alarm").asDouble()).isBetween(0.0, 1.0);
        assertThat(j.get("drafts_per_second").asDouble()).isPositive();
        assertThat(j.at("/labels/ROMANTIC/f1").isNumber()).isTrue();
    }

    @Test
    void evalRefusesWhatIsNotALabelledFile() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.jsonl"), "{\"id\": \"a\", \"text\": \"hi\", \"labels\": []}\nnot json\n");
        assertBad(cli.raw("eval", broken.toString()), "broken.jsonl:2");
        assertBad(cli.raw("eval", dir.resolve("missing.jsonl").toString()), "is not a file");
        Path unknown = Files.writeString(dir.resolve("unknown.jsonl"), "{\"id\": \"a\", \"text\": \"hi\", \"labels\": [\"CUTE\"]}\n");
        assertBad(cli.raw("eval", unknown.toString()), "unknown.jsonl:1");
    }

    private static void assertBad(CliRun.Result r, String message) {
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("rekindle: ").contains(message);
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    private CliRun.Result withStdin(byte[] bytes, String... args) {
        InputStream before = System.in;
        try {
            System.setIn(new ByteArrayInputStream(bytes));
            return cli.raw(args);
        } finally {
            System.setIn(before);
        }
    }
}
