package com.statutory.officers.statutory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The statutory cases, kept as data as OpenFisca keeps them: one YAML file per question under
 * {@code src/test/resources/cases/<question>.yaml}, each case with its {@code name}, the {@code subsection} it tests,
 * the {@code input} and what to {@code expect}.
 */
public final class StatutoryCases {

    /**
     * @param expect {@code status}; {@code answer} (the fields given must equal the answer's; others are not compared);
     *               {@code asks} (the missing facts' fields, in order); {@code summaryContains}, {@code summaryLacks};
     *               {@code cites} (citations that must be quoted); {@code error} (the field a 400 names)
     */
    public record Case(String question, String file, String name, String subsection, JsonNode input, JsonNode expect) {

        @Override
        public String toString() {
            return question + ": " + name + " [" + subsection + "]";
        }
    }

    record File(String question, List<FileCase> cases) {
    }

    record FileCase(String name, String subsection, JsonNode input, JsonNode expect) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static List<Case> all;

    private StatutoryCases() {
    }

    public static synchronized List<Case> all() {
        if (all == null) {
            all = load();
        }
        return all;
    }

    private static List<Case> load() {
        try {
            Path dir = Path.of(StatutoryCases.class.getResource("/cases").toURI());
            List<Case> out = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                    try (InputStream in = Files.newInputStream(p)) {
                        File file = YAML.readValue(in, File.class);
                        String expected = p.getFileName().toString().replace(".yaml", "");
                        if (!expected.equals(file.question())) {
                            throw new IllegalStateException(p + " holds cases of " + file.question() + "; name it " + file.question() + ".yaml");
                        }
                        for (FileCase c : file.cases()) {
                            out.add(new Case(file.question(), p.getFileName().toString(), c.name(), c.subsection(), c.input(), c.expect()));
                        }
                    }
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
