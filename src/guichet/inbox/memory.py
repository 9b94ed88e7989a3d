"""Answer memory: approved replies of the same administration to the most similar past messages.

Only pseudonymised texts are read (`Reply.pseudonymised_text`, `Message.pseudonymised_*`). The most similar reply
is handed to drafting twice over: as a style example for the model, and as a `Remembered` reply that the draft starts
from when it answered the same fiche as today's (`guichet.drafting.memory`, which re-checks it).
"""

from typing import Any

from guichet.drafting.api import Remembered
from guichet.inbox.models import Reply
from guichet.text import content_terms

# A past reply is a style example from this similarity (content words, Jaccard), the draft's starting point from
# REUSE_SIMILARITY: the same question again, in other words (drafting also requires the same fiche).
MIN_SIMILARITY = 0.2
REUSE_SIMILARITY = 0.35
CANDIDATES = 300


def _scored(*, administration_id: int, text: str, exclude_message_id: int | None, min_similarity: float):
    terms = content_terms(text)
    if not terms:
        return []
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
        if not other:
            continue
        similarity = len(terms & other) / len(terms | other)
        if similarity >= min_similarity:
            scored.append((similarity, reply))
    scored.sort(key=lambda pair: -pair[0])
    return scored


def similar_replies(
    *,
    administration_id: int,
    text: str,
    exclude_message_id: int | None = None,
    k: int = 1,
    min_similarity=MIN_SIMILARITY,
) -> list[dict[str, Any]]:
    """The `k` most similar past replies. Similarity is the Jaccard index of content words, which is enough to find
    "the same question again" and costs nothing."""
    scored = _scored(
        administration_id=administration_id,
        text=text,
        exclude_message_id=exclude_message_id,
        min_similarity=min_similarity,
    )
    return [
        {"reply_id": r.pk, "message_id": r.message_id, "similarity": round(s, 3), "text": r.pseudonymised_text}
        for s, r in scored[:k]
    ]


def remembered_reply(*, administration_id: int, text: str, exclude_message_id: int | None = None) -> Remembered | None:
    """The approved reply a new draft may start from: the most similar one above REUSE_SIMILARITY, with the fiches
    (and their versions) its approved draft cited. A reply written without a draft cites no fiche: not reused."""
    scored = _scored(
        administration_id=administration_id,
        text=text,
        exclude_message_id=exclude_message_id,
        min_similarity=REUSE_SIMILARITY,
    )
    for similarity, reply in scored:
        sources = (reply.draft.sources if reply.draft else None) or []
        fiches = {str(s["fiche_id"]): str(s.get("version") or "") for s in sources if s.get("fiche_id")}
        if fiches:
            return Remembered(
                reply_id=reply.pk,
                message_id=reply.message_id,
                similarity=similarity,
                text=reply.pseudonymised_text,
                approved_on=reply.approved_at.date().isoformat(),
                fiches=fiches,
            )
    return None
