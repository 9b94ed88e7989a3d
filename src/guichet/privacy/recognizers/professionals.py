"""A professional's or an agent's name that is also a French word (fifty-fourth pass, engineer-p185e, issue 13): a
name in lower case after a doctor's or a lawyer's title ("le dr blanc", "le docteur rose", "maître petit"), and a
first name that is also a word after the word of the person's job ("votre collègue Rose", "la secrétaire Blanche",
"l'agent d'accueil Ange").

The name rules mask a name after a title already ("le Dr Hamidi", "docteur benali", "Maître Roux", "Me Gaillard",
"mon assistante sociale Mme Lopes") and a first name of no French word after a job's word ("votre collègue
Sandrine", "la conseillère Marine"). They leave a lower-case name that the lexicon holds as a word ("le dr blanc":
`names._HONORIFIC` wants a capital or a name of no language), and a capitalised first name that is also a word
after a job's word ("la secrétaire Blanche"). A professional's name identifies the writer's case as well as a
relative's: the doctor who signed the sick note, the lawyer of a divorce, the agent met at the counter. Two switches,
read at call time:

- `LOWER_TITLE_NAMES`: a doctor's or a lawyer's title in any case ("dr", "Dr.", "docteur", "docteure", "pr",
  "maître", "maitre"; never "me", which is a pronoun) then a lower-case word that the gazetteer lists as a first
  name or a surname ("blanc", "rose", "petit"), that is no stop word, no public name and none of the words that
  follow these titles as a trade or a degree ("maître nageur", "maître chien", "maître de conférences", "docteur en
  droit", "docteur vétérinaire"). The title says a name follows: a word listed as a name is one there.
- `JOB_FIRST_NAMES`: a determiner or a possessive ("mon", "ma", "votre", "la", "l'", "une", "cette"…), the word of a
  job met by the writer ("collègue", "conseillère", "secrétaire", "assistante sociale", "agent d'accueil",
  "infirmière", "éducatrice", "kiné", "maîtresse", "référente"…), an optional comma, then a capitalised word (not
  in capitals) that the gazetteer lists as a first name and holds as no public name, even a French word ("Rose",
  "Blanche", "Ange"), optionally followed by a capitalised surname it lists. Never "France" ("conseillère France
  Travail"), "Pôle", a body's acronym or a word in capitals.

**Not masked by this module**: titles and jobs without a name ("le médecin de garde", "mon conseiller", "l'agent
d'accueil m'a dit", "le docteur de garde", "maître-nageur", "maître de conférences", "docteur en droit"), bodies
named after a person ("l'école Jules-Ferry", "la piscine Jean-Bouin", "le centre Louise-Michel").
"""

import re
from collections.abc import Iterator

from guichet.privacy.common_words import is_common
from guichet.privacy.gazetteer import fold, lookup
from guichet.privacy.lexicon import is_filler
from guichet.privacy.names import ENTITY
from guichet.privacy.recognizers.base import RegexRecognizer
from guichet.privacy.spacy_fr import STOP_WORDS

# Switches, read at call time; figures in docs/benchmarks.md, fifty-fourth pass, engineer-p185e.
# LOWER_TITLE_NAMES: train + validation 0 strings moved (the 40 items the module touches were masked already), 0 spans
# on 1,000 fiche paragraphs; on for the forms the corpus lacks (« le dr blanc »).
LOWER_TITLE_NAMES = True
# JOB_FIRST_NAMES: train + validation 0 strings moved, 0 spans on 1,000 fiche paragraphs; on for the forms the corpus
# lacks (« votre collègue Rose »).
JOB_FIRST_NAMES = True

