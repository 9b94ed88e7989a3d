"""Acronyms that are also French words or stop words, read in capitals after a determiner (`ACRONYM_WORDS`;
thirty-eighth pass, engineer-r59).

The lexical index reads every word folded to lower case: "VIE" is the word "vie" (life, in 2,400 places of the
fiches against 76 for the volunteer scheme), "CA" is "ça" and "TA" is "ta", stop words that leave the query and the
fiches alike. A citizen who writes "déclarer mon CA" or "une offre de VIE" is then read without the acronym. Each
entry is an acronym the fiches define ("chiffre d'affaires (CA)", "Volontariat international en entreprise (VIE)")
whose lower-case form is a stop word or a common word; it counts only written in capitals (`Term.capitals`) and
after a determiner of its gender (`Term.lead`: "mon CA", "un VIE", "la TA"), so that "ma VIE", "CA suffit" or "CET
appartement" stay words, and never in a sentence written in capitals (`vocabulary._shouted`). Where one acronym names
two things, the determiner's gender tells them apart: "le CET" is the compte épargne-temps, "la CET" the
contribution économique territoriale, as "le CFE" is the centre de formalités and "la CFE" the business tax.

Measured on train + validation of corpora/retrieval (docs/benchmarks.md, "Thirty-eighth pass — engineer-r59").
"""

from __future__ import annotations

from guichet.knowledge.terms import Term

# Determiners and prepositions before a masculine or a feminine acronym (any case: `Term.lead`).
_MASCULINE = r"le|un|mon|ton|son|notre|votre|leur|du|au|d'un|ce"
_FEMININE = r"la|une|ma|ta|sa|cette|de la"

ACRONYM_WORDS: tuple[Term, ...] = (
    # "mon CA", "1 400 € de CA", "le CA de l'année": a micro-entrepreneur's turnover (F23257, F23264, F23961: « les
    # seuils de chiffre d'affaires (CA) »), not "ça"; a broad topic, no fiche of its own.
    Term(
        r"ca",
        "chiffre d'affaires",
        (),
        "F23257 « Micro-entrepreneur : quand déclarer son chiffre d'affaires ? » : « chiffre d'affaires (CA) »",
        capitals=True,
        lead=_MASCULINE + r"|de|mes|ses|nos|vos|leurs",
    ),
    # "une offre de VIE", "partir en VIE", "un VIE à Toronto": the volunteer scheme abroad, not life.
    Term(
        r"vie",
        "volontariat international en entreprise volontaire",
        ("F10040",),
        "F10040 « Volontariat international en entreprise (VIE) »",
        capitals=True,
        lead=_MASCULINE + r"|en|(offres?|contrats?|missions?|postes?|candidatures?) (de|en|au)",
    ),
    Term(
        r"via",
        "volontariat international en administration volontaire",
        ("F13279",),
        "F13279 « Volontariat international en administration (VIA) »",
        capitals=True,
        lead=_MASCULINE + r"|en|(offres?|contrats?|missions?|postes?|candidatures?) (de|en|au)",
    ),
    # "la TA", "ma TA" on a building permit: the taxe d'aménagement, not "ta".
    Term(
        r"ta",
        "taxe d'aménagement",
        ("F23263",),
        "F23263 « Taxe d'aménagement (TA) »",
        capitals=True,
        lead=_FEMININE + r"|notre|votre|leur",
    ),
    # "mon CET", "le CET" of an employee or a civil servant: the compte épargne-temps, one fiche per public (the
    # re-ranking puts first the one written for the writer's situation).
    Term(
        r"cet",
        "compte épargne-temps",
        ("F1907", "F585", "F10252", "F587"),
        "F1907 « Compte épargne-temps (CET) du salarié » ; F585, F10252, F587 (fonction publique)",
        capitals=True,
        lead=r"le|un|mon|ton|son|du|au",
    ),
    # "la CET", "ma CET" of a business: the contribution économique territoriale (CFE and CVAE).
    Term(
        r"cet",
        "contribution économique territoriale cotisation foncière des entreprises",
        (),
        "F23548 « Plafonnement de la CET en fonction de la valeur ajoutée »",
        capitals=True,
        lead=_FEMININE,
    ),
    # "le CE", "les chèques du CE", "plus de CE": the comité d'entreprise, now the comité social et économique.
    Term(
        r"ce",
        "comité d'entreprise comité social et économique",
        (),
        "F96 « Le comité d'entreprise (CE) existe-t-il toujours ? »",
        capitals=True,
        lead=r"le|un|mon|son|notre|votre|leur|du|au|(plus|pas) de",
    ),
    Term(
        r"ces",
        "corps européen de solidarité",
        ("F119",),
        "F119 « Corps européen de solidarité (CES) : ancien service volontaire européen »",
        capitals=True,
        lead=r"le|un|mon|son|du|au|en",
    ),
    # "au CFE", "le CFE dont je dépends": the centre de formalités des entreprises where a business is declared
    # (F24023), not "la CFE", the business tax; any case, "cfe" being no word.
    Term(
        r"(le|au|du|un|mon|son|quel|ce) cfe|centres? de formalites( des entreprises)?",
        "centre de formalités des entreprises",
        ("F24023",),
        "F24023 « Comment trouver son centre de formalités des entreprises (CFE) ? »",
        unless=r"expatri\w*|a l.etranger|hors de france|assurance maladie|securite sociale|\bsecu\b|carte vitale",
    ),
)
