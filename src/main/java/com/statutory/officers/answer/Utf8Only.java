package com.statutory.officers.answer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.InputDecorator;

/**
 * JSON bodies are UTF-8 without a byte order mark (RFC 8259, section 8.1: "MUST NOT add a byte order mark"). Jackson
 * would also detect and read UTF-16 and UTF-32 and skip a BOM, so that a body the gateway's model reads one way could
 * reach the function read another (issue 14, finding 7). Every JSON text starts with an ASCII character, so its first
 * two bytes tell: a BOM starts with EF, FE or FF, and UTF-16/32 put a zero byte in one of them.
 */
final class Utf8Only extends InputDecorator {

    @Override
    public InputStream decorate(IOContext context, InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 2);
        buffered.mark(2);
        int first = buffered.read();
        int second = first < 0 ? -1 : buffered.read();
        buffered.reset();
        check(first, second);
        return buffered;
    }

    @Override
    public InputStream decorate(IOContext context, byte[] src, int offset, int length) throws IOException {
        check(length > 0 ? src[offset] & 0xFF : -1, length > 1 ? src[offset + 1] & 0xFF : -1);
        return null;
    }

    @Override
    public Reader decorate(IOContext context, Reader r) {
        // already characters: the encoding was settled by whoever decoded them
        return r;
    }

    private static void check(int first, int second) throws JsonParseException {
        if (first == 0xEF || first == 0xFE || first == 0xFF || first == 0 || second == 0) {
            // a parse error like any other unreadable body, so that both bindings answer it as one (a 400 for the body)
            throw new JsonParseException((JsonParser) null, "The body must be UTF-8 JSON without a byte order mark");
        }
    }
}
