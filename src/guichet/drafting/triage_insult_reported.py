"""Insults said to the writer, reported without quotation marks (forty-fourth pass of issue 12, engineer-er).

The abusive label is for insults and threats the writer aims at the office. A victim who reports the name they were
called ("il m'a traité de sale étranger", "mon tuteur me traite d'abruti", "je me suis fait traiter d'idiot au
téléphone", "il m'a dit que j'étais une incapable") insults no one: the words are someone else's, said to the
writer. The abusive rules already leave out what stands between « » or “ ” (`triage_abuse_rules._QUOTED`) and the
model's abusive is read again without it (`triage_worry.REPORTED_ABUSE_GATE`); the same words written without quotes
were read as the writer's own (the slur rule "sale étranger", the insult words "idiot", "abruti", "escroc").

The reported part is found by its verb, not by its words: a verb of calling names (traiter de, insulter de,
qualifier de, surnommer) or of saying (dire que j'étais, crier, lancer) whose object is the writer ("m'", "me",
"nous", "en me traitant", "je me suis fait traiter", "j'ai été traitée de"); what follows, up to the end of the
clause (a comma, a colon, a stop, 60 characters at most), is the name the writer was called. Any other insult in the
message is read as before ("vous m'avez traité de fraudeur, bande d'incapables" stays abusive: "bande d'incapables"
is outside the clause).

* ``REPORTED_INSULT_RULE``: the abusive rules read the text with those clauses blanked.
* ``REPORTED_INSULT_GATE`` (shipped off: it changed no message of train or validation): where no abusive rule fires,
  the model's abusive is scored again on the title and body with those clauses emptied, and dropped when it no
  longer reaches the label's threshold.

Pure functions on strings, and one re-reading with the shipped model (no Django).
"""

import re
from collections.abc import Collection

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_model import TriageModel, label_cleared_by_rewrite

# The abusive rules read the text without the names the writer reports being called.
REPORTED_INSULT_RULE = True
# The model's abusive is read again without those names, where no abusive rule fires. Shipped off: on train and
# validation (the triage corpus and the messages of the retrieval, drafting, privacy and answerable corpora) it changed
# no message; it only acts on the probes (a model's abusive of 0.15 to 0.99 on "je me suis fait traiter d'idiot").
REPORTED_INSULT_GATE = False

# The writer as the object of the verb: "m'", "me", "nous" (with an auxiliary and an adverb or two between).
_AUX = r"(?:(?:a|ont|avait|avaient|aurait|auraient|avez|aviez|as|avons) )?"
_ADVERB = r"(?:(?:meme|encore|deja|souvent|carrement|presque|ouvertement|aussi|publiquement|limite|direct) ){0,2}"
_NAMING = r"(?:trait|insult|qualifi|surnomm)(?:e|ee|es|ees|ent|ait|aient|ez|er|ant)?"
_SAYING = r"(?:dit|dis|disait|disent|crie|criait|hurle|hurlait|lance|lancait|balance|repete|repetait|ecrit)"
# What the writer is called: the rest of the clause, at most 60 characters, up to where the writer turns on the office
# ("vous m'avez traité de fraudeur bande d'incapables": "bande d'incapables" is the writer's).
_TURN = r"\b(?:bande|espece|especes|tas|ramassis|vous etes|vous n'etes|et vous|comme vous)\b"
_CLAUSE = rf"(?:(?!{_TURN})[^,;:.!?\n()«»“”]){{1,60}}"
_REPORTED = re.compile(
    # "il m'a traité de sale étranger", "ils me traitent de fainéant", "vous m'avez qualifiée de fraudeuse",
    # "en me traitant d'incapable", "il nous insulte de parasites".
    rf"\b(?:m'|me |nous ){_AUX}{_ADVERB}{_NAMING} {_ADVERB}(?:de |d'|d )(?:tous les noms|{_CLAUSE})"
    # "je me suis fait traiter d'idiot", "je me fais insulter de voleuse", "j'ai été traitée de menteuse".
    rf"|\b(?:je me suis fait|je me fais|je me faisais|me faire|nous nous sommes fait|on s'est fait)"
    rf" {_ADVERB}(?:traiter|insulter) {_ADVERB}(?:de |d'|d ){_CLAUSE}"
    rf"|\b(?:j'ai ete|je suis|j'etais|nous avons ete|on a ete) {_ADVERB}(?:traitee?s?|insultee?s?|qualifiee?s?)"
    rf" {_ADVERB}(?:de |d'|d ){_CLAUSE}"
    # "il m'a dit que j'étais une incapable", "elle me dit que je suis nulle", "ils m'ont crié : sale arabe".
    rf"|\b(?:m'|me |nous ){_AUX}{_ADVERB}{_SAYING} {_ADVERB}(?:que (?:j'etais|je suis|j'suis|je serais|nous etions"
    rf"|nous sommes|j'etait) {_CLAUSE}|: ?{_CLAUSE})"
)


def reported_insults(folded: str) -> list[str]:
    """The clauses of a folded text that report a name the writer was called (the verb and what follows it)."""
    return [match.group(0) for match in _REPORTED.finditer(folded)]


def without_reported_insults(folded: str) -> str:
    """The folded text with each reported name-calling clause blanked, as the abusive rules read it (unchanged where
    `REPORTED_INSULT_RULE` is off)."""
    if not REPORTED_INSULT_RULE:
        return folded
    return _REPORTED.sub(" ", folded)


def char_folded(text: str) -> tuple[str, list[int]]:
    """The text folded one character at a time, and for each folded character the index of its source."""
    parts: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = fold(char)
        parts.append(folded)
        origin.extend([index] * len(folded))
    return "".join(parts), origin


def reported_insults_emptied(text: str) -> str:
    """The raw text with each reported name-calling clause replaced by "…" (its case and accents kept elsewhere),
    as the model reads it again."""
    folded, origin = char_folded(text)
    pieces: list[str] = []
    last = 0
    for match in _REPORTED.finditer(folded):
        if match.end() <= match.start():
            continue
        start, end = origin[match.start()], origin[match.end() - 1] + 1
        pieces.append(text[last:start])
        pieces.append(" … ")
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def without_reported_insult_abuse(
    model: TriageModel,
    kept: list[str],
    taken: Collection[str],
    title: str,
    body: str,
    admin_text: str,
) -> list[str]:
    """The model's whole-message labels (`kept`) less an abusive that only reported name-calling gave: scored again
    on the title and body with those clauses emptied, it no longer reaches the label's threshold. A label a rule set
    (`taken`) is never read again; nothing changes where the switch is off or no clause is found."""
    if not REPORTED_INSULT_GATE:
        return kept
    rewritten = (reported_insults_emptied(title), reported_insults_emptied(body))
    return label_cleared_by_rewrite(model, TriageLabel.ABUSIVE, kept, taken, (title, body), rewritten, admin_text)
