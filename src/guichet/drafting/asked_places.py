"""Places, counters, channels and offices said otherwise than the source (fifty-second pass, engineer-d80; read by
`guichet.drafting.asked`).

The asked check reads a sentence about the writer's case as an answer nobody gave when it echoes a word the message
asks and no source says, or when less than half of its words are one source's. A faithful sentence that says the
passage's place, counter, channel or office in other words fell on both: "par internet ou par voie postale" beside
"en ligne ou par courrier", "à l'hôtel de ville" beside "à la mairie", "sur place" beside "au guichet", "une maison
France services peut vous aider" beside "les espaces France services accompagnent", "est à envoyer à la MDPH" beside
"est adressée à la MDPH" (corpora/asked q34, d80). Here, each behind its switch, read at call time:

- `PLACE_FAMILIES`: a few phrases are one thing ("hôtel de ville" / "mairie", "par voie postale" / "par la poste" /
  "par courrier", "sur place" / "en personne" / "au guichet", "téléprocédure" / "en ligne", "maison" or "espace
  France services", "service des impôts" / "centre des finances publiques"), and a few families of words count as
  one ("en ligne" / "internet" / "site" / "téléservice", "guichet" / "accueil", "envoyer" / "adresser" /
  "transmettre", "aider" / "accompagner"), on both sides, for the share a source gives
  and for the question's words a source says. Families of the administration's ways only, never a message's;
  "commune" is no "mairie" (an invented rule "dans votre commune, …" beside a fiche of the same topic must not pass).
- `NO_TRAVEL`: "aucun déplacement n'est nécessaire", "sans vous déplacer", "inutile de vous rendre au tribunal"
  beside a source that gives a way from afar (online, by post, by phone) is the source's: the question's "me
  déplacer" is answered by the channel the source names.
- `CHANNEL_FRAMES`: to "ça se passe en préfecture ?", "le remplacement de votre permis passe uniquement par
  internet" beside "par téléprocédure sur le site de l'ANTS": the verb that carries a way ("se passe", "passe par",
  "se fait", "s'effectue", "se déroule") only frames it; where the sentence names a way a source names, the
  question's verb is no answer of the sentence's own.
- `OFFICE_NAMES`: an office by its acronym or its full name is one office ("l'Agence nationale des titres
  sécurisés" / "l'ANTS", "la maison départementale des personnes handicapées" / "la MDPH", "la caisse d'allocations
  familiales" / "la Caf").
- `NO_LONGER`: "aucune préfecture ne reçoit plus ce dossier" beside "les demandes ne sont plus traitées aux guichets
  des préfectures": a "ne … plus" of the source denies what it names, as "aucun" does.

Measured on corpora/asked, train + validation (1,857 items): `PLACE_FAMILIES` +2 sourced kept unflagged (d80-009,
q34-048), `NO_TRAVEL` +1 (q34-043), no cost; `NO_LONGER`, `CHANNEL_FRAMES` and `OFFICE_NAMES` moved nothing and ship
off. Folded text throughout; stems cut as the asked check cuts them (`guichet.drafting.support.STEM`). Deterministic.
"""

import re

from guichet.drafting.support import STEM

PLACE_FAMILIES = True
NO_TRAVEL = True
NO_LONGER = False  # shipped off: moves no train or validation item (fifty-second pass)
CHANNEL_FRAMES = False  # shipped off: moves no train or validation item
OFFICE_NAMES = False  # shipped off: moves no train or validation item

# Phrases that name one place, counter, channel or office (folded text; the second is what the first becomes).
_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bhotels? de ville\b|\bmaisons? commune\b"), "mairie"),
    (re.compile(r"\b(?:par )?voie postale\b"), "par courrier"),
    (re.compile(r"\bpar (?:la )?poste\b|\bpar lettre\b"), "par courrier"),
    (re.compile(r"\bsur place\b|\ben personne\b|\ba l'accueil\b"), "au guichet"),
    (re.compile(r"\b(?:par )?(?:teleprocedure|teleservice|voie dematerialisee)s?\b"), "en ligne"),
    (re.compile(r"\b(?:maisons?|espaces?|points?) france services?\b"), "france services"),
    (
        re.compile(r"\b(?:centres? des finances publiques|services? des impots(?: des particuliers)?|sip)\b"),
        "finances publiques",
    ),
)
# Offices by their full names, as their acronyms (folded text).
_OFFICES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bagence nationale des titres securises\b"), "ants"),
    (re.compile(r"\bmaisons? departementales? des personnes handicapees\b"), "mdph"),
    (re.compile(r"\bcaisses? d'allocations familiales\b"), "caf"),
    (re.compile(r"\bcaisses? primaires? d'assurance maladie\b"), "cpam"),
    (re.compile(r"\bcaisses? d'assurance retraite et de la sante au travail\b"), "carsat"),
    (re.compile(r"\bagence nationale de traitement automatise des infractions\b"), "antai"),
    (re.compile(r"\bcasier judiciaire national\b"), "cjn"),
    (re.compile(r"\bcentres? communaux? d'action sociale\b"), "ccas"),
)
# Families of the administration's ways said in a reply's words (folded words; each family's first word stands for
# the others).
_FAMILIES: tuple[tuple[str, ...], ...] = (
    ("ligne", "internet", "site", "sites", "portail", "web", "teleservice", "plateforme", "dematerialise"),
    ("guichet", "guichets", "accueil"),
    (
        "adresser",
        "adresse",
        "adressee",
        "adressez",
        "envoyer",
        "envoyez",
        "envoye",
        "envoyee",
        "envoi",
        "transmettre",
        "transmettez",
        "transmis",
        "transmise",
        "expedier",
        "expediez",
    ),
    # "aide" alone is a benefit's name ("l'aide au logement"), no helping
    ("aider", "aident", "aidera", "accompagner", "accompagnent", "accompagne", "accompagnement"),
)
_CANONICAL = {word[:STEM]: family[0][:STEM] for family in _FAMILIES for word in family}

