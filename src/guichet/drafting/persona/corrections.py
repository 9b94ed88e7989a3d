"""A message that corrects itself, or corrects what someone else said, read as corrected.

People write as they speak: "je suis à la retraite depuis 2019, pardon, c'était en 2020", "j'ai travaillé 18 mois,
en fait non, 16 mois", "je touche 1 650 € brut, je veux dire net", "ma mère touche l'APA, enfin non, elle l'a
demandée", "mon mari dit que nous sommes mariés depuis 2012, mais c'est faux : c'est 2013". The message then holds
a fact and its correction; read as written, the retracted fact contradicts the draft's right sentence, or makes the
wrong one "consistent". Before the writer is read (`writer.read_writer`), each correction is applied to the folded
text:

* the correction gives a value of the same kind as the retracted clause's last one (a year or a date, a sum, a
  number of months, years or quarters, "brut" / "net", "par an" / "par mois"), and nothing but a few words before
  it ("c'était en 2020", "il vient d'avoir 18 ans", "échelon 4"): that value replaces the retracted one;
* otherwise, after a plain retraction ("pardon", "en fait non", "enfin non", "c'est faux", "c'est l'inverse"), the
  retracted clause is dropped; "enfin" or "en fait" alone never drops anything (they also mean "finally", "actually");
* "je suis au chômage depuis trois mois. Enfin, j'étais : …": the retracted present is told in the past.

The last version wins (`LAST_VERSION_WINS`): a dash opens a correction as a comma does ("je suis au chômage — enfin,
depuis lundi j'ai un CDD", "depuis le 2 octobre — je veux dire le 2 novembre"), and a fact the writer updates
("je touche le RSA — non, pardon, je le touchais", "je vis seule avec ma fille… enfin plus tout à fait", "j'habite
seul. enfin plus vraiment") is told in the past, so a draft that repeats it in the present is contradicted. A plain
past ("avant j'habitais à Lyon, maintenant à Villeurbanne") holds no marker and is read as before.

Switches, read at call time: `SELF_CORRECTIONS` (the writer's own corrections) and `DENIED_REPORTS` (what another
person "dit", "pense", "croit", "prétend" that the writer denies: "mon frère prétend que la maison est à mon nom,
mais c'est faux""). Forty-seventh pass: `POSTFIX_CORRECTIONS`, a value
said alone after the clause it corrects, its marker after it ("j'ai deux enfants. Trois en fait.", "2 enfants, 3 en
fait,"), replaces the clause's value of its kind; `SPOKEN_RETRACTIONS`, "non en fait", "en fait non", "non enfin",
"enfin non" retract without a comma after them ("je suis mariée avec mon compagnon, non en fait c'est un Pacs").
"""

import re
from dataclasses import dataclass

from guichet.drafting.persona import status_corrections
from guichet.drafting.persona.lexicon import MONTH

# Off: a message's corrections are read as two facts, as in the forty-first pass.
SELF_CORRECTIONS = True
# Off: what another person says of the writer and the writer denies is read as the writer's fact.
DENIED_REPORTS = True
# Off: a dash opens no correction, and "je le touchais", "plus vraiment" after a marker retract nothing (pass 45).
LAST_VERSION_WINS = True
# Off: "j'ai deux enfants. Trois en fait." (a value said alone, its marker after it) corrects nothing (pass 46).
POSTFIX_CORRECTIONS = True
# Off: "non en fait", "en fait non", "non enfin", "enfin non" retract only with a comma after them (pass 46).
SPOKEN_RETRACTIONS = True
# Off (shipped off: it moves no train or validation item): a month said alone ("en mars", "début décembre") is no
# value to correct, as in pass 46.
MONTH_VALUES = False

