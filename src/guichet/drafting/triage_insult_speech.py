"""Names the writer was called, reported in the forms the forty-fourth pass missed (forty-fifth pass of issue 12,
engineer-ew).

The abusive label is for insults and threats the writer aims at the agents or the administration. A complaint that
reports what someone said to the writer ("l'agent m'a traitée de profiteuse au guichet, je fais une réclamation")
insults no one: the words are the agent's, a neighbour's, a letter's or a decision's. `triage_insult_reported` reads
the name-calling verbs with the writer as their object ("il m'a traité de…", "il m'a dit que j'étais…") and
`triage_worry.REPORTED_ABUSE_GATE` the words quoted in « » or “ ”. Complaints about how an office spoke are written in
more forms than those (batch ew, les réclamations qui rapportent les mots d'un agent ou d'un tiers):

* what was said *of* the writer, with or without "me": "la dame a dit que j'étais une menteuse", "votre courrier dit
  que je suis un fraudeur", "vous écrivez que je suis un tricheur", "le technicien disait que nous étions des
  bouseux", SMS style ("m'a dit que j etais un feignant");
* the speaker's own words after a colon, "vous" included, since "vous" is then the writer: "l'agent m'a lancé : vous
  êtes une fraudeuse", "il m'a répondu : espèce d'idiot";
* words in straight double quotes after a verb of saying or a letter: `il m'a dit "vous êtes un profiteur"`;
* accusations and opinions held of the writer: "elle m'a accusée d'être une voleuse", "selon mon conseiller je suis un
  fainéant", "ils nous traitent comme des voleurs";
* a relative called names: "l'agent a traité ma fille de menteuse".

What is reported runs to the end of its clause (commas carry an enumeration on: "une menteuse, une voleuse et une
profiteuse"), never past a stop, and never past the point where the writer turns on the office ("bande de", "espèce
de", "vous êtes", "c'est vous"); in the colon form, where "vous êtes" is the speaker's, to the end of the sentence.
A saying whose subject is the writer ("je me dis : quelle bande d'abrutis", "je vous le dis : vous êtes des
voleurs") reports nothing. Threats stay abusive whoever is quoted (`triage_threat_aimed` reads them apart), and an
insult outside the reported clause is read as before.

* ``REPORTED_SPEECH_RULE``: the abusive rules read the text without these clauses too.
* ``REPORTED_SPEECH_GATE``: where no abusive rule fires, the model's abusive is scored again on the title and body
  with the « » quotes emptied and every reported clause (these and `triage_insult_reported`'s) said plainly ("m'a
  mal parlé"), and dropped when it no longer reaches the label's threshold.

Pure functions on strings, and one re-reading with the shipped model (no Django).
"""

import re
from collections.abc import Collection

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage_abuse_rules import _QUOTED
from guichet.drafting.triage_insult_reported import _REPORTED as _NAMED
from guichet.drafting.triage_insult_reported import char_folded
from guichet.drafting.triage_model import TriageModel, label_cleared_by_rewrite

# The abusive rules read the text without the names the writer reports being called, in these forms too.
REPORTED_SPEECH_RULE = True
# The model's abusive is read again with every reported clause said plainly, where no abusive rule fires.
REPORTED_SPEECH_GATE = True
# What a reported clause becomes for the model: that someone spoke ill to the writer, without the words. An ellipsis
# (" … ", as `triage_worry` and `triage_insult_reported` empty quotes) left the model's abusive on most complaints of
# batch ew (a bare "Votre courrier … . C'est faux, je conteste" scores 0.99 at a threshold of 0.14); the plain words
# of the grievance keep it where the writer's own insults stand beside them (1.00 on "bande de racistes").
PARAPHRASE = " m'a mal parlé "

