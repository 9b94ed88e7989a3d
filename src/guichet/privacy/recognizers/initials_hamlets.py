"""Initials that stand for a person, and a hamlet or a lieu-dit written as only an address can be (fifty-third pass,
engineer-p179e, issue 13): "c'est pour mon père mr D. qui vit seul", "le petit R. a 3 ans", "slt c Y. de la rue des
Acacias", "C'EST HAMEAU DE PRAT BAS", "je ne suis plus à Clermont mais au Bourg Vieux, 63210 Rochefort-Montagne".

French writers hide a name behind its initial as often as they write it, and an initial after a title, a kin word or
"c'est" is a person all the same: whoever reads the message and knows the family knows who "mr D." is. A place with
no number that only a postcode follows, or a hamlet's name, is an address: no public body or town lives there.
Five switches, read at call time:

- `TITLED_INITIALS`: a title in any case ("mr", "mme", "Monsieur", "M.") then an initial with its dot ("D.",
  "J.-P."), no surname nor other initial after it: the initial is masked as a person, the title stays.
- `KIN_INITIALS`: the same after a kin or a household word ("ma fille C.", "le petit R.", "la petite E.", "ma femme
  G.", "mon voisin B.").
- `SELF_INITIALS`: the same after the writer's "c'est", "c", "cest", "ici" or "je suis" ("c Y. de la rue …").
- `CAPITAL_HAMLETS`: "HAMEAU" or "LIEU-DIT" typed in capitals, its particle and one to three words in capitals, up
  to a word of the sentence ("ET", "PRES", "A"…): masked as an address, as the lowercase forms already are.
- `POSTCODE_PLACES`: after "au", "aux", "à la" or "à l'", one to four capitalised words then a postcode and a town
  ("au Bourg Vieux, 63210 Rochefort-Montagne"): the words are masked as an address (the postcode and town follow
  through the address rules); not when the town after the postcode holds those words ("au Mans, 72000 Le Mans") nor
  when a word names a public body or a service ("au Centre hospitalier, 63000 …", "à la Maison France services").

**Not masked**: "N.B.", "P.S.", "P.J." and the like; an initial before a surname ("Mme K. Benali": the name rules'
reading); "M. le Maire"; an initial after a law's article ("art. L. 262-4"), in a street's or a school's name
("place J. Jaurès", "collège J. Moulin"); a hamlet's name in a public place ("le Hameau de la Reine" is not in
capitals after a title).
"""

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guichet.privacy.names import ENTITY as PERSON
from guichet.privacy.recognizers.base import RegexRecognizer
from guichet.privacy.spacy_fr import STOP_WORDS
from guichet.text import fold

# Switches, read at call time; figures in docs/benchmarks.md, fifty-third pass, engineer-p179e.
TITLED_INITIALS = True
KIN_INITIALS = True
SELF_INITIALS = True
CAPITAL_HAMLETS = True
POSTCODE_PLACES = True

ADDRESS = "ADRESSE"
_SCORE = 0.65

