package com.statutory.officers.municipality;

/** Facts about one municipality: what the Article-wide rules (3.1-5-5, home rule) read. */
public interface InMunicipality {

    Municipality municipality();
}
