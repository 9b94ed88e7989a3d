"""The rules' out of scope: a topic of another body asked of this office, unless the ask is its own procedure, a
tax status or a local aid (`_out_of_scope`). Cut from `triage.py` (thirty-fifth pass).
"""

import re

from guichet.drafting.triage_combined import asks_combination
from guichet.drafting.triage_counterparties import private_dispute
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_matching import _ASK_SPLIT
from guichet.drafting.triage_model import model_text
from guichet.drafting.triage_profiles import _PROFILES
from guichet.drafting.triage_topics import _TOPICS, TOPICS, Topic


def _out_of_scope(
    scores: dict[str, float], profiles: set[str], competences: list[str], title: str, body: str
) -> Topic | None:
    """The main topic belongs to other bodies and the administration's own topics are at most a side remark."""
    if not scores or not profiles:
        return None
    by_key = {t.key: t for t in TOPICS}
    top_key = max(scores, key=lambda k: scores[k])
    top = by_key[top_key]
    if profiles & set(top.profiles):
        return None
    own = max((s for k, s in scores.items() if profiles & set(by_key[k].profiles)), default=0.0)
    text = fold(f"{title} {body}")
    # A competence named in the message counts once, like a topic hit (not on top of the same words' topic hit).
    own = max(own, float(sum(1 for c in competences if c and fold(c) in text)))
    if scores[top_key] < 2 and not (
        own == 0
        and private_dispute(model_text(title, body)) is None
        and _asks_it_for_other_procedure(profiles, top, body)
    ):
        return None
    if own * 2 >= scores[top_key]:
        return None
    if own and _asks_its_own_procedure(profiles, body):
        return None
    if own and asks_combination(fold(body)):  # Another's benefit beside its own (`triage_combined`).
        return None
    if OWN_ASK_RULE and _asks_tax_status_or_local_aid(profiles, f"{title}\n{body}"):
        return None
    return top


# Thirty-third pass (engineer-cy; ct-036, daily allowances of a long illness asked of the tax office, ct-035, a CCAS
# asked to help pay a mutuelle, both read as the CPAM's): whether another body's benefit or cost is taxable, to
# declare or deductible is the tax office's own question, whatever the benefit; an aid asked of a town's social
# service (CCAS) is its own, whatever the bill. Read only in a question, and only where the office is the tax office
# or the town.
OWN_ASK_RULE = True
_TAX_STATUS = re.compile(
    r"\b(?:imposab\w*|deductib\w*|exonerees? d'impots?|exoneres? d'impots?)\b"
    r"|\bsur (?:ma|la|notre) declaration\b|\bdeclaration (?:pre-?remplie|de revenus)\b|\bcorriger la case\b"
    r"|\b(?:la|le|les) declarer (?:aux impots|sur)\b"
)
_LOCAL_AID = re.compile(
    r"\b(?:le |au |du )?ccas\b[^?]{0,60}\b(?:aider|aide|aides|secours|participer|prendre en charge)\b"
    r"|\b(?:aider|aide|aides|secours|participer|prendre en charge)\b[^?]{0,60}\b(?:le |au |du )?ccas\b"
)


def _asks_tax_status_or_local_aid(profiles: set[str], text: str) -> bool:
    for part in _ASK_SPLIT.split(fold(text)):
        if "?" not in part:
            continue
        if "impots" in profiles and _TAX_STATUS.search(part):
            return True
        if "mairie" in profiles and _LOCAL_AID.search(part):
            return True
    return False


def _asks_it_for_other_procedure(profiles: set[str], topic: Topic, body: str) -> bool:
    """A question that names the administration written to beside another body's procedure, with no word of its
    own ("c'est à France Travail de me verser la pension d'invalidité ?", "la bourse de lycée se demande à la Caf ?",
    "est-ce le centre des impôts qui met sous tutelle ?"): the writer asks the wrong office, once is enough (tenth
    pass: such asks named the other procedure once and were left to a model that scored them 0.1-0.5). The office's
    name is not read as the other topic."""
    other = [p for t, patterns in _TOPICS if t.key == topic.key for p in patterns]
    return _ask_names_office_and(profiles, other, body)


def _asks_its_own_procedure(profiles: set[str], body: str) -> bool:
    """A question that names the administration written to and one of its own procedures ("est-ce que je dois le
    signaler à la Caf pour mon APL ?", "France Travail continue-t-il de me verser l'ARE jusqu'à ma retraite ?"):
    the other office's topic is the background, the ask is this office's (ninth pass: a tax notice or a coming
    retirement outweighed the ask by their word count). The name itself is not read as the topic ("c'est les impôts
    qui gèrent ça ?" asked of the tax office about a fine is not about taxes)."""
    own_patterns = [p for topic, patterns in _TOPICS if profiles & set(topic.profiles) for p in patterns]
    return _ask_names_office_and(profiles, own_patterns, body)


def _ask_names_office_and(profiles: set[str], topic_patterns: list[re.Pattern[str]], body: str) -> bool:
    """Whether a question of the message names the administration written to and, besides its name, a topic's
    words (`topic_patterns`)."""
    names = [p for key in profiles for p in _PROFILES[key]]
    for part in _ASK_SPLIT.split(fold(body)):
        if "?" not in part or not any(p.search(part) for p in names):
            continue
        rest = part
        for pattern in names:
            rest = pattern.sub(" ", rest)
        if any(p.search(rest) for p in topic_patterns):
            return True
    return False
