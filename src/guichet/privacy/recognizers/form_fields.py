"""A form's fields pasted into a message (fifty-fourth pass, engineer-p186e, issue 13): the name a field holds when
the next field of the same line follows it ("Nom de l'enfant : Vert Prénom : Lila"), and the labels left alone — the
next field's label that a name found before it swallowed ("Prénom : Stanislas Né le : …" masked as "Stanislas Né",
"NOM : GRAND PRENOM : Paulette" as "GRAND PRENOM"), and a label alone at the head of a line taken for a person
("Conjoint(e) : néant").

The name rules read a form's line whose label is a name's and whose value runs to the line's end
(`name_rules_forms.labelled_names`), the birth and usage names' fields inside a line (`married_names`), and most
values of "Nom : … Prénom : …" through the gazetteer; but the names found by the model and by the context rule run
on over the capitalised word that follows them, and on a form's line that word is the next field's label. Three
switches, read at call time:

- `READ_INLINE_NAME_FIELDS`: a name's label ("nom", "prénom(s)", "nom de l'enfant", "nom et prénom", "nom prénom",
  any case), a colon, one to three capitalised words or words in capitals, then, on the same line, the next field:
  a label word of the closed list below and a colon ("Nom de l'enfant : Vert Prénom : Lila", "NOM : ROSE PRENOM :
  Marie"). The next label is what says the value has ended, so the value is a name even when it is a French word.
  Never a stop word, a word that says there is none ("Néant", "Inconnu"), a greeting or an administration's word.
- `TRIM_LABEL_TAILS`: a name found by another rule whose last words are a label of the closed list and a colon
  after them on the same line ("Stanislas Né| le :", "GRAND PRENOM| :", "Marc Situation| :") is cut before the
  label: the value is masked, the label stays. Only a span of two words or more whose first word is not a label.
- `DROP_LABEL_NAMES`: a name found by another rule that is only a label of the list, at the head of a line (or
  after a bullet, "|" or ";"), before "(e)" or "(s)" or nothing, then a colon ("Conjoint(e) : néant",
  "Bénéficiaire : l'assuré lui-même"): no one's name, a field's label.

The label words are a closed list (`_LABELS`): a name's, a birth's, a contact's, an identifier's, a relation's and a
situation's fields of French forms. A surname that is such a word ("Lieu", "Date") before a colon would be cut: no
item of the corpora has one.

**Not masked by this module**: empty fields ("Nom :", "Nom : ______", "Nom : néant"), fields that hold no person's
name ("Nom de l'organisme : CPAM de la Gironde", "Nom de l'école : École Jules Ferry" — no next label; "Situation de
famille : Marié(e)"), a name's label in a sentence ("le nom du bailleur, son adresse").
"""

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from guichet.privacy.common_words import is_common
from guichet.privacy.gazetteer import fold
from guichet.privacy.lexicon import is_filler
from guichet.privacy.names import ENTITY
from guichet.privacy.recognizers.base import RegexRecognizer
from guichet.privacy.spacy_fr import STOP_WORDS
from guichet.privacy.span_shape import S

# Switches, read at call time; figures in docs/benchmarks.md, fifty-fourth pass, engineer-p186e.
READ_INLINE_NAME_FIELDS = True
TRIM_LABEL_TAILS = True
DROP_LABEL_NAMES = True