# A retraction of the whole clause, not of its value ("mon épouse a 62 ans et moi 64, pardon, c'est l'inverse"); it
# may end a sentence ("il m'a dit que mon compagnon habitait chez moi. C'est faux.").
_WHOLE_TEXT = r"c'est l'inverse|(?:mais )?c'est faux|(?:mais )?ce n'est pas vrai|(?:mais )?ce n'est pas le cas"
# A retraction: the clause before it is wrong. These need a comma, colon or full stop after them ("non imposable",
# "pardon de vous déranger" are no retraction).
_STRONG = (
    r"(?:ah |oh |euh )?(?:en fait |enfin |mais )?non(?: pardon| excusez-moi)?|(?:ah |oh )?pardon|"
    r"je me suis trompee?|je me trompe|je rectifie|je corrige|c'est l'inverse|(?:mais )?c'est faux|"
    r"(?:mais )?ce n'est pas vrai|(?:mais )?ce n'est pas le cas"
)
# Retractions that may run on into the correction ("je veux dire net", "ou plutôt 2020").
_STRONG_RUN_ON = r"je veux dire|je voulais dire|ou plutot"
# Words that correct only where a value of the same kind follows ("enfin un seul", "en fait depuis mars").
# "Plutôt" alone is a preference ("un chien, plutôt un labrador"), "en réalité" a contrast ("contrat 35 h. En réalité
# je fais 45 heures"): a correction of what another person said only.
_WEAK = r"enfin|en fait|mais en fait|mais en realite|en realite|plutot"
_REPORT_ONLY = re.compile(r"\b(?:en realite|plutot)\b")
# A spoken retraction that runs on without a comma ("je suis mariée avec mon compagnon, non en fait c'est un Pacs",
# "JE L AI ENVOYE EN JANVIER. NON EN FAIT C ETAIT DEBUT DECEMBRE"): `SPOKEN_RETRACTIONS`. "Mais non" is left out
# ("retraité, mais non imposable").
_SPOKEN = r"non,? en fait|non,? enfin|en fait,? non|enfin,? non"


def _markers(spoken: bool) -> str:
    run_on = f"{_SPOKEN}|{_STRONG_RUN_ON}" if spoken else _STRONG_RUN_ON
    return (
        rf"\s*(?P<marker>(?:(?:{_STRONG})\s*[,:;]\s*|(?:{_WHOLE_TEXT})\s*[.]\s*|"
        rf"(?:{run_on}|{_WEAK})(?:\s*[,:;]\s*|\s+))+)"
    )