# One or two initials of a first name or a surname, each with its dot: "D.", "J.-P.", "JP."
_INITIAL = r"(?P<initial>[A-ZÀ-Ý](?:\.?[ \t]?-[ \t]?[A-ZÀ-Ý])?\.)"
# What may not follow the initial: a letter or a digit glued to it
_NOT_AFTER = r"(?![\w'’\-])"
# The word after the initial: a surname ("K. Benali", "D. DUPONT") or another initial ("L. B.-T.") makes it a name's
# first initial, the name rules' reading; a word of the sentence may follow ("ma fille C. Elle a 7 ans"), in a
# message typed in capitals too ("MME K. AU 06 …")
_NEXT = re.compile(r"[ \t]*-?[ \t]*(?P<word>[A-ZÀ-Ý](?:\.|[^\W\d_][\w'’\-]*))")
_TITLED = re.compile(
    r"(?<![\w'’.\-])(?:(?i:mr|mme|mlle|madame|monsieur|mademoiselle)\.?|M\.)[ \t]+" + _INITIAL + _NOT_AFTER
)
_KIN = (
    r"fils|fille|petit|petite|femme|mari|épouse|epouse|époux|epoux|frère|frere|sœur|soeur|mère|mere|père|pere|"
    r"voisin|voisine|enfant|bébé|bebe|neveu|nièce|niece|cousin|cousine|petit-fils|petite-fille|compagnon|compagne|"
    r"conjoint|conjointe|collègue|collegue|ami|amie|copain|copine|tante|oncle|belle-mère|belle-mere|beau-père|"
    r"beau-pere|fiancé|fiancée|fiance|fiancee|aîné|aînée|aine|ainee|cadet|cadette|grand-mère|grand-père|"
    r"grand-mere|grand-pere|locataire|colocataire|ex|maman|papa|parent|parents"
)
_KIN_INITIAL = re.compile(
    r"(?<![\w'’\-])(?i:" + _KIN + r")(?:[ \t]*,|[ \t]+(?i:de|d['’]))?[ \t]*(?<=[ \t,'’])" + _INITIAL + _NOT_AFTER
)
_SELF = re.compile(
    r"(?<![\w'’\-])(?i:c['’][ \t]*est|cest|c|ici|je[ \t]+suis|moi[ \t]+c['’]est)[ \t]+" + _INITIAL + _NOT_AFTER
)
# Letters of writing's abbreviations, never a person: "N.B.", "P.S.", "P.J."
_NOT_INITIALS = frozenset({"NB", "PS", "PJ", "AR", "RAS", "SVP", "TSVP", "CQFD"})

# A hamlet or a lieu-dit typed in capitals, its particle and one to three words in capitals up to a grammar word
_CAPITAL_STOP = (
    r"ET|OU|PAS|PRES|PRÈS|A|À|AU|AUX|SUR|EN|DANS|CHEZ|MAIS|QUI|QUE|DEPUIS|POUR|PAR|AVEC|SANS|JE|IL|ELLE|NOUS|VOUS|"
    r"ON|EST|SONT|C|DE|DU|DES|LA|LE|LES|UN|UNE|CE|CETTE|MON|MA|MES|SON|SA|SES|NOTRE|VOTRE|COMMUNE|MERCI"
)
_CAPITAL_WORD = r"(?!(?:" + _CAPITAL_STOP + r")(?![\wÀ-Ý'’\-]))[A-ZÀ-Ý][A-ZÀ-Ý'’\-]+"
_CAPITAL_HAMLET = re.compile(
    r"(?<![\w'’\-])(?P<pii>(?:HAMEAU|LIEU-DIT|LIEU[ \t]+DIT|LIEUDIT)[ \t]+"
    r"(?:(?:DE[ \t]+LA|DE[ \t]+L['’]|DU|DES|DE|D['’]|LA|LE|LES|L['’])[ \t]*)?"
    + _CAPITAL_WORD
    + r"(?:[ \t]+"
    + _CAPITAL_WORD
    + r"){0,2})(?![\w'’\-])"
)

# A place with an article, then a postcode and a town: "au Bourg Vieux, 63210 Rochefort-Montagne"
_PLACE_WORD = r"[A-ZÀ-Ý][\wà-ÿ'’\-]+"
_POSTCODE_PLACE = re.compile(
    r"(?<![\w'’\-])(?:au|aux|à[ \t]+la|à[ \t]+l['’]|a[ \t]+la)[ \t]*(?P<pii>" + _PLACE_WORD + r"(?:[ \t]+(?:"
    r"(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])[ \t]*)?" + _PLACE_WORD + r"){0,3})"
    r"[ \t]*,?[ \t]*(?<!\d)(?:[0-8]\d|9[0-8])[ \t]?\d{3}(?!\d)[ \t]+(?P<town>[A-ZÀ-Ý][\wà-ÿ'’\-]*(?:[ \t]+"
    r"[A-ZÀ-Ýa-zà-ÿ][\wà-ÿ'’\-]*){0,3})"
)
# Words of a public body or a service: such a place is an office's address, not a home's
_PUBLIC_WORDS = frozenset(
    fold(word)
    for word in (
        "centre hôpital hôpitaux clinique mairie préfecture sous-préfecture tribunal caf cpam carsat msa "
        "urssaf agence maison services service bureau poste gendarmerie commissariat trésorerie impôts finances "
        "publiques cité administrative hôtel département région conseil université lycée collège école ehpad "
        "foyer caisse pôle emploi travail palais justice siège direction ministère antenne espace point accueil "
        "earl gaec scea sarl sas sasu sa sci eurl snc entreprise société ets établissements usine"
    ).split()
)