_SCORE = 0.7
# A form's label words, folded: a name's, a birth's, a contact's, an identifier's, a relation's, a situation's.
_LABELS = frozenset(
    "nom noms prenom prenoms ne nee date lieu adresse situation sexe nationalite profession employeur tel telephone "
    "portable mail courriel email numero num conjoint conjointe enfant enfants classe age ville commune qualite "
    "statut signature identifiant matricule allocataire assure assuree beneficiaire beneficiaires lien parente "
    "pere mere responsable demandeur demandeuse titulaire epoux epouse regime motif objet reference ref dossier "
    "montant immatriculation naissance civilite".split()
)
_CAP = (
    r"(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[\-'’][A-ZÀ-ÖØ-Þa-zß-öø-ÿ][a-zß-öø-ÿ]+)*|[A-ZÀ-ÖØ-Þ]{2,}(?:[\-'’][A-ZÀ-ÖØ-Þ]{2,})*)"
)
_NAME_LABEL = (
    r"(?i:nom(?:[ \t]+(?:et[ \t]+)?pr[ée]noms?)?(?:[ \t]+de[ \t]+l['’][ \t]*enfant)?|pr[ée]noms?(?:[ \t]*\(s\))?)"
)
# A label of the next field: one to three words, the first of the list, "(e)" or "(s)" or not, then a colon.
_LABEL_WORD = r"[^\W\d_][^\W\d_'’\-°]*"
_NEXT_LABEL = (
    r"(?P<label>" + _LABEL_WORD + r"(?:[ \t]+(?:" + _LABEL_WORD + r"|n°|N°)){0,2})[ \t]*(?:\((?:e|s|ne|es)\))?[ \t]*:"
)
_INLINE = re.compile(
    r"(?<![\w'’\-])" + _NAME_LABEL + r"[ \t]*:[ \t]*(?P<value>" + _CAP + r"(?:[ \t]+" + _CAP + r"){0,2})"
    r"[ \t]+(?=" + _NEXT_LABEL + r")"
)
_TAIL = re.compile(r"[ \t]*(?:(?:\((?:e|s|ne|es)\)|" + _LABEL_WORD + r")[ \t]*){0,3}:(?!\d)")
_HEAD = re.compile(r"(?:^|[|;•\n])[ \t]*(?:[-*•][ \t]*)?$")
_NO_ONE = frozenset("neant aucun aucune rien sans inconnu inconnue nc".split())
_WORD = re.compile(r"[^\W\d_]+(?:[\-'’][^\W\d_]+)*")


def _a_label(word: str) -> bool:
    return fold(word.lower()) in _LABELS


def _next_label(label: str) -> bool:
    """The next field's label: its first word is of the list ("Prénom", "Né le", "Date de naissance", "N°…")."""
    first = _WORD.match(label)
    return first is not None and _a_label(first.group())


def _value_word(word: str) -> bool:
    folded = fold(word.lower())
    if word.lower() in STOP_WORDS or folded in _NO_ONE or folded in _LABELS:
        return False
    return not (is_filler(word) or is_common(word))


def inline_field_spans(text: str) -> Iterator[tuple[int, int]]:
    """See `READ_INLINE_NAME_FIELDS` in the module."""
    for match in _INLINE.finditer(text):
        if not _next_label(match.group("label")):
            continue
        if all(_value_word(word) for word in match.group("value").split()):
            yield match.start("value"), match.end("value")


def _label_tail(text: str, start: int, end: int) -> int | None:
    """Where a name's tail that is a label begins ("Stanislas Né" before " le :"), or None."""
    words = list(_WORD.finditer(text, start, end))
    if len(words) < 2 or _a_label(words[0].group()):
        return None
    for word in words[1:]:
        if _a_label(word.group()) and _TAIL.match(text, word.end()):
            line_end = text.find("\n", word.end())
            colon = text.find(":", word.end())
            if colon != -1 and (line_end == -1 or colon < line_end):
                return word.start()
    return None


def _a_label_alone(text: str, start: int, end: int) -> bool:
    """A name that is only label words at a line's head, then "(e)" or nothing, then a colon."""
    words = _WORD.findall(text, start, end)
    if not words or not all(_a_label(word) for word in words):
        return False
    line_start = max(text.rfind("\n", 0, start), text.rfind("|", 0, start), text.rfind(";", 0, start))
    return bool(_HEAD.search(text[line_start + 1 if line_start >= 0 else 0 : start] or "")) and bool(
        _TAIL.match(text, end)
    )


def trimmed(text: str, spans: Sequence[S]) -> list[S]:
    """`spans` (frozen dataclasses) without the labels a name swallowed, nor a label taken for a name: see
    `TRIM_LABEL_TAILS` and `DROP_LABEL_NAMES` in the module."""
    if ":" not in text or not (TRIM_LABEL_TAILS or DROP_LABEL_NAMES):
        return list(spans)
    out = []
    for span in spans:
        if span.type == ENTITY:
            if DROP_LABEL_NAMES and _a_label_alone(text, span.start, span.end):
                continue
            cut = _label_tail(text, span.start, span.end) if TRIM_LABEL_TAILS else None
            if cut is not None:
                span = replace(span, end=len(text[:cut].rstrip()))  # type: ignore[type-var]
        out.append(span)
    return out


class FormFieldRecognizer(RegexRecognizer):
    """ "Nom de l'enfant : Vert Prénom : Lila": a name field's value before the next field (see the module)."""

    ENTITY = ENTITY

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        if READ_INLINE_NAME_FIELDS and ":" in text:
            for start, end in inline_field_spans(text):
                yield start, end, _SCORE
