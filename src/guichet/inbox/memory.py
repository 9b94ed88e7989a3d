"""Answer memory: approved replies of the same administration to the most similar past messages.

Handed to drafting as style examples. Only pseudonymised texts are read (`Reply.pseudonymised_text`,
`Message.pseudonymised_*`).
"""

from typing import Any

from guichet.inbox.models import Reply
from guichet.text import content_terms


def similar_replies(
    *, administration_id: int, text: str, exclude_message_id: int | None = None, k: int = 1, min_similarity=0.2
) -> list[dict[str, Any]]:
    """The `k` most similar past replies. Similarity is the Jaccard index of content words, which is enough to find
    "the same question again" and costs nothing."""
    terms = content_terms(text)
    if not terms:
        return []
    candidates = (
        Reply.objects.filter(message__administration_id=administration_id)
        .exclude(pseudonymised_text="")
        .exclude(message_id=exclude_message_id)
        .select_related("message")
        .order_by("-approved_at")[:300]
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
    return [
        {"reply_id": r.pk, "message_id": r.message_id, "similarity": round(s, 3), "text": r.pseudonymised_text}
        for s, r in scored[:k]
    ]
