"""Small firms written in capitals or by their sign, where the writer or a relative works (fiftieth pass,
engineer-p166e, issue 13): "le soir je fais le ménage chez NETTOYAGE PRO 80", "j'étais en mission dans la boîte
LEROY", "une promesse d'embauche de ÉLEC SERVICES 59".

`employer` reads a firm after a word of work and the first "chez" of the sentence, after "mon employeur" or a legal
form. Three shapes escape it, each behind its switch (read at call time):

- `CAPITAL_SIGNS`: a run of two or more words in capitals right after a "chez" written in lower case, in a sentence
  that is not itself in capitals ("je travaille chez LIDL le matin et le soir je fais le ménage chez NETTOYAGE PRO
  80"). Capitals inside a lower-case sentence are a sign's, as a firm writes its name; the run's first word is a
  common noun of a trade or a kind ("NETTOYAGE", "TAXIS"), or the run holds a family firm's word ("MOREAU & FILS",
  "GIRAUD FRÈRES"). **Not masked**: a run whose first word is a first name, a kin word, a title or a pronoun ("chez
  MARTIN DUPONT" is a person, the name rules'), a chain or a large firm (`employer.CHAINS`, "chez CARREFOUR
  MARKET"), a public body (`employer.is_firm`: "chez POLE EMPLOI"), a single word ("chez LIDL"), a shop where one
  buys ("acheté chez …"), and anything in a message written in capitals throughout ("JE SUIS CHEZ MA SOEUR").
- `FIRM_SLANG`: "la boîte", "ma boîte", the spoken word for one's firm, right before a capitalised name ("dans la
  boîte LEROY", "ma boîte, Transports Giraud"). **Not masked**: a letter box or a mailbox ("boîte aux lettres",
  "ma boîte Gmail" in a sentence about mail), a public body.
- `HIRING_PROMISE`: the firm that promises or offers to hire, after "promesse d'embauche", "proposition
  d'embauche", "offre d'emploi", "lettre d'engagement" and "de", "d'", "chez", "par" ("une promesse d'embauche de
  ÉLEC SERVICES 59"). **Not masked**: a person ("de M. Diallo", "de Jean Dupont"), a public body ("de la mairie",
  lower case, is no name; "de France Travail" is public).

Masked as `[EMPLOYEUR_n]` (the twentieth pass's product decision: the writer's employer narrows who they are).
"""

import re
from collections.abc import Iterator

from guichet.privacy import lexicon
from guichet.privacy.gazetteer import is_name
from guichet.privacy.recognizers.base import RegexRecognizer
from guichet.privacy.recognizers.employer import CHAINS, ENTITY, FIRM_NAME, SCORE, firm_span, is_firm
from guichet.text import fold

# Switches, read at call time; figures in docs/benchmarks.md, fiftieth pass, engineer-p166e. Each removes one leak of
# its batch's train split and moves nothing else on train + validation (no validation item fires): shipped off, as a
# reading that gains on train only.
CAPITAL_SIGNS = False
FIRM_SLANG = False
HIRING_PROMISE = False

