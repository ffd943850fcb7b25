package dev.sluice.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence of the phrasebook as the living documentation shows it: keyword, the sentence with
 * its parameters, what it means, and examples of its use taken from the features that ran.
 */
public record PhrasebookEntry(String keyword, String sentence, String meaning, List<String> examples) {
    private static final Pattern PARAMETER = Pattern.compile("\\{([a-z]+)}");

    public PhrasebookEntry {
        examples = List.copyOf(examples);
    }

    /** The sentence's parameters in order ({@code string}, {@code int}, {@code endpoint}), and a table where it ends in ':'. */
    public List<String> parameters() {
        List<String> parameters = new ArrayList<>();
        Matcher m = PARAMETER.matcher(sentence);
        while (m.find()) {
            parameters.add(m.group(1));
        }
        if (sentence.endsWith(":")) {
            parameters.add("table");
        }
        return parameters;
    }

    public PhrasebookEntry withExamples(List<String> found) {
        return new PhrasebookEntry(keyword, sentence, meaning, found);
    }
}
