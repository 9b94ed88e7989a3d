"""A civil status the writer corrects (forty-eighth pass, `STATUS_SWAPS`): « je suis marié depuis 2018. Non en fait
c'est un Pacs », « je me suis marié il y a deux ans, enfin non, pardon, c'est un Pacs », « je suis célibataire. Non
en fait je suis pacsée depuis mars ».

The reader of corrections (`corrections`) cuts the retracted clause's last value when it holds one (« depuis
2018 »: the year was wrong, not the fact), so the marriage said first stayed, beside the Pacs said after: the writer
was read as married and pacsé at once, and « vous êtes marié » passed. A status said in place of another is a
correction of the fact, not of its date: the retracted clause's status word is replaced by the one the correction
gives, and its date is kept (« je me suis pacsé il y a deux ans »). Only after a retraction (« non », « pardon »,
« non en fait »…), only a status word of the writer's state (« marié », « pacsée », « célibataire », « divorcé »,
« séparée », « veuf », « en couple »; a partner's name, « ma femme », is no status), and only where the correction's
status differs from the retracted one and is not denied (« on ne s'est jamais mariés »).

Texts are folded.
"""

import re

# Off: a status corrected by another is read as the reader of corrections reads any clause (pass 47).
STATUS_SWAPS = True

# The states of a couple, as words of the writer's state; each with the word it is written back as.
_STATUSES: dict[str, tuple[str, str]] = {
    "married": (r"(?:re)?mari(?:e|ee|es|ees|age)\b", "marie"),
    "pacs": (r"pacse\w*|\bpacs\b", "pacse"),
    "single": (r"celibataires?\b", "celibataire"),
    "divorced": (r"divorcee?s?\b", "divorce"),
    "separated": (r"separee?s?\b", "separe"),
    "widowed": (r"veu(?:f|ve)s?\b", "veuf"),
    "couple": (r"en couple\b|concubin\w*|union libre\b", "en couple"),
}
_STATUS = re.compile("|".join(f"(?P<{name}>{pattern})" for name, (pattern, _) in _STATUSES.items()))
# A status denied is no correction (« on ne s'est jamais mariés », « pas pacsés »).
_DENIED = re.compile(r"\b(?:ne|n.|pas|jamais|plus|ni)\b[^,;.!?]{0,25}$")
# How far after the marker the correction's status may stand (« non attendez, je me suis mariée »).
_REACH = 60


def swapped(text: str, clause_start: int, marker_start: int, marker_end: int) -> str | None:
    """The folded text with the status of the clause text[clause_start:marker_start] replaced by the one said after
    the marker at text[marker_start:marker_end], or None where no status is corrected by another."""
    if not STATUS_SWAPS:
        return None
    olds = list(_STATUS.finditer(text, clause_start, marker_start))
    if not olds:
        return None
    stop = min([i for i in (text.find(c, marker_end) for c in ".!?\n") if i >= 0] or [len(text)])
    new = next(
        (m for m in _STATUS.finditer(text, marker_end, min(stop, marker_end + _REACH)) if not _denied(text, m)),
        None,
    )
    old = olds[-1]
    if new is None or new.lastgroup == old.lastgroup:
        return None
    word = _STATUSES[new.lastgroup or "couple"][1]
    return text[: old.start()] + word + text[old.end() :]


def _denied(text: str, match: re.Match[str]) -> bool:
    return bool(_DENIED.search(text[max(0, match.start() - 30) : match.start()]))
