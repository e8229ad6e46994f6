package com.statutory.officers.answer;

import com.statutory.officers.statute.Corpus;

/** The audit receipt of an answer: which text and which engine computed it. */
public record Law(String source, String amendedThrough, String corpusSha256, String engineVersion) {

    public static final Law CURRENT = new Law("65 ILCS 5/Art. 3.1", Corpus.get().amendedThrough(),
            Corpus.get().sha256(), EngineVersion.VALUE);
}
