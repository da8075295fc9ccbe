package org.rekindle.journey;

import java.util.List;

/**
 * One field an event kind carries, declared once in {@link EventSchema}: its name (the same on
 * the command line, in JSON and in storage), its form and what it accepts, and how the log form
 * asks for it.
 *
 * @param name      the field's name, {@code snake_case}
 * @param form      free text, one word of a few, or a mood from 1 to 5
 * @param required  whether it must be given ({@code fallback} is used otherwise, when there is one)
 * @param words     for {@link Form#WORD}: the words accepted, in order
 * @param answers   for {@link Form#WORD}: how the log form shows each word, in the same order
 * @param fallback  for {@link Form#WORD}: the word taken when none is given, or null
 * @param question  how the log form and {@code log --help} ask for it
 * @param fix       what to say when a required field is missing ("what did they say?")
 */
public record EventField(String name, Form form, boolean required, List<String> words, List<String> answers,
                         String fallback, String question, String fix) {

    /** What kind of value a field holds. */
    public enum Form { TEXT, WORD, MOOD }

    public EventField {
        words = List.copyOf(words);
        answers = List.copyOf(answers);
        if (answers.size() != words.size()) {
            throw new IllegalArgumentException(name + ": one answer per word");
        }
    }

    static EventField text(String name, boolean required, String question) {
        return new EventField(name, Form.TEXT, required, List.of(), List.of(), null, question, "write a few words");
    }

    static EventField mood(String name, String question) {
        return new EventField(name, Form.MOOD, false, List.of(), List.of(), null, question, "use 1 (low) to 5 (good)");
    }

    /** {@code choices} alternate a word and its answer: {@code "well", "Well", "mixed", "Mixed"}. */
    static EventField word(String name, boolean required, String fallback, String question, String fix, String... choices) {
        List<String> words = new java.util.ArrayList<>();
        List<String> answers = new java.util.ArrayList<>();
        for (int i = 0; i < choices.length; i += 2) {
            words.add(choices[i]);
            answers.add(choices[i + 1]);
        }
        return new EventField(name, Form.WORD, required, words, answers, fallback, question, fix);
    }

    /** The words, as help and messages list them: {@code well|mixed|badly}. */
    public String wordList() {
        return String.join("|", words);
    }
}