_SCORE = 0.7
_LOWER = r"[a-zß-öø-ÿ][a-zß-öø-ÿ]+(?:[\-'’][a-zß-öø-ÿ]+)*"
_TITLE = r"(?:(?i:dr|docteur|docteure|pr|ma[îi]tre)\.?)"
_LOWER_AFTER_TITLE = re.compile(r"(?<![\w'’\-])" + _TITLE + r"[ \t]+(?P<name>" + _LOWER + r")(?![\w'’\-])")
# Words that follow a title as a trade, a degree or a role, never a name.
_TRADES = frozenset(
    fold(word)
    for word in """nageur nageuse nageurs chien chiens chanteur chanteuse mot queux verrier artisan assistant
    assistante auxiliaire compagnon apprenti apprentissage ouvrage oeuvre œuvre hôtel hotel conférences conference
    conferences en es ès vétérinaire veterinaire généraliste generaliste traitant spécialiste specialiste garde
    référent referent jeu jeux mots absolu absolue incontesté d chez qui que dont se""".split()
)
_JOB = (
    r"(?:coll[èe]gues?|conseill[eè]re?|conseill[eè]re?[ \t]+(?:numérique|numerique|emploi|insertion|financi[eè]re?)|"
    r"secr[ée]taires?|assistante?[ \t]+sociale?|assistante?|agente?(?:[ \t]+d['’][ \t]*accueil)?|"
    r"infirmi[eè]re?|[ée]ducat(?:eur|rice)(?:[ \t]+sp[ée]cialis[ée]e?)?|kin[ée]|kin[ée]sith[ée]rapeute|"
    r"ma[îi]tresse|instit(?:utrice|uteur)?|profs?|r[ée]f[ée]rente?|m[ée]diat(?:eur|rice)(?:[ \t]+familiale?)?|"
    r"aide-soignante?|auxiliaire[ \t]+de[ \t]+vie|aide[ \t]+[àa][ \t]+domicile|interlocut(?:eur|rice)|"
    r"gestionnaire|orthophoniste|psychologue|psy|sage-femme|coach|tut(?:eur|rice)|curat(?:eur|rice)|"
    r"mandataire|standardiste|h[ôo]tesse|guichet(?:ier|i[èe]re))"
)
_DETERMINER = r"(?i:mon|ma|mes|votre|vos|notre|ton|ta|son|sa|leur|la|le|les|une|un|cette|ce|l['’])"
_CAP_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)*"
_JOB_NAME = re.compile(
    r"(?<![\w'’\-])" + _DETERMINER + r"[ \t]*(?i:" + _JOB + r")[ \t]*,?[ \t]+"
    r"(?P<first>" + _CAP_WORD + r")(?:[ \t]+(?P<last>" + _CAP_WORD + r"))?(?![\w'’\-])"
)


def _plain(word: str) -> bool:
    """A word that is never a name here: a stop word, a greeting or an administration's word."""
    return len(word) < 3 or word.lower() in STOP_WORDS or is_filler(word) or fold(word.lower()) in _TRADES


def _listed_name(word: str) -> bool:
    """A name the gazetteer lists (a first name or a surname) and holds as no public name (a place, a body)."""
    kind = lookup(word)
    return kind is not None and (kind.first or kind.surname) and not kind.public


def lower_title_spans(text: str) -> Iterator[tuple[int, int]]:
    """See `LOWER_TITLE_NAMES` in the module."""
    for match in _LOWER_AFTER_TITLE.finditer(text):
        word = match.group("name")
        if not _plain(word) and _listed_name(word):
            yield match.span("name")


def _first_name(word: str) -> bool:
    """A capitalised first name the gazetteer lists and holds as no public name ("France" is one)."""
    kind = lookup(word)
    return not _plain(word) and kind is not None and kind.first and not kind.public


def job_name_spans(text: str) -> Iterator[tuple[int, int]]:
    """See `JOB_FIRST_NAMES` in the module: the first name, and the surname after it if the gazetteer lists it."""
    for match in _JOB_NAME.finditer(text):
        if not _first_name(match.group("first")):
            continue
        last = match.group("last")
        if last and not _plain(last) and not is_common(last) and _listed_name(last):
            yield match.start("first"), match.end("last")
        else:
            yield match.span("first")


class ProfessionalNameRecognizer(RegexRecognizer):
    """ "le dr blanc", "votre collègue Rose": a professional's name that is also a word (see the module)."""

    ENTITY = ENTITY

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        if LOWER_TITLE_NAMES:
            for start, end in lower_title_spans(text):
                yield start, end, _SCORE
        if JOB_FIRST_NAMES:
            for start, end in job_name_spans(text):
                yield start, end, _SCORE