_LEAD = r"(?P<lead>[,;:.!?\n]|^)"
# With `LAST_VERSION_WINS`, a dash leads a marker too ("au chômage — enfin, …"; a hyphen only between spaces).
_LEAD_DASHED = r"(?P<lead>[,;:.!?\n—–]|(?<=\s)-(?=\s)|^)"
# By (dashed, spoken).
_MARKER_PATTERNS = {
    (dashed, spoken): re.compile((_LEAD_DASHED if dashed else _LEAD) + _markers(spoken))
    for dashed in (False, True)
    for spoken in (False, True)
}
_STRONG_ALONE = re.compile(rf"(?:^|\W)(?:{_STRONG}|{_STRONG_RUN_ON})(?:\W|$)")
# Another person's saying: "mon mari dit que", "on m'a dit que", "mes parents croient que".
_REPORT = re.compile(
    r"\b(?:dit|disent|pense|pensent|croit|croient|pretend|pretendent|affirme|affirment|assure|assurent|"
    r"m'a dit|m'ont dit|m'a assure|m'a explique|m'a affirme|soutient|soutiennent)\s+(?:que\s+|qu')"
)
_YEAR = r"(?:19|20)\d\d"
_PLACEHOLDER = r"\[date[a-z_]*_\d+\]"
_DATE = rf"(?:\d{{1,2}}(?:er)? {MONTH}(?: {_YEAR})?|{_PLACEHOLDER})"
_UNITS = r"ans?|mois|semaines?|jours?|heures?|trimestres?|enfants?|credits?|km|%"
_MONEY = r"\d{1,3}(?:[  .]?\d{3})*(?:,\d+)?\s*(?:€|euros?)"
_WORDS = r"un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix"
# A number; one in words only with its unit or "seul" ("deux crédits", "un seul"), never an article.
_NUMBER = (
    rf"(?:\d{{1,3}}(?:[  .]\d{{3}})+|\d+)(?:,\d+)?(?:\s+(?:{_UNITS})\b)?|"
    rf"(?:{_WORDS})(?:\s+(?:{_UNITS})\b|\s+seule?\b)"
)
_LEADING_NUMBER = re.compile(rf"^(?:\d+(?:[  .]?\d{{3}})*(?:,\d+)?|{_WORDS})\b")
# Words that name one side of a pair ("brut" / "net", "par an" / "par mois").
_SWAPS = (
    ("brut", "net"),
    ("par an", "par mois", "par semaine", "par jour"),
    ("hors charges", "charges comprises"),
    ("a temps plein", "a temps partiel"),
)
_VALUE_ALTERNATIVES = (
    rf"(?P<money>{_MONEY})|(?P<date>{_DATE})|(?P<year>(?<!\d){_YEAR}(?!\d))|(?P<number>(?<![\w,/.-]){_NUMBER}(?![/\w]))|"
    rf"(?P<word>\b(?:{'|'.join(w for pair in _SWAPS for w in pair)})\b)"
)
_VALUE = re.compile(_VALUE_ALTERNATIVES)
# With `MONTH_VALUES`, a month said alone is a value too ("on s'est séparés en mars. Non, en avril").
_VALUE_MONTHS = re.compile(_VALUE_ALTERNATIVES + rf"|(?P<month>\b(?:(?:debut|fin|mi-) ?)?{MONTH}\b(?! (?:19|20)\d\d))")
# What may come before the correction's value ("c'était en", "il vient d'avoir", "échelon"): a few words, none
# that names another thing ("c'est mon passeport qui a expiré en 2022" corrects the thing, not the year).
_OTHER_THING = re.compile(r"\b(?:qui|mon|ma|mes|son|sa|ses|notre|nos|leur|leurs|votre|vos)\b")
_WHOLE = re.compile(_WHOLE_TEXT)
# A correction that names another thing or person ("ah non, c'est mon passeport qui a expiré", "c'est ma femme").
_NAMES_OTHER = re.compile(
    r"^(?:c'est|c'etait|ce sont|ce n'est pas)\s+(?:mon|ma|mes|son|sa|ses|notre|nos|leur|moi|lui|elle)\b"
)
# A retracted present told in the past ("enfin, j'étais").
_WAS = re.compile(r"^(?:j'etais|je l'etais|c'etait avant|plus maintenant)\b")
# The same, from the writer's update (`LAST_VERSION_WINS`): "non, pardon, je le touchais", "enfin plus vraiment".
_WAS_UPDATED = re.compile(
    r"^(?:je (?:le |la |les |l')?(?:touchais|percevais)|je vivais|j'habitais|plus (?:vraiment|tout a fait|du tout))\b"
)
_PRESENT_TO_PAST = (("je suis ", "j'etais "), ("je touche ", "je touchais "), ("je percois ", "je percevais "))
# An update told after a marker: "enfin, depuis lundi j'ai retrouvé un CDD", "enfin je disais Lyon mais on a
# déménagé": what the writer was before it is told in the past.
_UPDATE = re.compile(
    r"^(?:je disais [^,;.]{1,30}? mais |depuis [^,;.]{1,30}? |maintenant |desormais )?"
    r"(?:j'ai|on a|nous avons) (?:retrouve|repris|trouve|signe|demenage|commence)\b"
)
_PRESENT_TO_PAST_UPDATED = (("je vis ", "je vivais "), ("j'habite ", "j'habitais "))


def _was(after: str) -> bool:
    """Whether the words after a marker tell the retracted present in the past ("enfin, j'étais")."""
    return bool(_WAS.match(after) or LAST_VERSION_WINS and (_WAS_UPDATED.match(after) or _UPDATE.match(after)))


def _to_past() -> tuple[tuple[str, str], ...]:
    return _PRESENT_TO_PAST + (_PRESENT_TO_PAST_UPDATED if LAST_VERSION_WINS else ())


@dataclass(frozen=True)
class _Value:
    kind: str
    text: str
    start: int
    end: int


def _values(text: str) -> list[_Value]:
    pattern = _VALUE_MONTHS if MONTH_VALUES else _VALUE
    return [_Value(m.lastgroup or "", m.group(), m.start(), m.end()) for m in pattern.finditer(text)]


def _unit(value: _Value) -> str:
    match = re.search(rf"\s+({_UNITS})$", value.text) if value.kind == "number" else None
    return match.group(1).rstrip("s") if match else ""


def _swap_set(word: str) -> int:
    return next(i for i, pair in enumerate(_SWAPS) if word in pair)


