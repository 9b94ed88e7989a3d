"""Shops and trades named after their owner, in the two forms the other firm rules leave (fifty-first pass,
engineer-p170e, issue 13): "la boulangerie MARTIN", "menuiserie BERNARD et fils", "Auto-école Mercier", "AU FOURNIL
DU MOULIN", "LES DÉLICES DE SOPHIE".

A small shop or a craftsman's firm carries its owner's name; the writer who works there is found by it (the twentieth
pass's product decision: masked as `[EMPLOYEUR_n]`). `trade_names` reads a trade's word and a capitalised name, but
leaves a single name that is also a French word ("la boulangerie MARTIN": "martin" is a bird), and its list of trades
has no "auto-école" nor "-erie" word outside it; `employer` stops a sign at "DE" or "DU" ("LES DÉLICES" masked, "DE
SOPHIE" left). Three switches, read at call time:

- `CAPITAL_SURNAMES`: a trade's word (in any case), then a name written in capitals that the gazetteer knows as a
  name and not as a common word ("la boulangerie MARTIN", "plomberie BERNARD ET FILS", "Garage DA SILVA"), in a
  sentence that is not in capitals. A surname in capitals after a trade's word is the sign's way to write the owner.
  After a lower-case trade's word the name alone is masked ("la boulangerie [EMPLOYEUR_1]"), as `trade_names` does.
- `LISTED_SURNAMES`: a capitalised trade's word, as a sign writes it, then a capitalised surname the gazetteer lists
  (not a common word), even when it is a French word too ("Auto-école Mercier", "Ambulances Berger"); a "-erie"
  word before it is `erie_firms`' to read.
- `SIGNS_PAST_PARTICLE`: a sign in capitals that runs past "DE", "DU", "DES", "D'" to a person's name ("AU FOURNIL
  DE JULIEN", "LES SAVEURS D'AMINA", "AU FOURNIL DU MOULIN"), begun by a sign's article ("AU", "AUX", "LES", "LE",
  "LA", "CHEZ") or a trade's word in capitals, in a lower-case sentence. Masked from its first word after the
  article to its end ("AU [EMPLOYEUR_1]", as `employer` leaves a sign's article); a shorter mask of its first words
  by another rule is replaced (same score, longer span).

**Not masked**: a chain or a large firm ("la boulangerie PAUL", "le garage RENAULT": `employer.CHAINS`, and the
makes below), a public body or a public place ("la mairie de Lyon", "le lycée VICTOR HUGO", "l'hôpital ÉDOUARD
HERRIOT": no trade's word, and `employer.is_firm`'s public words), a common word in capitals ("la boulangerie
CENTRALE", "le garage FERMÉ", "la boucherie du MARCHÉ"), a sign with no person's name ("AUX DÉLICES DU PALAIS": no
listed name after the particle), a street ("rue de la BOULANGERIE"), a message in capitals throughout.
"""

import re
from collections.abc import Iterator

from guichet.privacy.gazetteer import is_name
from guichet.privacy.recognizers.base import RegexRecognizer
from guichet.privacy.recognizers.employer import CHAINS, ENTITY, SCORE, is_firm
from guichet.text import fold

# Switches, read at call time; figures in docs/benchmarks.md, fifty-first pass, engineer-p170e. `CAPITAL_SURNAMES`
# moves no leak nor over-mask of train + validation (two items of its batch change type, PERSONNE to EMPLOYEUR):
# shipped off, nothing measured to gain. The two others gain (validation for `LISTED_SURNAMES`, train at no cost for
# `SIGNS_PAST_PARTICLE`).
CAPITAL_SURNAMES = False
LISTED_SURNAMES = True
SIGNS_PAST_PARTICLE = True