# Where the writer turns on the office: the reported clause stops there.
_TURN = (
    r"\b(?:bande|espece|especes|tas|ramassis|vous etes|vous n'etes|et vous|comme vous|c'est vous|ce sont vous"
    r"|alors que|vous-memes?)\b"
)
# One clause (no stop, no quote, no colon), and the enumeration that carries on after a comma.
_PIECE = rf"(?:(?!{_TURN})[^,;:.!?\n()«»“”\"]){{1,70}}"
_CLAUSE = rf"{_PIECE}(?:, ?(?=(?:un|une|des|du|de la|et|ou|voire|bref|limite|que|qui)\b){_PIECE}){{0,3}}"
# The rest of a sentence after a colon: the speaker's words, "vous" included.
_SPEECH = r"[^.!?\n«»“”\"]{1,140}"
# The writer (or a relative) as what is said to be: "j'étais", "j etais", "je suis", "nous étions", "on est".
_WRITER_IS = (
    r"(?:j['’ ]?(?:etais|etait|etai)|j'suis|chui|je (?:ne )?(?:suis|serais|serai|sois|serait|n'etais)|j'ne suis"
    r"|nous (?:sommes|etions|serions|soyons)|on (?:est|etait|serait)"
    r"|(?:ma|mon|mes) (?:fille|fils|femme|mari|mere|pere|enfants?|gamins?|petits?) (?:est|etait|sont|etaient))"
)
# Verbs of saying, writing or thinking, in any person and tense (the subject is checked apart).
_SAY = (
    r"(?:dit|dis|disait|disaient|disent|dise|disant|ecrit|ecrivez|ecrivent|ecrivait|ecrivant|affirme|affirmez"
    r"|affirmait|affirmant|pretend|pretendez|pretendent|pretendait|sous-entend|sous-entendu|sous-entendez|insinue"
    r"|insinuez|insinuait|insinuant|laisse entendre|laissez entendre|fait comprendre|repond|repondu|repondez"
    r"|repondait|repondant|explique|raconte|racontait|racontent|repete|repetait|repetant|ajoute|ajoutait|crie"
    r"|criait|criant|hurle|hurlait|hurlant|lance|lancait|lancant|sorti|sort|balance|balancait|estime|estimez"
    r"|considere|considerez|pense|pensez|pensait|trouve|trouvez|trouvait|juge|jugez|indique|indiquez|mentionne"
    r"|declare|conclu|conclut|soutient|soutenez)"
)
# "il m'a", "elle nous avait", "vous m'avez", "on m'a": the writer as the object, an auxiliary and an adverb or two.
_AUX = r"(?:(?:a|ont|avait|avaient|aurait|auraient|avez|aviez|as) )?"
_ADVERB = r"(?:(?:meme|encore|deja|souvent|carrement|presque|ouvertement|aussi|publiquement|limite|direct|bien) ){0,2}"
# A saying whose subject is the writer ("je me dis", "j'me dis", "je vous le dis") is the writer's own.
_NOT_WRITER = r"(?<!\bje )(?<!\bj')(?<!\bj )"
_OBJECT = rf"{_NOT_WRITER}\b(?:m'|me |nous )"
_REPORTED = re.compile(
    # "la dame a dit que j'étais une menteuse", "votre courrier dit que je suis un fraudeur", "il m'a répondu devant
    # tout le monde que j'étais un profiteur": a saying, up to 50 characters of where and how, "que", the writer.
    rf"{_NOT_WRITER}\b(?:(?:m'|me |nous )?{_AUX}{_ADVERB})?{_SAY} (?:[^,;:.!?\n«»“”\"]{{0,50}} )?(?:que |qu')(?:moi )?"
    rf"{_WRITER_IS} {_CLAUSE}"
    # "l'agent m'a lancé : vous êtes une fraudeuse", "il m'a répondu : espèce d'idiot": the speaker's words.
    rf"|{_OBJECT}{_AUX}{_ADVERB}{_SAY} ?: ?{_SPEECH}"
    rf"|\b(?:il|elle|on|l'agent|l'agente|le conseiller|la conseillere|ils|elles) {_AUX}{_ADVERB}{_SAY} ?: ?{_SPEECH}"
    # Straight double quotes after a saying, a letter or a decision: `il m'a dit "vous êtes un profiteur"`.
    rf"|{_NOT_WRITER}\b(?:{_SAY}|lettre|courrier|decision|notification|mail|sms|message|texto|avis|ecrit)"
    r"[^\".!?\n]{0,40}\"[^\"\n]{1,200}\""
    # "elle m'a accusée d'être une voleuse", "ils nous traitent comme des voleurs", "en me considérant comme".
    # ("il m'a traité de…" is `triage_insult_reported`'s.)
    rf"|{_OBJECT}{_AUX}{_ADVERB}(?:accus\w* {_ADVERB}(?:d'etre |de |d')|(?:trait|consider|regard)\w* {_ADVERB}comme "
    rf"|(?:fait|faire|faisait|font) passer pour ){_CLAUSE}"
    # "selon mon conseiller je suis un fainéant", "pour lui, j'étais une profiteuse", "à ses yeux nous sommes".
    rf"|\b(?:selon|d'apres|pour|a ses yeux|aux yeux d[eu']) ?(?:lui|elle|eux|elles|vous|l'agent|l'agente|votre agent"
    rf"|le conseiller|la conseillere|mon conseiller|ma conseillere|votre service|la caisse|ce monsieur|cette dame"
    rf"|la dame|le monsieur)\b,? (?:{_WRITER_IS}) {_CLAUSE}"
    # "l'agent a traité ma fille de menteuse": a relative called names.
    rf"|\b(?:trait|insult|qualifi)\w* (?:ma|mon|mes) (?:fille|fils|femme|mari|mere|pere|enfants?|gamins?|petits?)"
    rf" (?:de |d'){_CLAUSE}"
)


