"""What the persona tests that run a scripted draft share: a model answer the fiches support, and the sentences the
checks dropped from a draft."""

GOOD = "Le timbre fiscal coûte 86 € [Source 1]. Vous faites une pré-demande en ligne sur le site de l'ANTS [2]."


def dropped(draft) -> list[str]:
    """The sentences the checks removed from `draft` (its `sentences_dropped` alerts)."""
    return [s for a in draft.alerts if a["code"] == "sentences_dropped" for s in a.get("sentences", [])]
