package com.statutory.officers.municipality;

import com.statutory.officers.answer.Fact;

/** The municipality's facts as a rule reads them (through the engine), declared once for every question about one municipality. */
public final class MunicipalityFacts {

    private MunicipalityFacts() {
    }

    private static final Fact<InMunicipality, Integer> POPULATION = Fact.<InMunicipality>count("municipality.population",
            f -> f.municipality() == null ? null : f.municipality().population(), 1, 20_000_000, Municipality.ASK_POPULATION).said("the number of inhabitants");
    private static final Fact<InMunicipality, MunicipalityKind> KIND = Fact.<InMunicipality, MunicipalityKind>choice("municipality.kind",
            MunicipalityKind.class, f -> f.municipality() == null ? null : f.municipality().kind(), Municipality.ASK_KIND)
            .said("whether it is a city, a village or an incorporated town");
    private static final Fact<InMunicipality, FormOfGovernment> FORM = Fact.<InMunicipality, FormOfGovernment>choice("municipality.formOfGovernment",
            FormOfGovernment.class, f -> f.municipality() == null ? null : f.municipality().formOfGovernment(), Municipality.ASK_FORM)
            .said("the form of government");

    private static final Fact<InMunicipality, Boolean> HOME_RULE = Fact.<InMunicipality>yesNo("municipality.homeRule",
            f -> f.municipality() == null ? null : f.municipality().homeRule(), "Is the municipality a home-rule unit?")
            .said("whether the municipality is a home-rule unit");

    /** The population, as the facts of any question about one municipality hold it. */
    @SuppressWarnings("unchecked")
    public static <F extends InMunicipality> Fact<F, Integer> population() {
        return (Fact<F, Integer>) (Fact<?, ?>) POPULATION;
    }

    @SuppressWarnings("unchecked")
    public static <F extends InMunicipality> Fact<F, MunicipalityKind> kind() {
        return (Fact<F, MunicipalityKind>) (Fact<?, ?>) KIND;
    }

    @SuppressWarnings("unchecked")
    public static <F extends InMunicipality> Fact<F, FormOfGovernment> form() {
        return (Fact<F, FormOfGovernment>) (Fact<?, ?>) FORM;
    }

    @SuppressWarnings("unchecked")
    public static <F extends InMunicipality> Fact<F, Boolean> homeRule() {
        return (Fact<F, Boolean>) (Fact<?, ?>) HOME_RULE;
    }
}
