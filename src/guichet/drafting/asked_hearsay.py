"""What the writer heard or believes, then asks to have confirmed, is asked, not told (forty-fourth pass,
engineer-d61; read by `guichet.drafting.asked`).

"ma pote m'a dit que même si on démissionne on touche le chômage au bout de 4 mois, c vrai ??"; "On m'a dit que mon
passeport périmé depuis 3 ans suffisait comme pièce, c'est vrai ?"; "On m'a dit que je pourrai partir à 62 ans avec
une retraite complète, j'aimerais savoir si c'est bien ça". The question is only "c'est vrai ?": the check took what
comes before it for the writer's story, told, so that "Vous percevrez l'allocation chômage au bout de 4 mois" or
"Votre passeport suffit" restated the message — when it is the very thing the writer asks to be confirmed (batch
q23, indirect questions and doubts: 6 of its 14 asserted train and validation sentences were missed).

`HEARSAY_ASKED`: a told clause that holds what someone said or what the writer believes ("on m'a dit que", "X m'a
dit que", "j'ai entendu dire que", "il paraît que", "je crois que", "je pense que", "je suppose que", "d'après …"),
followed at once by a short question that asks to confirm it ("c'est vrai ?", "c'est bien ça ?", "c'est exact ?",
"c'est toujours d'actualité ?", "savoir si c'est bien ça"), is asked from its cue on; what comes before the cue stays
told. Every word of such a claim (numbers in words as digits) is an answer word: "suffisait comme pièce" is what
is asked, not a topic the question takes as given. A draft sentence that tells the hearsay back ("Vous avez entendu
dire que…", "On vous a dit que…") reports the question and states nothing. Flagged for the agent, never removed, as
the rest of the check.
"""

import re
from collections.abc import Callable

from guichet.drafting.asked_figures import in_digits

HEARSAY_ASKED = True  # the switch: a belief or a hearsay the writer asks to confirm is asked

# What someone said, or what the writer believes (folded text): the clause after it is the claim to confirm.
_HEARSAY = re.compile(
    r"\b(?:on (?:m'?|nous )a (?:dit|affirme|explique|parle)|(?:m'?|nous )a (?:dit|affirme|explique|parle)"
    r"|on (?:me|nous) (?:dit|affirme|explique)|j'?ai (?:entendu|lu)|il parait|je (?:crois|pense|suppose|croyais"
    r"|pensais)|d'apres (?:mon|ma|mes|un|une|le|la|les)|selon (?:mon|ma|mes|un|une|le|la|les))\b"
)
# A question that asks to confirm what was said before it (folded text).
_CONFIRM = re.compile(
    r"\b(?:(?:c'?est|c|cest|est-ce) (?:bien |vraiment |toujours )?(?:vrai|ca|exact|correct|juste|d'actualite|le cas)"
    r"|vrai ou (?:pas|faux)|si c'?est (?:bien |vraiment )?(?:ca|vrai|exact|correct|le cas))\b"
)
CONFIRM_WORDS = 8  # a confirming question this short asks nothing of its own


def confirmed(parts: list[tuple[str, bool]], to_fold: Callable[[str], str]) -> list[tuple[str, bool]]:
    """The message's clauses (`asked._parts`) with a hearsay or a belief asked from its cue on when the question
    just after it only asks to confirm it; as they are when the switch is off."""
    if not HEARSAY_ASKED:
        return parts
    out: list[tuple[str, bool]] = []
    for i, (part, is_asked) in enumerate(parts):
        following = parts[i + 1] if i + 1 < len(parts) else None
        cue = None if is_asked or following is None else _HEARSAY.search(to_fold(part))
        if cue and following and following[1] and _confirms(to_fold(following[0])):
            out += [(part[: cue.start()], False), (part[cue.start() :], True)]
            continue
        out.append((part, is_asked))
    return [(p, is_asked) for p, is_asked in out if p.strip()]


def has_cue(folded: str) -> bool:
    """Whether a folded clause holds what someone said or what the writer believes ("on m'a dit que", "je pense
    que"): such a claim is this module's to read, whatever its switch (`asked_supposed` leaves it alone)."""
    return bool(_HEARSAY.search(folded))


def _confirms(folded_question: str) -> bool:
    return bool(_CONFIRM.search(folded_question)) and len(re.findall(r"[a-z0-9]+", folded_question)) <= CONFIRM_WORDS


def claims(folded_asked: list[str]) -> list[str]:
    """The asked clauses (`confirmed`) that are a hearsay or a belief, less their cue: every word of the claim is
    what the writer asks to have confirmed, not a topic it takes as given; none when the switch is off."""
    if not HEARSAY_ASKED:
        return []
    out = []
    for clause in folded_asked:
        cue = _HEARSAY.match(clause.lstrip())
        if cue:
            out.append(in_digits(clause.lstrip()[cue.end() :]))  # "quinze ans" beside "15 ans"
    return out


# A draft sentence that tells the writer's hearsay or belief back: "Vous avez entendu dire que…", "On vous a dit
# que…", "Vous pensez que…" (folded text): a report of the question, no answer.
_REPORTED = re.compile(
    r"\b(?:vous (?:avez|aviez) (?:entendu|lu)|on vous (?:a|aurait) (?:dit|affirme|explique|parle)"
    r"|vous (?:a|aurait) (?:dit|affirme|explique)|vous (?:pensez|croyez|supposez|pensiez|croyiez))\b"
)


def reports_hearsay(folded_sentence: str) -> bool:
    """Whether a folded draft sentence tells the writer's hearsay or belief back (no statement); never when the
    switch is off."""
    return HEARSAY_ASKED and bool(_REPORTED.search(folded_sentence))
