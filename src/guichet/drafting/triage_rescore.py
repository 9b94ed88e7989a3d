"""A distress the learned model gave only because of some words: score the message again without them.

Shared by the gates that take out a kind of wording before scoring again (`triage_exasperation`, forty-fifth pass;
`triage_set_phrases`, forty-seventh pass; `triage_quiet_hardship`, forty-eighth pass). Each gate says whether its
wording is there and how to take it out; the distress is dropped only when no distress rule fired (`taken`), no
warning sign and no sign of acute hardship is read, and neither the whole message nor a sentence window reaches the
label's threshold once the wording is out (or, for a gate that asks more, its own `stands` reading of the message
without the wording says the distress falls)."""

import re
from collections.abc import Callable, Collection

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_hardship import hardship_signs
from guichet.drafting.triage_model import TriageModel
from guichet.drafting.triage_signs import warning_signs


def without_matches(text: str, pattern: re.Pattern[str]) -> str:
    """`text` with the spans `pattern` finds on its folded form taken out. Where folding changed the length (rare
    characters), the folded text is rewritten instead."""
    folded = fold(text)
    source = text if len(folded) == len(text) else folded
    parts: list[str] = []
    last = 0
    for match in pattern.finditer(folded):
        parts.append(source[last : match.start()])
        last = match.end()
    parts.append(source[last:])
    return "".join(parts)


def blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the spans replaced by spaces (so that the other rules' offsets and word bounds hold)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def blank_out(text: str, spans_of: Callable[[str], list[tuple[int, int]]]) -> str:
    """`text` (title or body, not folded) with the spans `spans_of` finds on its folded form blanked; where folding
    changed the length (rare characters), the folded text is rewritten instead."""
    folded = fold(text)
    source = text if len(folded) == len(text) else folded
    return blanked(source, spans_of(folded))


def abusive_without(
    model: TriageModel, kept: list[str], texts: tuple[str, str, str], take_out: Callable[[str], str]
) -> list[str]:
    """`kept` (whole-message labels) less an abusive that only the wording `take_out` removes gave: scored again on
    title and body without it (`texts` is title, body, the office's text), the message no longer reaches the label's
    threshold. The caller checks its switch and that no rule set the label."""
    label = TriageLabel.ABUSIVE
    title, body, admin_text = texts
    plain_title, plain_body = take_out(title), take_out(body)
    if (plain_title, plain_body) == (title, body):
        return kept
    if label in model.decide(model.scores(plain_title, plain_body, admin_text)):
        return kept
    return [other for other in kept if other != label]


def plain_stands(model: TriageModel, title: str, body: str, admin_text: str) -> bool:
    """Whether the model's distress stands on a message: the whole message or a sentence window at its threshold."""
    label = TriageLabel.DISTRESS
    if label in model.decide(model.scores(title, body, admin_text)):
        return True
    return label in model.decide_windows(model.window_scores(body, admin_text, (label,)))


def distress_without(
    model: TriageModel,
    kept: list[str],
    reached: dict[str, tuple[float, str]],
    taken: Collection[str],
    texts: tuple[str, str, str],
    said: Callable[[str], bool],
    take_out: Callable[[str], str],
    stands: Callable[[TriageModel, str, str, str], bool] = plain_stands,
) -> tuple[list[str], dict[str, tuple[float, str]]]:
    """`kept` (whole-message labels) and `reached` (sentence windows) less a distress that only the wording `said`
    finds gave; `texts` is (title, body, the office's text), `take_out` removes the wording from a text, `stands`
    says whether the distress stands on the message read again (model, title, body, office's text)."""
    label = TriageLabel.DISTRESS
    title, body, admin_text = texts
    if label in taken or (label not in kept and label not in reached):
        return kept, reached
    whole = f"{title}\n{body}"
    folded = fold(whole)
    if not said(whole) or warning_signs(folded) or hardship_signs(folded):
        return kept, reached
    plain_title, plain_body = take_out(title), take_out(body)
    if (plain_title, plain_body) == (title, body):
        return kept, reached
    if stands(model, plain_title, plain_body, admin_text):
        return kept, reached
    reached = {key: value for key, value in reached.items() if key != label}
    return [other for other in kept if other != label], reached