# A title written as "M." after a kin word or "c'est" is Monsieur, not an initial ("locataire M. et Mme Garat")
_TITLE_LETTERS = frozenset({"M", "MM"})
# A surname's particle after the initial is the surname's start, not a new sentence ("Mme F. Da Silva", "Y. Le Gall")
_PARTICLES = frozenset("da de di do dos das du des le la les van von el al ben ibn mac".split())


def _name_follows(text: str, end: int) -> bool:
    """A surname or another initial right after the initial (see `_NEXT`)."""
    after = _NEXT.match(text, end)
    if after is None:
        return False
    word = after.group("word")
    if word.lower() in STOP_WORDS and word.lower() not in _PARTICLES:  # a new sentence: "ma fille C. Elle a 7 ans"
        return False
    return not (word.isupper() and re.fullmatch(_CAPITAL_STOP, word) is not None)


def _initials(pattern: re.Pattern[str], text: str, *, titled: bool) -> Iterator[tuple[int, int]]:
    for match in pattern.finditer(text):
        letters = re.sub(r"[^A-ZÀ-Ý]", "", match.group("initial"))
        if letters in _NOT_INITIALS or (not titled and letters in _TITLE_LETTERS):
            continue
        if not _name_follows(text, match.end("initial")):
            yield match.span("initial")


def initial_spans(text: str) -> Iterator[tuple[int, int]]:
    """An initial after a title, a kin word or the writer's "c'est", each behind its switch (see the docstring)."""
    if "." not in text:
        return
    if TITLED_INITIALS:
        yield from _initials(_TITLED, text, titled=True)
    if KIN_INITIALS:
        yield from _initials(_KIN_INITIAL, text, titled=False)
    if SELF_INITIALS:
        yield from _initials(_SELF, text, titled=False)


def _public(words: str) -> bool:
    return any(fold(word) in _PUBLIC_WORDS for word in re.findall(r"[\w'’\-]+", words))


def place_spans(text: str) -> Iterator[tuple[int, int]]:
    """A hamlet in capitals and a place before a postcode and a town, each behind its switch (see the docstring)."""
    if CAPITAL_HAMLETS and ("HAMEAU" in text or "LIEU" in text):
        for match in _CAPITAL_HAMLET.finditer(text):
            yield match.span("pii")
    if POSTCODE_PLACES:
        for match in _POSTCODE_PLACE.finditer(text):
            place, town = match.group("pii"), match.group("town")
            if _public(place) or fold(place) in fold(town):
                continue
            yield match.span("pii")


class InitialHamletRecognizer(RegexRecognizer):
    """Initials standing for a person and places that only an address can be (see the module's docstring)."""

    ENTITY = PERSON

    def __init__(self) -> None:
        super().__init__()
        self.supported_entities = [PERSON, ADDRESS]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        metadata = self._metadata()
        found = [
            RecognizerResult(PERSON, start, end, _SCORE, recognition_metadata=metadata)
            for start, end in initial_spans(text)
        ]
        found += [
            RecognizerResult(ADDRESS, start, end, _SCORE, recognition_metadata=metadata)
            for start, end in place_spans(text)
        ]
        return found
