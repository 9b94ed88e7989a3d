"""Numbered labels and references in groups (fifty-sixth pass, engineer-p196e, issue 13).

Citizens copy the boxes of a form one per line, or one after the other in a sentence: « Enfant 1 : Sarah. Enfant 2 :
Adam. », « - 2e enfant : Yanis, 7 ans », « Personne à charge n°2 : Mamadou », « Colocataire 3 : Thibault »,
« Responsable légal 1 : Véronique Da Silva ». The value is a first name alone, often one that is also a word, a place
or a name the gazetteer does not hold, and the name rules leave it. And the references they copy are groups joined by
dashes, slashes or spaces (« NAT-2022-013-0458721 », « n° 2019-074-0021587 », « 2024 09 1187 6540 »), in which the
phone rule finds ten digits that look like a phone number and wins over the whole reference by its higher score: the
reference is masked but its first group is left (« NAT-2022-[TELEPHONE_1] »).

Switches, read at call time (figures in docs/benchmarks.md, fifty-sixth pass, engineer-p196e):

- `READ_NUMBERED_ROLES`: a person's role on a form (a closed list: « enfant », « personne à charge », « colocataire »,
  « aidant », « élève », « responsable légal »…) with its number or its rank (« Enfant 1 », « Enfant n°2 », « 2e
  enfant », « Personne 1 »), at the head of a line (after a bullet or not) or of a sentence, then a colon: the one to
  three names of the value are masked, up to a comma, a bracket, a dash or the end of the sentence. Each word is
  capitalised or in capitals, never a common, an administration's or a calendar word nor a word that says there is
  none (« néant », « à naître », « moi »); a French word only when the gazetteer knows it as a first name (« Jade »,
  « Rose »). Without a number or a rank the label is left to `role_labels` (shipped off).
- `READ_LISTED_CHILDREN`: children listed one per line under a line that names them (« mes enfants : », « Enfants à
  charge : », « je voudrais inscrire mes enfants à la cantine »): two lines or more in a row, each a bullet or a
  number or nothing, one first name, then nothing, an age (« 7 ans », « (9 ans) », « — 17 ans »), a class (« CE2 »,
  « 6e », « petite section ») or a birth (« né en 2015 »); without a colon ending the line above, every line gives an
  age, a class or a birth. The first name as above (a French word only when the gazetteer knows it as a name).
- `REFERENCES_OVER_PHONES`: a phone number found inside a longer reference, which goes on before or after it joined
  by a dash, a slash, a dot or a space only (« 2019-|074-0021587| », « 2024 |09 1187 6540| »), is dropped, so that
  the whole reference is masked as one. A phone number that is the whole span of the reference stays a phone.
"""

import re
from collections.abc import Callable, Iterator, Sequence

from guichet.privacy.common_words import is_common
from guichet.privacy.gazetteer import fold, lookup
from guichet.privacy.lexicon import is_french
from guichet.privacy.name_rules_words import _CALENDAR, _OFFICE_WORDS
from guichet.privacy.names import ENTITY as PERSON
from guichet.privacy.span_shape import S, SpanLike

READ_NUMBERED_ROLES = True
READ_LISTED_CHILDREN = True
REFERENCES_OVER_PHONES = True

_SCORE = 0.7

