package com.statutory.officers.statute;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parsed corpus, written when the product is built (Maven's process-classes phase runs {@link #main}) and read
 * at start-up instead of parsing the scrape again: a cold JVM spent about 0.3 s in the parser's regular expressions,
 * and reading this takes a few milliseconds. It records the CRC-32 of the sources it was parsed from and their SHA-256
 * (the hash every answer carries; computing it cold cost another 30 ms). {@link Corpus} uses it only when that CRC
 * matches the bundled scrape and repairs, and parses them otherwise, so an image from other sources is never used.
 * A native image needs none of this: its corpus is parsed while the image is built.
 */
public final class CorpusImage {

    static final String RESOURCE = "statute/corpus.bin";
    private static final int MAGIC = 0x494D4C43; // "IMLC"
    private static final int VERSION = 3;

    /** What an image holds: the sources' SHA-256, the latest public act in the source notes, and the parsed sections. */
    record Parsed(String sha256, String amendedThrough, List<Section> sections) {
    }

    private CorpusImage() {
    }

    /** Writes the image of the bundled corpus to the given file: {@code CorpusImage <output>}. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out.getParent());
        Corpus corpus = Corpus.parsed();
        Files.write(out, write(Corpus.sourcesCrc32(), corpus.sha256(), corpus.amendedThrough(), corpus.sections()));
    }

    static byte[] write(long sourcesCrc32, String sourcesSha256, String amendedThrough, List<Section> sections) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeLong(sourcesCrc32);
            string(out, sourcesSha256);
            string(out, amendedThrough);
            out.writeInt(sections.size());
            for (Section s : sections) {
                string(out, s.number());
                string(out, s.heading());
                out.writeInt(s.division().number());
                string(out, s.division().title());
                string(out, s.sourceNote());
                out.writeInt(s.provisions().size());
                for (Provision p : s.provisions()) {
                    string(out, p.citation().section());
                    strings(out, p.citation().path());
                    string(out, p.heading());
                    string(out, p.text());
                    string(out, p.ownText());
                    strings(out, p.children());
                }
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parse, if the image was made from sources with this CRC-32; empty otherwise. */
    static Optional<Parsed> read(byte[] image, long sourcesCrc32) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(image));
            if (in.readInt() != MAGIC || in.readInt() != VERSION || in.readLong() != sourcesCrc32) {
                return Optional.empty();
            }
            String sha256 = string(in);
            String amendedThrough = string(in);
            int sectionCount = in.readInt();
            List<Section> sections = new ArrayList<>(sectionCount);
            for (int i = 0; i < sectionCount; i++) {
                String number = string(in);
                String heading = string(in);
                Division division = new Division(in.readInt(), string(in));
                String sourceNote = string(in);
                int provisionCount = in.readInt();
                List<Provision> provisions = new ArrayList<>(provisionCount);
                for (int j = 0; j < provisionCount; j++) {
                    Citation citation = new Citation(string(in), strings(in));
                    provisions.add(new Provision(citation, string(in), string(in), string(in), strings(in)));
                }
                sections.add(new Section(number, heading, division, sourceNote, provisions));
            }
            return Optional.of(new Parsed(sha256, amendedThrough, sections));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            string(out, s);
        }
    }

    private static String string(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(string(in));
        }
        return list;
    }
}
