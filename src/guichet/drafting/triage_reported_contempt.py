"""A complaint about the contempt the writer received, read by the model as abuse (forty-sixth pass of issue 12,
engineer-fa).

"J'ai été traitée de profiteuse au guichet, je fais une réclamation. L'agente a dit devant tout le monde que je
vivais aux crochets de la société." insults no one: the writer reports what an agent said and complains of it. The
reported clauses are already blanked for the abusive rules and said plainly for the model
(`triage_insult_reported`, `triage_insult_speech`), but the model's abusive is learned from the office's grievances
as much as from insults: a complaint about a humiliating welcome still reaches the label's threshold once the words
are paraphrased (0.57 at a threshold of 0.15 on the message above; batch fa, on m'a traitée de profiteuse).

* ``REPORTED_CONTEMPT_GATE``: where no abusive rule fires and the message reports what was said to or of the writer,
  the model's abusive is scored again on the writer's own words only: every reported clause (those of the two
  modules, a saying aimed at the writer with « » quotes, "a dit … que je …", a title "Traitée de menteuse") is
  left out, up to where the writer turns on the office ("bande de", "vous êtes"), and so are the writer's words for
  the contempt received ("méprisant", "humiliant", "insultant"). The label is dropped when the rest no longer
  reaches its threshold, or at once where every sentence of the body reports (what is left of them is no reading:
  the model gives 0.90 to the title "Accueil à l'agence" with no body). The writer's own insults stand outside the
  reported clauses ("la grosse incompétente de l'accueil … en me regardant comme une idiote", df-057, keeps 1.00),
  so they keep the label; a rule's abusive is never read again.
* ``REPORTED_TITLE_RULE``: the abusive rules read a title that reports a name ("Traité d'escroc par un inspecteur")
  without it, and "a dit que les gens comme moi étaient des fainéants" as the writer's report.

Pure functions on strings, and one re-reading with the shipped model (no Django).
"""

import re
from collections.abc import Collection

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage_abuse_rules import _QUOTED
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_insult_reported import _REPORTED as _NAMED
from guichet.drafting.triage_insult_reported import char_folded, reported_insults
from guichet.drafting.triage_insult_speech import _REPORTED as _SPOKEN
from guichet.drafting.triage_insult_speech import reported_speech
from guichet.drafting.triage_model import TriageModel, label_cleared_by_rewrite
from guichet.text import sentences

# The model's abusive is read again on the writer's own sentences, where the message reports what was said to them.
REPORTED_CONTEMPT_GATE = True
# The abusive rules read a reporting title and "les gens comme moi" without the names reported.
REPORTED_TITLE_RULE = True

_SAYING = (
    r"(?:appelee?|dit|dis|disait|lance|lancait|repondu|repond|balance|sorti|crie|criait|hurle|hurlait|ecrit|explique"
    r"|affirme|sous-entendu|insinue|fait remarquer|fait comprendre|traite|traitee|insulte|insultee|accuse|accusee)"
)
_REPORT = re.compile(
    # "on m'a dit « … »", "l'agent m'a lancé « … »", "il m'a répondu que je …".
    rf"\b(?:m'|me |nous )(?:(?:a|ont|avait|avaient|avez) )?(?:\w+ ){{0,2}}?{_SAYING}\b[^.!?\n]{{0,60}}"
    r"(?:«|“|\"|\bque (?:je|j'|nous|moi)\b)"
    # "l'agente a dit devant tout le monde que je vivais …", "elle a dit que les gens comme moi …".
    rf"|\b(?:a|ont|avait|avaient) {_SAYING}\b[^.!?\n]{{0,60}}\bque (?:je|j'|nous|moi|les gens comme (?:moi|nous))\b"
    # A title or a sentence that opens on the name received: "Traitée de menteuse", "Accusé de fraude".
    r"|^(?:traitee?s?|insultee?s?|accusee?s?|qualifiee?s?) (?:de|d')"
    # "on m'a traitée de …", "je me suis fait traiter de …" (also found by the other modules).
    r"|\b(?:traitee?s?|traiter|insultee?s?) (?:de|d')",
    re.MULTILINE,
)
# A reported clause runs on to the end of its clause, never past the point where the writer turns on the office.
_TURN = r"\b(?:bande|espece|especes|tas|ramassis|vous etes|vous n'etes|et vous|comme vous|c'est vous|ce sont vous)\b"
_REPORT_CLAUSE = re.compile(rf"(?:{_REPORT.pattern})(?:(?!{_TURN})[^,;:.!?\n«»“”\"]){{0,100}}", re.MULTILINE)
# The writer's words for how they were treated ("un accueil méprisant", "humiliant", "des propos insultants"): the
# model's abusive rises on them (0.50 on the title "Accueil méprisant au guichet" alone), so they are said plainly
# once a report is found. An insult is no such word: "bande de racistes" stays the writer's.
_CONTEMPT = re.compile(
    r"\b(?:m[ée]pris\w*|humili\w*|insultan\w*|injurieu\w*|irrespectu\w*|d[ée]gradan\w*|vexan\w*)", re.IGNORECASE
)
PLAIN = " "
# For the rules: a title that opens on a name received, and "les gens comme moi étaient des …".
_TITLE_NAME = re.compile(
    r"^(?:traitee?s?|insultee?s?|accusee?s?|qualifiee?s?) (?:de |d')[^.!?\n]{1,60}"
    r"|\b(?:on|il|elle|ils|elles) m'a (?:appelee?|surnommee?) [^.!?\n,;:]{1,40}",
    re.MULTILINE,
)
_LIKE_ME = re.compile(
    rf"\b(?:a|ont|avait|avaient) {_SAYING}\b[^.!?\n]{{0,40}}\bque les gens comme (?:moi|nous)"
    r" (?:sont|etaient|seraient|etait)\b[^.!?\n;:]{1,70}"
)


