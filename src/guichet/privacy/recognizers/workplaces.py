"""Small employers and homes the other rules leave (fifty-fifth pass, engineer-p191e, issue 13): a firm after the
writer's own contract and its kind ("mon CDD dans l'entreprise de nettoyage Net'Plus"), a building named before its
residence ("au pied du bâtiment E de la résidence Les Érables"); and two readings measured and shipped off.

- `OWN_JOB_FIRMS` (on): a possessive and a word of a job held ("mon CDD", "son stage", "mon contrat", "ma mission"),
  then "dans", "chez", "à", "au" or "pour", then a kind of firm in lower case and its name ("dans l'entreprise de
  nettoyage Net'Plus", "à la boulangerie Le Fournil"). `employer` reads "dans" only after a worker's word ("travaillé
  dans l'usine …") and the kind after the contract's "avec"; the writer's own contract says the same. The kind stays
  visible, the name is masked as `[EMPLOYEUR_n]` when `employer` would call it a firm (`firm_span`: no public body,
  person or pronoun). Without the kind ("mon stage à la Mairie de Brest", "mon CDD chez Lidl") it is left to
  `employer`.
- `BUILDING_RESIDENCES` (on): a building's word and its letter, number or name, then "de la résidence", ",
  résidence", "de la cité" and the estate's name ("bâtiment E de la résidence Les Érables", "bâtiment H, résidence
  Beauséjour", "Bât. C, résidence Les Mimosas"). The address rules read the estate then its building ("résidence Le
  Parc bâtiment B"), or a building before an address they found; the other order, with no street, was left. One
  building of a named estate is a handful of homes: masked whole as an address, below the address rules' score so
  that a longer address around it stays whole. **Not masked**: a building of a public body ("le bâtiment B de la
  préfecture": no estate's word), an estate without its name ("bâtiment C de la résidence").
- `NATIONAL_EMPLOYERS_KEPT` (off): a national chain or company named alone as an employer ("je travaille à la SNCF",
  "caissière chez Leclerc", `employer.CHAINS` and a few national companies) left visible, whichever rule masked it,
  by a filter at the end of `analyzer._detect`. It names tens of thousands of workers; with its town or its shop
  ("Intermarché de Lannion") it stays masked. Off: the twentieth pass's product decision masks the employer, and the
  corpora's writers plant these names about one time in three (24 strings of train + validation would leak).
- `ELIDED_LEGAL_FORMS` (off): a legal form that begins with a vowel after an elided article ("à l'EARL Les Vergers
  du Lac", "de l'EURL Bâti-Conseil"), which `employer` reads only after a blank. Off: on train + validation every
  such firm is masked by other rules already, and one unplanted one is added.

Each switch is read at call time (see `docs/benchmarks.md`, fifty-fifth pass, engineer-p191e).
"""

import re
from collections.abc import Iterator

from guichet.privacy.recognizers.base import RegexRecognizer
from guichet.privacy.recognizers.employer import CHAINS, FIRM_KIND, FIRM_NAME, LEGAL_SCORE, SCORE, firm_span
from guichet.privacy.recognizers.employer import ENTITY as EMPLOYER

OWN_JOB_FIRMS = True
BUILDING_RESIDENCES = True
NATIONAL_EMPLOYERS_KEPT = False
ELIDED_LEGAL_FORMS = False

# Below the address rules (0.55, as `housing.RESIDENCE_SCORE`): a longer address found around it is kept whole.
BUILDING_SCORE = 0.55

# The writer's or a relative's job held: a possessive, then the contract or the post.
_OWN_JOB = (
    r"(?<![\w'’\-])(?i:mon|ma|son|sa|leur|notre)[ \t]+(?:(?i:ancien|ancienne|premier|premi[eè]re|dernier|"
    r"derni[eè]re|nouveau|nouvel|nouvelle)[ \t]+)?"
    r"(?i:CDD|CDI|contrat|stage|poste|emploi|travail|boulot|job|apprentissage|alternance|mission|"
    r"p[ée]riode[ \t]+d['’]essai|saison)"
)
_OWN_JOB_FIRM = re.compile(
    _OWN_JOB
    + r"(?:[ \t]+(?i:de|d['’])[ \t]*[a-zà-ÿ][\wà-ÿ\-]*)?"  # "mon contrat de saisonnier", "mon poste d'agent"
    + r"[ \t]+(?i:dans|chez|pour|à|au)[ \t]*(?:(?i:la|le|les|l['’]|une|un)[ \t]*)?"
    + FIRM_KIND[:-1]  # the kind of firm, required ("l'entreprise de nettoyage", "la boulangerie")
    + FIRM_NAME
    + r"(?![\w'’\-])",
    re.MULTILINE,
)

