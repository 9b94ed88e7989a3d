"""Answer memory: approved replies of the same administration to the most similar past messages.

Only pseudonymised texts are read (`Reply.pseudonymised_text`, `Message.pseudonymised_*`). One pass over the recent
replies gives drafting two things: the most similar ones as style examples for the model, and the most similar one
above REUSE_SIMILARITY whose draft cited fiches as a `Remembered` reply that the draft starts from when it answered
the same fiche as today's (`guichet.drafting.memory`, which re-checks it).
"""

from dataclasses import dataclass
from typing import Any

from guichet.drafting.api import Remembered
from guichet.inbox.models import Reply
from guichet.text import content_terms

# Content words in common (Jaccard): a style example from MIN_SIMILARITY, the draft's starting point from
# REUSE_SIMILARITY (the same question again, in other words; drafting also requires the same fiche).
MIN_SIMILARITY = 0.2
REUSE_SIMILARITY = 0.35
CANDIDATES = 300


@dataclass
class AnswerMemory:
    examples: list[dict[str, Any]]  # {reply_id, message_id, similarity, text}, most similar first
    remembered: Remembered | None


def _remembered(similarity: float, reply: Reply) -> Remembered | None:
    """The reply as a starting point, with the fiches (and versions) its approved draft cited; a reply written
    without a draft cites no fiche and is not reused."""
    sources = (reply.draft.sources if reply.draft else None) or []
    fiches = {str(s["fiche_id"]): str(s.get("version") or "") for s in sources if s.get("fiche_id")}
    if not fiches:
        return None
    return Remembered(
        reply_id=reply.pk,
        message_id=reply.message_id,
        similarity=similarity,
        text=reply.pseudonymised_text,
        approved_on=reply.approved_at.date().isoformat(),
        fiches=fiches,
    )


def answer_memory(
    *, administration_id: int, text: str, exclude_message_id: int | None = None, k: int = 1, reuse: bool = True
) -> AnswerMemory:
    """The `k` most similar past replies (style examples) and, with `reuse`, the one a draft may start from."""
    terms = content_terms(text)
    if not terms:
        return AnswerMemory(examples=[], remembered=None)
    candidates = (
        Reply.objects.filter(message__administration_id=administration_id)
        .exclude(pseudonymised_text="")
        .exclude(message_id=exclude_message_id)
        .select_related("message", "draft")
        .order_by("-approved_at")[:CANDIDATES]
    )
    scored = []
    for reply in candidates:
        other = content_terms(f"{reply.message.pseudonymised_title} {reply.message.pseudonymised_body}")
        similarity = len(terms & other) / len(terms | other) if other else 0.0
        if similarity >= MIN_SIMILARITY:
            scored.append((similarity, reply))
    scored.sort(key=lambda pair: -pair[0])
    examples = [
        {"reply_id": r.pk, "message_id": r.message_id, "similarity": round(s, 3), "text": r.pseudonymised_text}
        for s, r in scored[:k]
    ]
    reusable = (_remembered(s, r) for s, r in scored if reuse and s >= REUSE_SIMILARITY)
    return AnswerMemory(examples=examples, remembered=next((m for m in reusable if m is not None), None))