# "Aucun déplacement n'est nécessaire", "sans vous déplacer", "inutile de vous rendre au tribunal" (folded text).
_NO_TRAVEL = re.compile(
    r"\baucun deplacement\b|\bsans (?:avoir a )?(?:vous |vous y |se |y )?(?:deplacer|rendre)\b"
    r"|\b(?:inutile|pas besoin|pas necessaire|nul besoin) de (?:vous |vous y |se |y )?(?:deplacer|rendre)\b"
)
# A way from afar that a source gives (folded text).
_FROM_AFAR = re.compile(
    r"\ben ligne\b|\binternet\b|\bsur le site\b|\bteleprocedure|\bteleservice|\bpar courrier\b|\bvoie postale\b"
    r"|\bpar (?:la )?poste\b|\bpar telephone\b|\bpar courriel\b|\bpar (?:e-?)?mail\b"
)
# The verbs that carry a way ("ça se passe en préfecture ?", "la demande se fait en ligne"), five-letter stems.
_FRAMES = frozenset(w[:STEM] for w in ("passe", "passer", "fait", "faire", "effectue", "effectuer", "deroule"))
# The ways and places of a procedure, as their families' terms (`term`, after `rephrased`).
_WAYS = frozenset(("ligne", "guich", "courr", "mairi", "prefe"))
_TRAVEL_STEMS = frozenset(w[:STEM] for w in ("deplacer", "deplacement", "rendre"))
# "ne sont plus traitées", "n'est plus possible" (folded text).
_NO_LONGER = re.compile(r"\bn(?:e\s+|')(?:\w+\s+){1,2}?plus\b")
_NONE = re.compile(r"\baucune?s?\s+([a-z]{3,})")
_WORD = re.compile(r"[a-z]+")
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+")


def rephrased(folded: str) -> str:
    """A folded text with the phrases that name one place, counter, channel or office said one way (`PLACE_FAMILIES`),
    and offices by their acronyms (`OFFICE_NAMES`)."""
    if OFFICE_NAMES:
        for pattern, replacement in _OFFICES:
            folded = pattern.sub(replacement, folded)
    if PLACE_FAMILIES:
        for pattern, replacement in _PHRASES:
            folded = pattern.sub(replacement, folded)
    return folded


def term(stem: str) -> str:
    """A five-letter stem as its family's ("envoy" is "adres", "inter" is "ligne")."""
    return _CANONICAL.get(stem, stem) if PLACE_FAMILIES else stem


def terms(stems: set[str]) -> set[str]:
    """Five-letter stems, each as its family's (`term`)."""
    return {term(stem) for stem in stems} if PLACE_FAMILIES else stems


def _afar(folded_sources: list[str]) -> bool:
    return any(_FROM_AFAR.search(source) for source in folded_sources)


def _ways(folded: str) -> set[str]:
    """The ways and places a folded text names, as their families' terms."""
    stems = {w[:STEM] for w in _WORD.findall(rephrased(folded))}
    return {_CANONICAL.get(stem, stem) for stem in stems} & _WAYS


def sourced_out(echoed: set[str], source_terms: list[set[str]], folded: str, folded_sources: list[str]) -> set[str]:
    """The question's words a sentence echoes, less those a source says in other words: a word of the same family
    (`PLACE_FAMILIES`), "déplacer" where the sentence spares the trip and a source gives a way from afar
    (`NO_TRAVEL`), the verb that carries a way the sentence and a source name (`CHANNEL_FRAMES`)."""
    if not echoed:
        return echoed
    if PLACE_FAMILIES:
        said = set().union(*source_terms) if source_terms else set()
        echoed = {stem for stem in echoed if term(stem) not in said}
    if CHANNEL_FRAMES and echoed & _FRAMES and _ways(folded) & set().union(*map(_ways, folded_sources)):
        echoed = echoed - _FRAMES
    if NO_TRAVEL and echoed & _TRAVEL_STEMS and _NO_TRAVEL.search(folded) and _afar(folded_sources):
        echoed = echoed - _TRAVEL_STEMS
    return echoed


def absolute_given(folded: str, folded_sources: list[str]) -> bool:
    """Whether the "aucun N" of a folded sentence is a source's: the trip spared beside a way from afar
    (`NO_TRAVEL`), or N said by a source sentence under a "ne … plus" (`NO_LONGER`)."""
    nouns = [m.group(1) for m in _NONE.finditer(folded)]
    if not nouns:
        return False
    left = []
    for noun in nouns:
        if NO_TRAVEL and noun.startswith("deplacement") and _afar(folded_sources):
            continue
        left.append(noun)
    if not left:
        return True
    if not NO_LONGER:
        return False
    denied = [
        {term(w[:STEM]) for w in _WORD.findall(sentence)}
        for source in folded_sources
        for sentence in _SENTENCE_END.split(rephrased(source))
        if _NO_LONGER.search(sentence)
    ]
    return all(any(term(noun[:STEM]) in stems for stems in denied) for noun in left)