def reported_speech(folded: str) -> list[str]:
    """The clauses of a folded text that report what the writer (or a relative) was called, in this module's forms."""
    return [match.group(0) for match in _REPORTED.finditer(folded)]


def without_reported_speech(folded: str) -> str:
    """The folded text with each of those clauses blanked, as the abusive rules read it (unchanged where
    `REPORTED_SPEECH_RULE` is off)."""
    if not REPORTED_SPEECH_RULE:
        return folded
    return _REPORTED.sub(" ", folded)


def _spans(folded: str) -> list[tuple[int, int]]:
    """The spans of every reported clause of a folded text, this module's and `triage_insult_reported`'s, merged."""
    found = sorted(
        (match.start(), match.end())
        for pattern in (_REPORTED, _NAMED)
        for match in pattern.finditer(folded)
        if match.end() > match.start()
    )
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def reported_speech_paraphrased(text: str) -> str:
    """The raw text with its « » and “ ” quotes emptied and each reported clause said plainly as `PARAPHRASE`, as the
    model reads it again (case and accents kept elsewhere)."""
    text = _QUOTED.sub("« … »", text)
    folded, origin = char_folded(text)
    pieces: list[str] = []
    last = 0
    for start, end in _spans(folded):
        pieces.append(text[last : origin[start]])
        pieces.append(PARAPHRASE)
        last = origin[end - 1] + 1
    pieces.append(text[last:])
    return "".join(pieces)


def without_reported_speech_abuse(
    model: TriageModel,
    kept: list[str],
    taken: Collection[str],
    title: str,
    body: str,
    admin_text: str,
) -> list[str]:
    """The model's whole-message labels (`kept`) less an abusive that only reported words gave: scored again on the
    title and body with every reported clause said plainly, it no longer reaches the label's threshold. A label a
    rule set (`taken`) is never read again; nothing changes where the switch is off or nothing is reported."""
    if not REPORTED_SPEECH_GATE:
        return kept
    rewritten = (reported_speech_paraphrased(title), reported_speech_paraphrased(body))
    return label_cleared_by_rewrite(model, TriageLabel.ABUSIVE, kept, taken, (title, body), rewritten, admin_text)