# Trades' and shops' words that a small firm's sign begins with; any word in "-erie" too ("plâtrerie", "vitrerie")
_TRADES = (
    r"boulangeries?|p[âa]tisseries?|boucheries?|charcuteries?|fromageries?|poissonneries?|[ée]piceries?|"
    r"garages?|carrosseries?|menuiseries?|plomberies?|ma[çc]onneries?|charpentes?|couvertures?|toitures?|"
    r"[ée]lectricit[ée]|peintures?|serrureries?|[ée]b[ée]nisteries?|cordonneries?|pharmacies?|librairies?|"
    r"brasseries?|caf[ée]s?|bars?|bar-tabac|tabacs?|restaurants?|pizzerias?|cr[êe]peries?|auberges?|h[ôo]tels?|"
    r"salons?|coiffure|pressings?|fleuristes?|quincailleries?|auto-[ée]coles?|ambulances?|taxis?|"
    r"transports?|nettoyage|jardineries?|paysagistes?|traiteurs?|ateliers?|imprimeries?|scieries?|laiteries?|"
    r"fournils?|ets|[ée]tablissements|entreprises?|maison|chauffage|terrassement|d[ée]pannage|"
    r"[a-zà-ÿ]{2,}eries?"
)
_TRADE = r"(?i:" + _TRADES + r")"
# A word written in capitals (two letters or more), an apostrophe or a hyphen inside ("N'DIAYE", "LE-GOFF")
_CAPS = r"[A-ZÀ-ÖØ-Þ]{2,}(?:['’\-][A-ZÀ-ÖØ-Þ]+)*"
# A surname's particle that may stand before it in capitals ("DA SILVA", "LE GALL", "VAN DAMME")
_PARTICLE = r"(?:DA|DE|DI|DOS|DAS|DU|LE|LA|VAN|VON|MAC|MC|EL|BEN|AIT|AÏT)"
# A family firm's word after the name ("ET FILS", "& FRÈRES", "PÈRE ET FILS")
_FAMILY = (
    r"(?:[ \t]+(?:PÈRE|PERE|Père)?[ \t]*(?:ET|et|&)[ \t]+(?:FILS|FILLES?|FRÈRES|FRERES|ASSOCIÉS|ASSOCIES|CIE|Fils|"
    r"Filles?|Frères|Associés|Cie)|[ \t]+(?:FRÈRES|FRERES|Frères))?"
)
_CAPITAL_NAME = re.compile(
    r"(?:(?<![\w'’\-])|(?<=(?<!\w)[LlDd]['’]))(?P<head>" + _TRADE + r")[ \t]+"
    r"(?P<name>(?:" + _PARTICLE + r"[ \t]+)?(?P<first>" + _CAPS + r")(?:[ \t]+" + _CAPS + r")?)"
    r"(?P<family>" + _FAMILY + r")(?![\w'’\-])"
)
# A capitalised trade's word (its first letter only, as a sign writes it) and a capitalised surname
_LISTED_NAME = re.compile(
    r"(?:(?<![\w'’\-])|(?<=(?<!\w)[LlDd]['’]))(?P<head>(?=[A-ZÀ-ÖØ-Þ])" + _TRADE + r")[ \t]+"
    r"(?P<name>(?P<first>[A-ZÀ-ÖØ-Þ][a-zà-ÿ]{2,}(?:-[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+)?))"
    # a capitalised word after the name: the firm's name runs on ("Entreprise Ouattara Carrelage"), the other rules'
    r"(?P<family>" + _FAMILY + r")(?![\w'’\-])(?![ \t]+[A-ZÀ-ÖØ-Þ])"
)
_JOIN = r"(?:DE[ \t]+LA|DE[ \t]+L['’]|DE|DU|DES|D['’])"
# A sign in capitals that runs past a particle: its opening (an article or a trade's word), one to three words, the
# particle, then one to three words
_SIGN_PAST = re.compile(
    r"(?<![\w'’\-])(?P<pii>(?:(?P<article>AU|AUX|LES|LE|LA|L['’]|CHEZ)[ \t]*)?(?P<head>" + _CAPS + r")"
    r"(?:[ \t]+" + _CAPS + r"){0,2}"
    r"(?P<joins>(?:[ \t]+" + _JOIN + r"[ \t]*" + _CAPS + r"(?:[ \t]+" + _CAPS + r")?)+))"
    r"(?![\w'’\-])"
)
_JOINED_WORD = re.compile(_JOIN + r"[ \t]*(" + _CAPS + r"(?:[ \t]+" + _CAPS + r")?)")
_CHAIN = re.compile(r"(?i:" + CHAINS + r")(?![\w'’\-])")
# Makes and chains a trade's word names as a single word ("le garage RENAULT", "la pharmacie LAFAYETTE", "la
# boulangerie PAUL"), beside `employer.CHAINS`
_MAKES = frozenset(
    fold(word)
    for word in (
        "Renault Peugeot Citroën Toyota Volkswagen Ford Opel Fiat Nissan Dacia Kia Hyundai Mercedes Audi Skoda Seat "
        "Tesla Volvo Suzuki Honda Mazda Midas Norauto Speedy Feu Vert Lafayette Krys Afflelou Paul Brioche Marie "
        "Blachère Ange Ibis Mercure Campanile Kyriad Courtepaille Hippopotamus Buffalo Flunch Leclerc Casino"
    ).split()
)
# A street named after a trade: "rue de la Boulangerie", "impasse des Tanneries"
_STREET_BEFORE = re.compile(
    r"(?i:rue|avenue|boulevard|chemin|impasse|all[ée]e|place|quai|route|square|cours|passage|lotissement|"
    r"r[ée]sidence)[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])?[ \t]*\Z"
)


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around `start`-`end`, the span itself left out."""
    begin = max(text.rfind(mark, 0, start) for mark in ".!?\n") + 1
    stop = min((i for i in (text.find(mark, end) for mark in ".!?\n") if i >= 0), default=len(text))
    return text[begin:start] + " " + text[end:stop]


def _lower_sentence(text: str, start: int, end: int) -> bool:
    """Words in lower case around the span: capitals there are a sign's, not a sentence shouted."""
    return len(re.findall(r"\b[a-zà-ÿ]{3,}\b", _sentence(text, start, end))) >= 2