def _replaces(new: _Value, old: _Value) -> bool:
    """Whether `new` (the correction's value) is of the kind of `old` (the retracted clause's)."""
    if new.kind == "word" or old.kind == "word":
        return new.kind == old.kind == "word" and _swap_set(new.text) == _swap_set(old.text)
    if new.kind == "month" or old.kind == "month":
        return new.kind in {"month", "date"} and old.kind in {"month", "date"}
    if new.kind in {"date", "year"}:
        return old.kind in {"date", "year"} or (old.kind == "number" and not _unit(old))
    if new.kind == "money":
        return old.kind == "money"
    # A bare number corrects any number ("168 trimestres, non, 166"); one with a unit, a number of that unit.
    if old.kind == "money":
        return not _unit(new)
    return old.kind == "number" and (not _unit(new) or _unit(new) == _unit(old))


def _new_text(new: _Value, old: _Value) -> str:
    if new.kind == "number" and old.kind in {"number", "money"} and not _unit(new):
        number = _LEADING_NUMBER.match(new.text)
        return _LEADING_NUMBER.sub(number.group() if number else new.text, old.text, count=1)
    return new.text


def _names_other_thing(after: str) -> bool:
    return bool(_NAMES_OTHER.search(after))


def _clause_start(text: str, end: int) -> int:
    """Where the clause ending at `end` starts: after the last comma (not a decimal one: "1 843,20 €"), semicolon,
    colon or sentence end; an ellipsis ends it ("je suis locataire... non pardon")."""
    while end > 0 and text[end - 1] in ".… \t":
        end -= 1
    cut = r"(?<!\d),|,(?!\d)|[;:.!?\n]" + (r"|[—–]|(?<=\s)-(?=\s)" if LAST_VERSION_WINS else "")
    cuts = [m.end() for m in re.finditer(cut, text[:end])]
    return cuts[-1] if cuts else 0


def _sentence_start(text: str, end: int) -> int:
    """Where the sentence holding `end` starts; at an ellipsis or a full stop just before `end` ("65 ans le 3
    mars... pardon", "depuis trois mois. Enfin, j'étais"), the sentence before it."""
    while end > 0 and text[end - 1] in ".…!? \t":
        end -= 1
    return max(text.rfind(c, 0, end) for c in ".…!?\n") + 1


def _correct_once(text: str, pos: int) -> tuple[str, int] | None:
    """The text with the first correction at or after `pos` applied, and where to look next; None when none."""
    for match in _MARKER_PATTERNS[(LAST_VERSION_WINS, SPOKEN_RETRACTIONS)].finditer(text, pos):
        marker = match.group("marker").strip(" ,:;")
        at = match.start("marker")
        strong = bool(_STRONG_ALONE.search(marker))
        if match.group("lead") == "?":
            continue  # the answer to a question ("un bail à son nom ? non, un seul"), no correction
        sentence_start = _sentence_start(text, at)
        before = text[sentence_start : match.start()]
        report = _REPORT.search(before)
        rest_end = min([i for i in (text.find(c, match.end()) for c in ",;.!?\n") if i >= 0] or [len(text)])
        after = text[match.end() : rest_end]
        ends_sentence = match.group("lead") in {".", "!", "\n"}
        if not (strong or report or _was(after)) and (ends_sentence or _REPORT_ONLY.search(marker)):
            continue  # "contrat 35 h. En fait, je fais 45 heures": a contrast told after a full stop
        if report and not DENIED_REPORTS:
            continue
        if not report and not SELF_CORRECTIONS:
            continue
        if strong and not report:  # « marié depuis 2018. Non en fait c'est un Pacs » (`status_corrections`)
            swapped = status_corrections.swapped(text, _clause_start(text, match.start()), match.start(), match.end())
            if swapped is not None:
                return swapped, match.end() + len(swapped) - len(text)
        # The retracted present told in the past ("je suis au chômage depuis trois mois. Enfin, j'étais").
        if _was(after) and not report:
            found = [(before.rfind(now), now, past) for now, past in _to_past() if before.rfind(now) >= 0]
            if found:
                # The first pair found, as before; with `LAST_VERSION_WINS` the present said last ("je suis inscrit
                # à France Travail et je touche l'ARE. Enfin je touchais": the ARE, not the registration).
                cut, now, past = max(found) if LAST_VERSION_WINS else found[0]
                left = sentence_start + cut
                return text[:left] + past + text[left + len(now) :], match.end() + len(past) - len(now)
        news = _values(after)
        olds = _values(before)
        # A weak marker corrects with a value said alone ("enfin un seul maintenant", not "enfin 2 à temps plein").
        alone = strong or report or bool(news) and len(after[news[0].end :].split()) <= 1
        lead_in = after[: news[0].start] if news else ""
        if news and alone and len(lead_in.split()) <= 4 and not _OTHER_THING.search(lead_in):
            new = news[0]
            old = next((o for o in reversed(olds) if _replaces(new, o)), None)
            if old is not None:
                left, right = sentence_start + old.start, sentence_start + old.end
                replaced = _new_text(new, old)
                return text[:left] + replaced + text[right:], left + len(replaced) + (match.end() - right)
        if not (strong or report and re.search(r"\b(?:en fait|en realite)\b", marker)):
            continue
        # What another person says goes from its "que"; the writer's own clause from its start.
        left = sentence_start + report.end() if report else _clause_start(text, match.start())
        # A bare number is no value to cut ("réponse du 19/02 (SIP) : non, …").
        retracted = [v for v in _values(text[left : match.start()]) if v.kind != "number" or _unit(v)]
        if retracted and not _WHOLE.search(marker) and not _names_other_thing(after):
            # The value was wrong, not the fact: "mon arrêt était de 15 jours, mais en fait le médecin l'a
            # prolongé" keeps the sick leave; "j'ai accouché le 12 avril, enfin non, c'était la date prévue" the birth.
            last = retracted[-1]
            cut_left, cut_right = left + last.start, left + last.end
            return text[:cut_left] + text[cut_right:], match.end() - (cut_right - cut_left)
        return text[:left] + " " + text[match.start() :], left + 1 + (match.end() - match.start())
    return None