def reports(folded: str) -> bool:
    """The (folded) sentence or title reports what was said to or of the writer."""
    return bool(_REPORT.search(folded) or reported_insults(folded) or reported_speech(folded))


def without_reported_names(folded: str) -> str:
    """The folded text with a reporting title's name and "les gens comme moi étaient des …" blanked, as the abusive
    rules read it (unchanged where `REPORTED_TITLE_RULE` is off)."""
    if not REPORTED_TITLE_RULE:
        return folded
    return _LIKE_ME.sub(" ", _TITLE_NAME.sub(" ", folded))


def _reports_blanked(text: str) -> str:
    """The raw text without its « » and “ ” quotes and without each reported clause (this module's, and those of
    `triage_insult_reported` and `triage_insult_speech`), case and accents kept elsewhere."""
    text = _QUOTED.sub(" ", text)
    folded, origin = char_folded(text)
    found = sorted(
        (match.start(), match.end())
        for pattern in (_REPORT_CLAUSE, _NAMED, _SPOKEN)
        for match in pattern.finditer(folded)
        if match.end() > match.start()
    )
    pieces: list[str] = []
    last = 0
    for start, end in found:
        begin = max(origin[start], last)
        pieces.append(text[last:begin])
        last = max(last, origin[end - 1] + 1)
    pieces.append(text[last:])
    return "".join(pieces)


def own_sentences(title: str, body: str) -> tuple[str, str] | None:
    """The title and body with every reported clause left out (`_reports_blanked`), and the words that name the
    contempt received (`_CONTEMPT`) too; None where nothing is reported."""
    if not reports(fold(title)) and not any(reports(fold(part)) for part in sentences(body)):
        return None
    return _CONTEMPT.sub(PLAIN, _reports_blanked(title)), _CONTEMPT.sub(PLAIN, _reports_blanked(body))


def without_reported_contempt_abuse(
    model: TriageModel,
    kept: list[str],
    taken: Collection[str],
    title: str,
    body: str,
    admin_text: str,
) -> list[str]:
    """The model's whole-message labels (`kept`) less an abusive that the reported contempt gave: scored again on the
    writer's own sentences (`own_sentences`), it no longer reaches the label's threshold. A label a rule set
    (`taken`) is never read again; nothing changes where the switch is off or nothing is reported."""
    if not REPORTED_CONTEMPT_GATE or TriageLabel.ABUSIVE in taken or TriageLabel.ABUSIVE not in kept:
        return kept
    rewritten = own_sentences(title, body)
    if rewritten is None:
        return kept
    parts = sentences(body)
    if parts and all(reports(fold(part)) for part in parts):
        # Every sentence of the body reports: the model's abusive is the report's. What is left of them is no
        # reading (the model gives 0.90 to the title "Accueil à l'agence" with no body) and the rules found no
        # insult in it.
        return [label for label in kept if label != TriageLabel.ABUSIVE]
    return label_cleared_by_rewrite(model, TriageLabel.ABUSIVE, kept, taken, (title, body), rewritten, admin_text)