def _surname(word: str) -> bool:
    """A name the gazetteer lists, not a common word ("MARTIN", "LEROUX"; not "PETIT", "CENTRALE")."""
    return fold(word) not in _MAKES and is_name(word.capitalize())


def _after_street(text: str, start: int) -> bool:
    return bool(_STREET_BEFORE.search(text, max(0, start - 40), start))


def capital_surnames(text: str) -> Iterator[tuple[int, int, float]]:
    """(`CAPITAL_SURNAMES`) A trade's word, then a listed surname in capitals."""
    if not CAPITAL_SURNAMES:
        return
    for match in _CAPITAL_NAME.finditer(text):
        head, name, first = match.group("head"), match.group("name"), match.group("first")
        if head.isupper() and len(head) > 3:
            continue  # "BOULANGERIE MARTIN" alone in capitals: a letterhead's or a shout, the other rules'
        if not _surname(first) or _CHAIN.match(name) or _after_street(text, match.start()):
            continue
        if not _lower_sentence(text, match.start(), match.end()):
            continue
        start = match.start("head") if head[0].isupper() else match.start("name")
        if is_firm(text[start : match.end()]):
            yield start, match.end(), SCORE


def listed_surnames(text: str) -> Iterator[tuple[int, int, float]]:
    """(`LISTED_SURNAMES`) A capitalised trade's word, then a capitalised listed surname."""
    if not LISTED_SURNAMES:
        return
    for match in _LISTED_NAME.finditer(text):
        head, first = match.group("head"), match.group("first")
        if not head[1:].islower() and "-" not in head:
            continue
        if head.endswith(("erie", "eries")):
            continue  # a capitalised "-erie" word and a surname is `erie_firms`' ("Menuiserie Berger")
        if not _surname(first) or is_name(first, first=True) or _CHAIN.match(first):
            continue  # a first name after a trade ("Coiffure Nathalie") is `trade_names`' and the name rules'
        if _after_street(text, match.start()) or not is_firm(match.group()):
            continue
        yield match.start(), match.end(), SCORE


def signs_past_particle(text: str) -> Iterator[tuple[int, int, float]]:
    """(`SIGNS_PAST_PARTICLE`) A sign in capitals running past "DE", "DU", "D'" to a person's name."""
    if not SIGNS_PAST_PARTICLE:
        return
    for match in _SIGN_PAST.finditer(text):
        head = match.group("head")
        if match.group("article") is None and not re.fullmatch(_TRADE, head):
            continue  # no sign's opening: a town ("SAINT-ÉTIENNE DU ROUVRAY"), a title in capitals
        joined = [found.group(1) for found in _JOINED_WORD.finditer(match.group("joins"))]
        if not any(_surname(word) for part in joined for word in part.split()):
            continue  # "AUX DÉLICES DU PALAIS": no person's name in the sign
        # the sign's article stays, as `employer` leaves it ("AU [EMPLOYEUR_1]"): no firm's first word for `is_firm`
        start, end = match.start("head"), match.end("pii")
        if _CHAIN.match(text, start) or _after_street(text, match.start()):
            continue
        if not _lower_sentence(text, match.start(), end) or not is_firm(text[start:end]):
            continue
        yield start, end, SCORE


class OwnerSignRecognizer(RegexRecognizer):
    """A shop or a trade named after its owner (see the module's docstring)."""

    ENTITY = ENTITY

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        yield from capital_surnames(text)
        yield from listed_surnames(text)
        yield from signs_past_particle(text)
