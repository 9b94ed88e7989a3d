"""Twenty-fourth pass, second shift: a French person coming back from abroad or living there (`ABROAD_TERMS`)."""

from __future__ import annotations

from guichet.knowledge.situations import ABROAD, LIVING_ABROAD, RETURNING
from guichet.knowledge.terms import Term
from guichet.knowledge.terms import around as _around

# Twenty-fourth pass, second shift: a French person coming back from abroad (`situations.RETURNING`) or living there
# (`situations.LIVING_ABROAD`) asks what anyone asks (health cover, the RSA, unemployment benefit, a car, taxes), and
# the fiche written for their situation shares few words with the ask. Each entry is the situation and one topic;
# its source is the fiche's title.
# settling abroad, not a stay: living, moving or settling there, said by the country or the town
_SETTLING = (
    r"\b(vivre|vis|vit|habite\w*|install\w*|resid\w*|demenag\w*)( \w+){0,3} (au|aux|en|a) (" + ABROAD + r")"
    r"|partir (vivre|travailler|m.installer|s.installer|m.expatrier)|\bexpatri\w*"
)
_HEALTH = r"secu|securite sociale|assurance maladie|couverte?s?|couverture|carte vitale|cpam|ameli|puma|mutuelle"
_TAX = r"impots?|impose\w*|declar\w*|tax\w*|fiscal\w*|non.residents?"
_DEATH = r"decede\w*|mort|morte|deces|mourir|meurt"
_ABROAD_NOW = r"a l.etranger|pendant (nos|les|ses|mes|leurs) vacances|en vacances|(a|au|aux|en) (" + ABROAD + r")"
ABROAD_TERMS: tuple[Term, ...] = (
    Term(
        _around(
            RETURNING,
            r"secu|securite sociale|assurance maladie|couverte?s?|couverture|carte vitale|cpam|ameli|puma|mutuelle"
            r"|soins|medecins?|enceinte|grossesse|rembourse\w*"
            r"|(ouvr\w*|rouvr\w*|reouv\w*) (de |des |mes |les |nos )?droits",
        ),
        "assurance maladie retour expatrié couverture santé",
        ("F32824",),
        "F32824 « Quelle assurance maladie à votre retour après avoir travaillé comme expatrié ? »",
    ),
    Term(
        _around(
            RETURNING,
            r"rsa|aides?|aides? sociales?|prime d.activite|apl|allocations? (familiales|logement)"
            r"|(aucun|sans|pas de) (revenus?|ressources?)",
        ),
        "aides sociales retour d'expatriation RSA",
        ("F31833",),
        "F31833 « Peut-on percevoir des aides sociales à son retour d'expatriation ? »",
    ),
    Term(
        _around(
            RETURNING,
            r"chomage|france travail|pole emploi|are|arbeitslosengeld|indemnis\w*|allocations? chomage"
            r"|inscrite?s? (a|chez|comme)",
        ),
        "retour en France allocations chômage droits",
        ("F33775",),
        "F33775 « Retour en France : quel droit aux allocations chômage ? »",
    ),
    Term(
        _around(RETURNING, r"voitures?|vehicules?|carte grise|plaques?|immatricul\w*|moto|camping.car"),
        "expatrié revient en France véhicule immatriculation",
        ("F12097",),
        "F12097 « Quelle formalité doit faire l'expatrié qui revient en France avec un véhicule ? »",
    ),
    Term(
        _around(RETURNING, _TAX),
        "impôt sur le revenu retour d'expatriation",
        ("F31443",),
        "F31443 « Impôt sur le revenu - Retour d'expatriation »",
    ),
    Term(
        _around(LIVING_ABROAD, _TAX),
        "impôt sur le revenu Français vivant à l'étranger non-résident",
        ("F31442",),
        "F31442 « Impôt sur le revenu d'un Français vivant à l'étranger »",
    ),
    Term(
        _around(_SETTLING, _HEALTH),
        "assurance maladie Français vivant à l'étranger",
        ("F407",),
        "F407 « Assurance maladie d'un Français vivant à l'étranger »",
    ),
    Term(
        _around(_SETTLING, r"voitures?|vehicules?|carte grise|plaques?|immatricul\w*|moto|camping.car"),
        "véhicule part s'installer à l'étranger",
        ("F32277",),
        "F32277 « Que faire de son véhicule quand on part s'installer à l'étranger ? »",
    ),
    Term(
        rf"(?s:\b(?:{_DEATH})\b.{{0,100}}?\b(?:{_ABROAD_NOW})\b)",
        "décès d'un proche à l'étranger",
        ("F911",),
        "F911 « Que faire en cas de décès d'un proche à l'étranger ? »",
    ),
)