_BUILDING = r"(?i:bâtiment|batiment|bât\.?|bat\.|immeuble|tour|bloc)"
_CAP = r"[A-ZÀ-Ý][\wà-ÿ'’]*(?:-[\wÀ-ÿ'’]+)*"
_BUILDING_RESIDENCE = re.compile(
    r"(?<![\w'’\-])(?P<pii>" + _BUILDING + r"(?![\w])[ \t]*"
    # the building: a letter or a number ("E", "4", "12B"), or its name ("les Mimosas", "Lilas")
    r"(?:[A-Z0-9]{1,3}|\d{1,3}[A-Za-z]?|(?:(?:les|le|la|l['’])[ \t]*)?" + _CAP + r")"
    r"(?:[ \t]*,[ \t]*|[ \t]+(?i:de[ \t]+la|de[ \t]+l['’]|du)[ \t]*)"
    r"(?i:résidence|residence|cité|cite|lotissement)[ \t]+"
    r"(?:(?:Les|Le|La|L['’]|les|le|la|l['’]|du|des|de[ \t]+la|de)[ \t]*)?"
    + _CAP
    + r"(?:[ \t]+(?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])[ \t]*)?"
    + _CAP
    + r"){0,2})(?![\w'’\-])",
    re.MULTILINE,
)


# A national chain, a large firm or a national public company, alone (no town, no shop's name after it): it employs
# tens of thousands, and names no one ("je travaille à la SNCF", "caissière chez Leclerc"). With its town or its shop
# ("Intermarché de Lannion", "Carrefour Market Vitré") it is one workplace, masked as before.
_NATIONAL = re.compile(
    r"(?:(?:la|le|les|l['’])[ \t]*)?(?:" + CHAINS + r"|SNCF|RATP|La[ \t]+Poste|EDF|GDF|Engie|Air[ \t]+France|"
    r"Carrefour[ \t]+Market|Leclerc[ \t]+Drive)",
    re.IGNORECASE,
)


def national_employer(value: str) -> bool:
    """(`NATIONAL_EMPLOYERS_KEPT`) Whether an employer's masked value is a national chain or company alone."""
    return NATIONAL_EMPLOYERS_KEPT and _NATIONAL.fullmatch(value.strip()) is not None


# A legal form that begins with a vowel, after an elided article: "à l'EARL Les Vergers du Lac", "gérant de l'EURL
# Bâti-Conseil", "salarié d'Établissements Roux" (`employer` reads a legal form only after a blank).
_ELIDED_LEGAL = re.compile(
    r"(?<=(?<![\w'’\-])[lLdD]['’])(?=(?:EARL|EURL|Établissements|Etablissements)[ \t])" + FIRM_NAME + r"(?![\w'’\-])",
    re.MULTILINE,
)


def _firms(regex: re.Pattern[str], text: str, score: float) -> Iterator[tuple[int, int, float]]:
    """The firm's name in each match's `pii` group, where `employer` would call it a firm (`firm_span`)."""
    for match in regex.finditer(text):
        start, end = match.span("pii")
        found = firm_span(text[start:end])
        if found is not None:
            yield start + found[0], start + found[1], score


def elided_legal_forms(text: str) -> Iterator[tuple[int, int, float]]:
    """(`ELIDED_LEGAL_FORMS`) A firm after its legal form and an elided article."""
    if ELIDED_LEGAL_FORMS:
        yield from _firms(_ELIDED_LEGAL, text, LEGAL_SCORE)


def own_job_firms(text: str) -> Iterator[tuple[int, int, float]]:
    """(`OWN_JOB_FIRMS`) A firm of a named kind after the writer's own contract or post."""
    if OWN_JOB_FIRMS:
        yield from _firms(_OWN_JOB_FIRM, text, SCORE)


def building_residences(text: str) -> Iterator[tuple[int, int, float]]:
    """(`BUILDING_RESIDENCES`) A building, then the named estate it belongs to."""
    if not BUILDING_RESIDENCES:
        return
    for match in _BUILDING_RESIDENCE.finditer(text):
        yield match.start("pii"), match.end("pii"), BUILDING_SCORE


class OwnJobFirmRecognizer(RegexRecognizer):
    """A firm after the writer's own job and its kind (see the module's docstring)."""

    ENTITY = EMPLOYER

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        yield from own_job_firms(text)
        yield from elided_legal_forms(text)


class BuildingResidenceRecognizer(RegexRecognizer):
    """A building of a named estate, the building first (see the module's docstring)."""

    ENTITY = "ADRESSE"

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        yield from building_residences(text)
