"""A private-sector complementary pension asked of the Assurance retraite (forty-seventh pass of issue 12,
engineer-fe).

ey-047 (the forty-sixth pass's hidden batch, the old administrative vocabulary): "je perçois bien ma pension de la
Sécurité sociale, mais la retraite de la caisse des cadres (l'AGIRC, je crois, ou l'ARRCO, je m'y perds) ne m'est
plus versée … Pourriez-vous vérifier de votre côté ce qui se passe avec cette caisse". The Agirc-Arrco pays the
complementary pension of private-sector employees and cadres; the Assurance retraite (CNAV, Carsat, CGSS) only the
general scheme's basic pension. The competence map counted the Agirc-Arrco once ("retraite complémentaire" was
not written) against the office's own "pension" and "retraite", and the model scored the old words 0.14.

`complementary_pension_asked(profiles, text)` holds when the office written to is the Assurance retraite, the
message names the Agirc-Arrco or the cadres' fund (`_SCHEME`: "Agirc", "Arrco", "caisse des cadres", "retraite des
cadres") and, in the same sentence or the next, that pension is unpaid, late, lowered or short of points
(`_TROUBLE`), and the writer either says the basic pension is paid (`_BASIC_FINE`) or asks the office to act on
that fund (`_ACT`). A question of how to claim both pensions, or whether one form serves both ("la demande unique
en ligne la transmet", a survivor's pension asked "et pour l'Agirc-Arrco ?") names no trouble and is left alone:
the single online claim is the Assurance retraite's own. The MSA's agricultural complementary is not read (the MSA
pays both there). Pure functions on strings.
"""

import re

from guichet.drafting.triage_cues import fold

# Switch (measured on and off in the forty-seventh pass, docs/benchmarks.md).
COMPLEMENTARY_PENSION_RULE = True

COMPLEMENTARY_PENSION: dict[str, str] = {
    "topic": "retraite_complementaire",
    "body": "votre caisse de retraite complémentaire (Agirc-Arrco pour les salariés et les cadres du privé)",
    "service": "le site agirc-arrco.fr et son espace personnel",
}

_SCHEME = re.compile(
    r"\bagirc\b|\barrco\b|\bagirc-arrco\b|\bcaisses? (?:de retraite )?des cadres\b|\bretraites? (?:des|de) cadres?\b"
)
_TROUBLE = re.compile(
    r"\bn'(?:est|a) (?:plus|pas|toujours pas|jamais) (?:ete )?(?:versee?s?|arrivee?s?|payee?s?|revalorisee?s?)\b"
    r"|\bne (?:m'|nous |lui )?(?:est|sont) (?:plus|pas|toujours pas|jamais) (?:versee?s?|payee?s?|arrivee?s?)\b"
    r"|\b(?:plus|pas|rien) (?:recu|touche|percu)\b|\ba baisse\b|\bmanquen?t?\b|\bbloquee?\b|\ben retard\b"
)
_BASIC_FINE = re.compile(
    r"\b(?:je |nous )?(?:percois|touche|recois|percevons|touchons|recevons|ai|avons) bien\b"
    r"|\bbien (?:versee?|recue?|arrivee?|payee?)\b|\b(?:est|arrive) bien\b"
    r"|\bde base (?:est|arrive) (?:bien|correcte?)\b"
)
_ACT = re.compile(
    r"\b(?:pourriez|pouvez)-vous (?:\w+ )?(?:verifier|regarder|voir|debloquer|corriger|relancer|faire verser"
    r"|me faire verser|intervenir|appeler|contacter)\b"
    r"|\b(?:avec|aupres de|chez) (?:cette|leur|la) caisse\b"
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]?")


def complementary_pension_asked(profiles: set[str], text: str) -> bool:
    """The Agirc-Arrco's pension, said unpaid or short, asked of the Assurance retraite (when the switch is on)."""
    if not COMPLEMENTARY_PENSION_RULE or "retraite" not in profiles:
        return False
    folded = fold(text)
    parts = [m.group() for m in _SENTENCE.finditer(folded)]
    troubled = any(
        _SCHEME.search(part) and _TROUBLE.search(" ".join(parts[i : i + 2])) for i, part in enumerate(parts)
    )
    return troubled and bool(_BASIC_FINE.search(folded) or _ACT.search(folded))