# A person's role on a form (folded spellings with and without accents).
_ROLES = (
    r"enfants?|personnes?(?:[ \t]+(?:à|a)[ \t]+charge|[ \t]+au[ \t]+foyer|[ \t]+h[ée]berg[ée]e?s?)?|"
    r"co-?locataires?|locataires?|aidante?s?|[ée]l[èe]ves?|membres?(?:[ \t]+du[ \t]+foyer)?|occupante?s?|"
    r"parents?|responsables?[ \t]+l[ée]ga(?:l|le|ux)|repr[ée]sentante?s?[ \t]+l[ée]ga(?:l|le|ux)|demandeu(?:r|se)s?|"
    r"d[ée]clarante?s?|adultes?|b[ée]n[ée]ficiaires?|ayants?[ \t\-]+droits?|co-?titulaires?|titulaires?|garante?s?|"
    r"salari[ée]e?s?|invit[ée]e?s?|h[ée]berg[ée]e?s?|fr[èe]res?|s(?:œ|oe)urs?|fils|filles?|petits?-enfants?|"
    r"conjointe?s?|tut(?:eur|rice)s?|co-?emprunteu(?:r|se)s?|participante?s?|passag(?:er|ère)s?|candidate?s?|"
    r"[ée]tudiante?s?|apprentie?s?|mineure?s?|majeure?s?|b[ée]b[ée]s?|jumea?ux?|jumelles?"
)
_RANK = (
    r"(?:1(?:er|re|ère)|[2-9](?:e|ème|eme|è|nd|nde)|premi(?:er|ère)|deuxi[èe]me|troisi[èe]me|quatri[èe]me|"
    r"second(?:e)?)"
)
_NUMBER = r"(?:n[°º]|no\.?|num[ée]ro|#)?[ \t]*\d{1,2}"
_LABEL = (
    r"(?i:(?P<rank>" + _RANK + r")[ \t]+(?:" + _ROLES + r")(?:[ \t]*" + _NUMBER + r")?|(?:" + _ROLES + r")"
    r"[ \t]*(?P<number>" + _NUMBER + r"))"
)
_HEAD = r"(?:^|(?<=[.;|!?])[ \t]+)[ \t>*\-–—•·]*(?:\d{1,2}[).][ \t]*)?"
_ROLE = re.compile(_HEAD + _LABEL + r"[ \t]*(?:\((?:e|s|es)\))?[ \t]*:[ \t]*(?P<value>[^\n.;,(–—]*)", re.MULTILINE)
# A title before the name is left out; the glue of a surname is kept inside it.
_TITLE = re.compile(r"(?:M\.|Mme\.?|Mlle\.?|Madame|Monsieur|Mademoiselle)[ \t]+")
_GLUE = frozenset("de du des da do dos das di van von der den el al ben bin le la".split())
_NO_ONE = frozenset("neant aucun aucune rien sans inconnu inconnue moi lui elle nc nd naitre idem".split())
_WORD = re.compile(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*")


def _a_name_word(word: str) -> bool:
    """A capitalised word or one in capitals that is no common, office, calendar or none word, and no French word
    unless the gazetteer knows it as a first name or a surname."""
    if not word[0].isupper():
        return False
    if fold(word.lower()) in _NO_ONE or is_common(word) or word.lower() in _OFFICE_WORDS or word.lower() in _CALENDAR:
        return False
    if not is_french(word):
        return True
    kind = lookup(word)
    return kind is not None and (kind.first or kind.surname)


def numbered_role_names(text: str) -> Iterator[tuple[int, int]]:
    """See `READ_NUMBERED_ROLES` in the module: (start, end) of the name after each numbered role's label."""
    if not READ_NUMBERED_ROLES or ":" not in text:
        return
    for match in _ROLE.finditer(text):
        start = match.start("value")
        value = re.split(r"[ \t]-[ \t]", match.group("value"))[0]
        title = _TITLE.match(value)
        offset = title.end() if title else 0
        words = list(_WORD.finditer(value, offset))
        # the value ends at the first word that is no name: « Sarah née le … », « Lina en CE2 »
        names = []
        for word in words:
            if names and word.group().lower() in _GLUE:
                continue
            if not _a_name_word(word.group()):
                break
            names.append(word)
        if not names or len(names) > 3:
            continue
        yield start + names[0].start(), start + names[-1].end()


_CHILD_LINE = re.compile(
    r"[ \t]*(?:[-*•·–—][ \t]*|\d{1,2}[).][ \t]*)?(?P<name>[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)?)"
    r"(?P<tail>[ \t]*[,:(—–\-]?[ \t]*(?:\d{1,2}[ \t]*ans?|CP|CE1|CE2|CM1|CM2|[3-6](?:e|ème|eme)|"
    r"(?:petite|moyenne|grande)[ \t]+section|PS|MS|GS|maternelle|n[ée]e?[ \t]+(?:en|le)[ \t]+[\w /.]+)"
    r"[ \t]*\)?)?[ \t.]*"
)
_CHILDREN_HEAD = re.compile(r"(?i)\b(?:enfants?|fils|filles|petits?-enfants)\b[^\n]*?(?P<colon>:)?[ \t]*$")


def listed_children(text: str) -> Iterator[tuple[int, int]]:
    """See `READ_LISTED_CHILDREN` in the module: (start, end) of each first name of a list of children."""
    if not READ_LISTED_CHILDREN or "\n" not in text:
        return
    lines = list(re.finditer(r"[^\n]*", text))
    lines = [line for line in lines if line.start() == 0 or text[line.start() - 1] == "\n"]
    i = 0
    while i < len(lines):
        head = _CHILDREN_HEAD.search(lines[i].group())
        if head is None:
            i += 1
            continue
        block = []
        tails = True
        j = i + 1
        while j < len(lines):
            match = _CHILD_LINE.fullmatch(lines[j].group())
            if match is None or not _a_name_word(match.group("name")):
                break
            block.append((lines[j].start() + match.start("name"), lines[j].start() + match.end("name")))
            tails = tails and match.group("tail") is not None
            j += 1
        # a list under a line that ends with a colon, or one whose every line gives an age, a class or a birth
        if len(block) >= 2 and (head.group("colon") or tails):
            yield from block
        i = max(j, i + 1)


_JOINED = re.compile(r"[ \t\-/.]*")
_REFERENCES = frozenset({"REFERENCE", "IDENTIFIANT"})


def _inside_reference(text: str, phone: SpanLike, references: Sequence[SpanLike]) -> bool:
    """A phone number inside a longer reference whose rest only joins groups to it (no word, no other sign)."""
    for reference in references:
        if (
            reference.start <= phone.start
            and phone.end <= reference.end
            and (reference.end - reference.start) > (phone.end - phone.start)
        ):
            rest = text[reference.start : phone.start] + " " + text[phone.end : reference.end]
            if re.fullmatch(r"[A-Za-z0-9 \t\-/.]*", rest) and re.search(r"\d", rest):
                return True
    return False


def amended(text: str, spans: Sequence[S], make: Callable[[str, int, int, float], S]) -> list[S]:
    """`spans` without a phone number inside a longer reference, with the names of numbered roles added (see the
    module's switches)."""
    out = list(spans)
    if REFERENCES_OVER_PHONES:
        references = [s for s in out if s.type in _REFERENCES]
        if references:
            out = [s for s in out if not (s.type == "TELEPHONE" and _inside_reference(text, s, references))]
    out += [make(PERSON, a, b, _SCORE) for a, b in numbered_role_names(text)]
    out += [make(PERSON, a, b, _SCORE) for a, b in listed_children(text)]
    return out
