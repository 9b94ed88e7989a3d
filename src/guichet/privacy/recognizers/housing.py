"""Tenants, landlords and letting agencies (forty-fourth pass, engineer-p140e): a residence named where no street is
written, and a letting agency named as the workplace of one of its staff.

- `RESIDENCE_NAMES`: a residence by its own name, its word capitalised as on its sign, anywhere in the message: "Le
  foyer s'appelle maintenant Résidence Jean-Vanier", "ma mère est à la Résidence Bellevue", "la Résidence Le Clos
  des Vignes est gérée par…". A named residence is one building or a handful, a home as a street is: masked as an
  address. The address rules read a residence only with its building, its number or its street beside it, or after
  "j'habite". In lower case ("à la résidence Marie-Curie du Crous", "aide-soignante à la résidence Saint-Joseph") it
  is most often a students' hall or a care home, which the corpora's writers mask or leave as the care rules do: left
  to them; in capitals, a heading's ("CERTIFICAT DE RESIDENCE"). **Not masked**: a residence that is a right or a
  status ("Résidence principale", "Résidence Alternée", the words of `_STATUS`), or one after a paper's or a place's
  word and "de" ("certificat de Résidence Algérien", "pays de Résidence").
- `ESTATE_JOBS`: the jobs of a letting agency or a property manager before "chez" and the firm's name: "je suis
  négociatrice chez Orpi Les Halles", "gestionnaire locative chez Foncia Vaugirard", "assistante de gestion chez
  Nestenn". `employer` reads a firm after the words of work it lists, which name few office jobs; with the town, the
  agency that employs a writer narrows them to a handful (product decision of the twentieth pass). The firm is
  masked as `[EMPLOYEUR_n]` when `employer` would call it one (no public body, person or pronoun: `firm_span`).
  "assistante sociale" is no agency's job: she works for a public body, named or not.
"""

import re
from collections.abc import Iterator

from guichet.privacy.recognizers.base import RegexRecognizer
from guichet.privacy.recognizers.employer import ENTITY as EMPLOYER
from guichet.privacy.recognizers.employer import FIRM_NAME, firm_span
from guichet.text import fold

RESIDENCE_NAMES = True
ESTATE_JOBS = True

# As the address rules' named streets without a number (0.55): below a name found by a title or a cue.
RESIDENCE_SCORE = 0.55
# As `employer.SCORE`: above the name rules, "Foncia Vaugirard" after the job is the firm, not a person.
EMPLOYER_SCORE = 0.85

_CAP = r"[A-ZÀ-Ý][\wà-ÿ'’]*(?:-[\wÀ-ÿ'’]+)*"
_ARTICLE = r"(?:(?:Les|Le|La|L['’]|les|le|la|l['’])[ \t]*)"
_RESIDENCE = re.compile(
    r"(?<![\w'’\-])(?P<pii>(?:Résidence|Residence)[ \t]+"
    r"(?:(?i:autonomie|services|seniors?|sociale|étudiante|etudiante|universitaire|hôtelière|hoteliere)[ \t]+)?"
    r"(?P<article>" + _ARTICLE + r")?(?P<first>" + _CAP + r")"
    r"(?:[ \t]+(?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])[ \t]*)?" + _CAP + r"){0,3})(?![\w'’\-])",
    re.MULTILINE,
)
# What a residence is rather than its name, capitalised at a heading's or a sentence's start ("Résidence principale :",
# "Résidence Alternée et CAF"): a right, a status or a kind, never one building.
_STATUS = frozenset(
    fold(word)
    for word in (
        "principale principal secondaire secondaires alternée alternee alternées habituelle habituel fiscale fiscal "
        "permanente permanent effective effectif régulière reguliere stable légale legale commune séparée separee "
        "conjugale familiale personnelle mobile démontable demontable ininterrompue continue hors"
    ).split()
)
# A paper, a right or a place of residence before "de": "certificat de Résidence Algérien", "carte de Résidence",
# "pays de Résidence" (a document's or a status's name, capitalised as a form writes it; "le nom de Résidence
# Simone-Veil" is a residence's).
_PAPER_BEFORE = re.compile(
    r"(?i:certificats?|cartes?|titres?|permis|pays|lieux?|justificatifs?|attestations?|preuves?|visas?|droits?|"
    r"conditions?|durée|duree|autorisations?|déclarations?|declarations?|changements?|états?|etats?|fiches?|"
    r"adresses?|ville|commune|département|departement|état|statut|résident|resident)[ \t]+(?:de|d['’])[ \t]*\Z"
)

# The jobs of a letting agency, a property manager or a syndic's office (the firm after "chez" is the workplace).
_ESTATE_JOB = (
    r"(?i:n[ée]gociat(?:eur|rice)s?(?:[ \t]+immobili(?:er|ère|ere)s?)?|"
    r"gestionnaires?(?:[ \t]+(?:locati(?:f|ve|fs|ves)|de[ \t]+biens|de[ \t]+copropriétés?|de[ \t]+copropriete|"
    r"immobili(?:er|ère|ere)s?))?|"
    r"assistante?s?(?![ \t]+soci)(?:[ \t]+(?:de[ \t]+gestion|commerciale?s?|administrative?s?|de[ \t]+direction|"
    r"immobili(?:er|ère|ere)s?))?|"
    r"agente?s?[ \t]+immobili(?:er|ère|ere)s?|mandataires?[ \t]+immobili(?:er|ère|ere)s?|"
    r"chargée?s?[ \t]+de[ \t]+(?:location|gestion|clientèle|clientele|recouvrement)|"
    r"comptables?[ \t]+(?:mandant|copropriété|copropriete)|gardien(?:ne)?s?[ \t]+d['’]immeubles?)"
)
# Between the job and "chez": how long ("depuis deux ans"), nothing else.
_GAP = r"(?:[ \t]+(?i:depuis|pendant)[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)?"
_ESTATE = re.compile(
    r"(?<![\w'’\-])" + _ESTATE_JOB + _GAP + r"[ \t]+(?i:chez)[ \t]+" + FIRM_NAME + r"(?![\w'’\-])",
    re.MULTILINE,
)


class ResidenceNameRecognizer(RegexRecognizer):
    """A residence by its own name (see the module's docstring), when `RESIDENCE_NAMES`."""

    ENTITY = "ADRESSE"

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        if not RESIDENCE_NAMES or "sidence" not in text:
            return
        for match in _RESIDENCE.finditer(text):
            first = match.group("first")
            if _PAPER_BEFORE.search(text, max(0, match.start() - 30), match.start()):
                continue
            if not match.group("article") and fold(first) in _STATUS:
                continue  # "Résidence principale", "Résidence Alternée": a right or a status
            yield match.start("pii"), match.end("pii"), RESIDENCE_SCORE


class EstateJobEmployerRecognizer(RegexRecognizer):
    """A letting agency after one of its jobs and "chez" (see the module's docstring), when `ESTATE_JOBS`."""

    ENTITY = EMPLOYER

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        if not ESTATE_JOBS or ("chez" not in text and "CHEZ" not in text and "Chez" not in text):
            return
        for match in _ESTATE.finditer(text):
            found = firm_span(match.group("pii"))
            if found is not None:
                yield match.start("pii") + found[0], match.start("pii") + found[1], EMPLOYER_SCORE
