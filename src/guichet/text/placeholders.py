"""Pseudonymisation placeholders ([PERSONNE_1], [NIR_2]…): as privacy writes them, and as they come back.

One place for their shape: privacy writes them, drafting keeps the model from inventing or mangling them,
retrieval drops them from queries, the inbox restores and highlights them.
"""

from __future__ import annotations

import re

_TYPE = r"[A-Z_]+"
# Exactly as pseudonymisation writes them; groups: type, number.
PLACEHOLDER = re.compile(rf"\[({_TYPE})_(\d+)\]")
# As a person or a model may write one back: square or angle brackets, the number optional ("[NOM]", "<NIR_1>").
WRITTEN_PLACEHOLDER = re.compile(rf"\[{_TYPE}(?:_\d+)?\]|<{_TYPE}(?:_\d+)?>")
# As a model writes one in a draft: numbered, square or angle brackets, an accent on TÉLÉPHONE; group: the name.
MODEL_PLACEHOLDER = re.compile(r"[\[<]([A-ZÉ][A-ZÉ_]+_\d+)[\]>]")


def placeholders_in(*texts: str) -> list[str]:
    """The distinct placeholders of `texts`, sorted."""
    return sorted({m.group() for text in texts for m in PLACEHOLDER.finditer(text)})