# A value said alone after the clause it corrects, its marker after it (`POSTFIX_CORRECTIONS`): "j'ai deux enfants.
# Trois en fait.", "j'ai 2 enfants, 3 en fait, la petite est née le mois dernier". Only where a stop or the end of
# the text follows the marker ("3 en fait sont à charge" is no correction).
_SMALL_NUMBERS = {w: i for i, w in enumerate("un deux trois quatre cinq six sept huit neuf dix".split(), 1)}
_POSTFIX = re.compile(
    rf"(?P<lead>[,;.!\n…])\s*(?P<value>(?<![\w,.])\d+(?![\w,.])|\b(?:une|{'|'.join(_SMALL_NUMBERS)})\b)\s+"
    r"(?P<marker>en fait|en realite|pardon|plutot)(?=\s*(?:[,;:.!?\n…]|$))"
)


def _postfix_once(text: str, pos: int) -> tuple[str, int] | None:
    """The text with the first postfix correction at or after `pos` applied, and where to look next."""
    for match in _POSTFIX.finditer(text, pos):
        word = match.group("value")
        number = str(_SMALL_NUMBERS.get("un" if word == "une" else word, 0) or word)
        found = _values(number)
        new = found[0] if found else _Value("number", number, 0, len(number))
        sentence_start = _sentence_start(text, match.end("lead"))
        before = text[sentence_start : match.start("lead")]
        old = next((o for o in reversed(_values(before)) if _replaces(new, o)), None)
        if old is None:
            continue
        # The postfix goes (the later span first), then the retracted value is replaced.
        text = text[: match.start("value")] + text[match.end("marker") :]
        left, right = sentence_start + old.start, sentence_start + old.end
        replaced = _new_text(new, old)
        text = text[:left] + replaced + text[right:]
        return text, match.start("value") + len(replaced) - (right - left)
    return None


def corrected(folded: str) -> str:
    """The folded message with its corrections applied (see the module's docstring)."""
    if not (SELF_CORRECTIONS or DENIED_REPORTS):
        return folded
    text, pos = folded, 0
    if POSTFIX_CORRECTIONS and SELF_CORRECTIONS:
        for _ in range(20):
            step = _postfix_once(text, pos)
            if step is None:
                break
            text, pos = step
        pos = 0
    for _ in range(20):  # a message holds a few corrections at most
        step = _correct_once(text, pos)
        if step is None:
            break
        text, pos = step
    return text
