package com.statutory.officers.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The product's version, written into {@code engine.properties} by the Maven build. */
public final class EngineVersion {

    public static final String VALUE = read();

    private EngineVersion() {
    }

    private static String read() {
        try (InputStream in = EngineVersion.class.getClassLoader().getResourceAsStream("engine.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