# A word in capitals (letters, then maybe an apostrophe, a hyphen or an ampersand), or digits after the first word
_CAPS = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ]*(?:['’\-][A-ZÀ-ÖØ-Þ]+)*"
_CAPS_RUN = re.compile(
    r"(?<![\w'’\-])chez[ \t]+(?P<pii>(?P<head>" + _CAPS + r")(?:[ \t]+(?:" + _CAPS + r"|&|\d{1,3}))+)(?![\w'’\-])"
)
_CHAIN = re.compile(r"(?i:" + CHAINS + r")(?![\w'’\-])")
# A family firm's word, which a person's name never holds ("MOREAU & FILS", "VASSEUR FRÈRES")
_FAMILY_FIRM = frozenset(fold(word) for word in "& FILS FILLE FILLES FRÈRES FRERES ASSOCIÉS ASSOCIES CIE".split())
# Words before "chez" that make it a shop where one buys or a place one visits, not a workplace
_BUYING = re.compile(
    r"(?i:achet\w*|command\w*|acqu\w+|pay[ée]\w*|client\w*|courses|rendez-vous|rdv|réparer|reparer|réparation|"
    r"reparation|facture\w*|devis|livr[ée]\w*|h[ée]berg\w*|log[ée]\w*|habite\w*|vi[st]\b|vivons|dormi\w*)"
    r"[^.!?;\n]{0,50}\Z"
)
_PERSON_HEADS = frozenset(
    fold(word)
    for word in (
        "maman papa mamie mamy papi papy tata tonton tante oncle cousin cousine frère frere sœur soeur docteur "
        "maître maitre madame monsieur mme mr mlle famille fils fille mon ma mes ton ta tes son sa ses nos notre "
        "votre vos leur leurs moi toi lui eux nous vous elle un une le la les des"
    ).split()
)

_BOX = re.compile(
    r"(?<![\w'’\-])(?i:la|ma|sa|ta|leur|notre|votre|cette|une|son|mon)[ \t]+(?i:boîte|boite)"
    r"(?:[ \t]*[,:(][ \t]*|[ \t]+)(?=[A-ZÀ-ÖØ-Þ])" + FIRM_NAME + r"(?![\w'’\-])"
)
_MAIL = re.compile(r"(?i:mail|courriel|e-mail|lettres?|messagerie|spam|courrier|colis|bo[îi]te[ \t]+postale)")

_PROMISE = re.compile(
    r"(?<![\w'’\-])(?i:promesse|proposition|offre)[ \t]+(?i:d['’][ \t]*(?:embauche|emploi))"
    r"(?:[ \t]+(?i:ferme|écrite|ecrite|signée|signee|en[ \t]+CDI|en[ \t]+CDD))?"
    r"|(?i:lettre[ \t]+d['’][ \t]*engagement)"
)
_PROMISE_NAME = re.compile(
    r"[ \t]+(?i:de[ \t]+la[ \t]+part[ \t]+de|de|d['’]|chez|par)[ \t]*(?:(?:la|le|les|l['’])[ \t]*)?"
    r"(?=[A-ZÀ-ÖØ-Þ])" + FIRM_NAME + r"(?![\w'’\-])"
)


# A department's or a district's number that ends a sign ("NETTOYAGE PRO 80", "ÉLEC SERVICES 59"), which
# `employer.firm_span` leaves out (in a message in capitals a number is the sentence's: "SANTONI BTP DE 1974")
_NUMBER_AFTER = re.compile(r"[ \t]+\d{2,3}(?![\w'’\-])")


def _with_number(text: str, start: int, end: int) -> tuple[int, int, float]:
    found = _NUMBER_AFTER.match(text, end)
    return start, (found.end() if found else end), SCORE


def _sentence_start(text: str, at: int) -> int:
    found = max(text.rfind(mark, 0, at) for mark in ".!?\n")
    return found + 1


def _in_lower_sentence(text: str, start: int, end: int) -> bool:
    """The sentence around `start`-`end`, the span left out, holds words in lower case (not a message in capitals)."""
    begin = _sentence_start(text, start)
    stop = min((i for i in (text.find(mark, end) for mark in ".!?\n") if i >= 0), default=len(text))
    around = text[begin:start] + " " + text[end:stop]
    return len(re.findall(r"\b[a-zà-ÿ]{3,}\b", around)) >= 2


def capital_signs(text: str) -> Iterator[tuple[int, int, float]]:
    """(`CAPITAL_SIGNS`) A sign in capitals after a lower-case "chez" in a lower-case sentence."""
    if not CAPITAL_SIGNS or "chez" not in text:
        return
    for match in _CAPS_RUN.finditer(text):
        start, end = match.span("pii")
        value, head = match.group("pii"), match.group("head")
        words = [fold(word) for word in re.split(r"[ \t]+", value)]
        if fold(head) in _PERSON_HEADS or len(head) < 2 or _CHAIN.match(text, start):
            continue
        if not _in_lower_sentence(text, match.start(), end):
            continue
        if _BUYING.search(text, _sentence_start(text, match.start()), match.start()):
            continue
        family = any(word in _FAMILY_FIRM for word in words)
        if not family and (not lexicon.is_french(head) or is_name(head.capitalize(), first=True)):
            continue
        found = firm_span(value)
        if found is None or not is_firm(value[found[0] : found[1]]):
            continue
        if " " not in value[found[0] : found[1]].strip():
            continue
        yield _with_number(text, start + found[0], start + found[1])


def firm_slang(text: str) -> Iterator[tuple[int, int, float]]:
    """(`FIRM_SLANG`) A capitalised name right after "la boîte", "ma boîte"."""
    if not FIRM_SLANG or ("boîte" not in text.lower() and "boite" not in text.lower()):
        return
    for match in _BOX.finditer(text):
        begin = _sentence_start(text, match.start())
        stop = min((i for i in (text.find(mark, match.end()) for mark in ".!?\n") if i >= 0), default=len(text))
        if _MAIL.search(text, begin, stop):
            continue
        start, end = match.span("pii")
        found = firm_span(text[start:end])
        if found is not None:
            yield start + found[0], start + found[1], SCORE


def hiring_promise(text: str) -> Iterator[tuple[int, int, float]]:
    """(`HIRING_PROMISE`) The firm after "promesse d'embauche de", "offre d'emploi chez"."""
    if not HIRING_PROMISE or "mbauche" not in text and "mploi" not in text and "ngagement" not in text:
        return
    for cue in _PROMISE.finditer(text):
        match = _PROMISE_NAME.match(text, cue.end())
        if match is None:
            continue
        start, end = match.span("pii")
        found = firm_span(text[start:end])
        if found is not None:
            yield _with_number(text, start + found[0], start + found[1])


class CapitalFirmRecognizer(RegexRecognizer):
    """A small firm in capitals, by its sign or by a hiring cue (see the module's docstring)."""

    ENTITY = ENTITY

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        yield from capital_signs(text)
        yield from firm_slang(text)
        yield from hiring_promise(text)
