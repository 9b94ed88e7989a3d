"""One entry of the distress map (`guichet.knowledge.situations.DISTRESS`): a situation, the patterns that recognise
it over the folded text, and the fiches that serve it (moved out of `situations` in the thirty-seventh pass, so that
`distress_families` can write entries without importing the map).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Distress:
    name: str
    patterns: tuple[str, ...]  # any of them (regular expressions over the folded text)
    fiches: tuple[str, ...]  # best first
    reason: str
    requires: tuple[str, ...] = ()  # and, when given, any of these too
    excludes: tuple[str, ...] = ()  # and none of these (another situation the same words describe better)
    # Someone is being hurt by another person now: the fiche that protects them comes first, whatever else the
    # message asks (the allowance a battered mother asks about comes second; see `rerank.rerank`).
    danger: bool = False
    # The fiches are one procedure's stages, none first: each gets the same pointer and the message's own words
    # (an eviction, a liquidation, a refusal) pick the stage (`rerank`; nineteenth pass).
    alike: bool = False
    # Spans set aside before the patterns are read: the situation asked as a mere possibility or denied ("peut-il me
    # mettre dehors si… ?", "je ne veux pas le mettre dehors"), not happening (nineteenth pass).
    asked: str = ""
