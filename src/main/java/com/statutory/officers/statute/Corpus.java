package com.statutory.officers.statute;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The bundled text of 65 ILCS 5/Article 3.1: the only source of quoted words in any answer.
 *
 * <p>Built once, when this class is initialised (at image build time in the native artifact), from
 * the scrape and the authentic wording of its damaged spots, both shipped as resources; on the JVM from the
 * image of that parse written at build time ({@link CorpusImage}) when it matches them.
 */
public final class Corpus {

    static final String SCRAPE = "statute/65-ILCS-5-Art-3.1.scraped.txt";
    static final String REPAIRS = "statute/repairs.json";
    private static final Pattern PUBLIC_ACT = Pattern.compile("P\\.A\\. (\\d+)-(\\d+)(?:, eff\\. (\\d+)-(\\d+)-(\\d+))?");

    private static final Corpus INSTANCE = load();

    private final List<Section> sections;
    private final Map<String, Section> bySection;
    private final Map<String, Provision> byCite;
    private final String sha256;
    private final String amendedThrough;

    private Corpus(List<Section> sections, String sha256) {
        this(sections, sha256, latestPublicAct(sections));
    }

    private Corpus(List<Section> sections, String sha256, String amendedThrough) {
        this.sections = List.copyOf(sections);
        this.sha256 = sha256;
        Map<String, Section> s = new LinkedHashMap<>();
        Map<String, Provision> p = new LinkedHashMap<>();
        for (Section section : sections) {
            s.put(section.number(), section);
            for (Provision provision : section.provisions()) {
                p.putIfAbsent(provision.citation().local(), provision);
            }
        }
        this.bySection = s;
        this.byCite = p;
        this.amendedThrough = amendedThrough;
    }

    /**
     * The Illinois General Assembly's page for one section of 65 ILCS 5 (the Illinois Municipal Code): its ILCS document
     * name is chapter 0065, act 0005, then "0K" and the section number (the scheme of ilga.gov's fulltext.asp pages, e.g.
     * DocName=072000050K28 for 720 ILCS 5/28; the Article's print view this corpus was scraped from is ActID 802).
     */
    public static String officialUrl(String section) {
        return "https://www.ilga.gov/legislation/ilcs/fulltext.asp?DocName=006500050K" + section;
    }

    public static Corpus get() {
        return INSTANCE;
    }

    public List<Section> sections() {
        return sections;
    }

    public Optional<Section> section(String number) {
        return Optional.ofNullable(bySection.get(number));
    }

    public Optional<Provision> find(Citation citation) {
        return Optional.ofNullable(byCite.get(citation.local()));
    }

    public Optional<Provision> find(String cite) {
        return Citation.parse(cite).flatMap(this::find);
    }

    /** For citations written into the rules: a miss is a bug, so it fails loudly (and at class initialisation). */
    public Provision require(String cite) {
        return find(cite).orElseThrow(() -> new IllegalArgumentException("Not in the corpus: " + cite));
    }

    public List<Provision> provisions() {
        return List.copyOf(byCite.values());
    }

    public String sha256() {
        return sha256;
    }

    /** The latest public act named in any source note, e.g. "P.A. 102-15 (eff. 2021-06-17)". */
    public String amendedThrough() {
        return amendedThrough;
    }

    private static String latestPublicAct(List<Section> sections) {
        int bestGa = -1;
        int bestNo = -1;
        String best = "";
        for (Section section : sections) {
            Matcher m = PUBLIC_ACT.matcher(section.sourceNote());
            while (m.find()) {
                int ga = Integer.parseInt(m.group(1));
                int no = Integer.parseInt(m.group(2));
                if (ga > bestGa || (ga == bestGa && no > bestNo)) {
                    bestGa = ga;
                    bestNo = no;
                    best = "P.A. " + ga + "-" + no + (m.group(3) == null ? ""
                            : " (eff. " + LocalDate.of(2000 + Integer.parseInt(m.group(5)), Integer.parseInt(m.group(3)),
                                    Integer.parseInt(m.group(4))) + ")");
                }
            }
        }
        return best;
    }

    private static Corpus load() {
        byte[] image = optionalResource(CorpusImage.RESOURCE);
        Optional<CorpusImage.Parsed> built = image == null ? Optional.empty() : CorpusImage.read(image, sourcesCrc32());
        return built.map(p -> new Corpus(p.sections(), p.sha256(), p.amendedThrough())).orElseGet(Corpus::parsed);
    }

    /** A cheap fingerprint of the bundled sources, to tell whether the build-time image was made from them. */
    static long sourcesCrc32() {
        CRC32 crc = new CRC32();
        crc.update(resource(SCRAPE));
        crc.update(resource(REPAIRS));
        return crc.getValue();
    }

    /** The corpus parsed from the scrape and its repairs, never from the build-time image. */
    static Corpus parsed() {
        byte[] scrape = resource(SCRAPE);
        byte[] repairsJson = resource(REPAIRS);
        return new Corpus(parse(scrape, repairsJson), sha256(scrape, repairsJson));
    }

    private static List<Section> parse(byte[] scrape, byte[] repairsJson) {
        List<Map.Entry<String, String>> repairs = new ArrayList<>();
        try {
            JsonNode root = new ObjectMapper().readTree(repairsJson);
            for (JsonNode r : root.get("repairs")) {
                repairs.add(Map.entry(r.get("damaged").asText(), r.get("authentic").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = CorpusParser.applyRepairs(new String(scrape, StandardCharsets.UTF_8), repairs);
        return CorpusParser.parse(text);
    }

    private static byte[] resource(String name) {
        byte[] bytes = optionalResource(name);
        if (bytes == null) {
            throw new IllegalStateException("Missing resource " + name);
        }
        return bytes;
    }

    private static byte[] optionalResource(String name) {
        try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
