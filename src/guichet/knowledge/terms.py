"""A vocabulary entry (`Term`) and the helper that reads a situation told beside a topic (`around`).

Kept apart from `guichet.knowledge.vocabulary` so that the entries written for one ground can live in a module of
their own (`guichet.knowledge.office_terms`, thirty-fourth pass) that the vocabulary gathers.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    pattern: str  # regular expression over the folded text (lower case, accents removed), word-bounded
    expansion: str  # the fiches' words, appended to the lexical query
    fiches: tuple[str, ...] = ()  # the fiche(s) of that name
    source: str = ""
    capitals: bool = False  # an acronym that is also a French word: only counts written in capitals
    # a context that makes the name another thing's (a regular expression over the whole folded text): "CFE" beside
    # an expatriate's health cover is the Caisse des Français de l'étranger, not the business tax
    unless: str = ""
    # Thirty-first pass: a place or a setting the story happens in ("l'Ehpad de ma mère"), not what it asks: its
    # fiche is the general one, and it gives way to a precise fiche another entry of the message points to
    # (`guichet.knowledge.rerank._setting_gives_way`)
    setting: bool = False
    # Thirty-first pass: the entry reads what is asked about a thing the message names (its tax status: "est-ce que
    # je dois déclarer l'AAH ?"), not the thing itself. Asked in the subject or an ask (`TAX_ASK`), it makes the
    # message's other names its situation: their pointers count as context (`guichet.knowledge.rerank`).
    asked_status: bool = False
    # Thirty-first pass: the fiches of the broader name this entry reads the other side of ("Saisie sur salaire" for
    # the employer who received the seizure): when the entry fires, their pointers count as context, and the entry's
    # own pointer counts whole wherever the message tells it (the writer's side is the situation, not a detail).
    outranks: tuple[str, ...] = ()
    # Thirty-second pass: a situation whose telling is the need itself (a child ill for months and a parent who must
    # stop work, a husband at the end of life): its pointer counts whole though the story tells it and the ask only
    # says "une aide ?" (`guichet.knowledge.rerank`).
    told: bool = False
    # Thirty-eighth pass (r59): for an acronym marked `capitals` that is also a French word or a stop word ("CA",
    # "VIE", "TA"): the words, in any case, that must come just before it (a determiner of its gender: "mon CA",
    # "un VIE", "la TA"), so that "ma VIE" or "CA suffit" stay words (`guichet.knowledge.vocabulary.acronym_words`)
    lead: str = ""

    @property
    def spans(self) -> bool:
        """A situation read across words or sentences (``(?s:…)``: "trop-perçu … allocations"), not a name: the
        names inside its match keep their own entries."""
        return self.pattern.startswith("(?s:")


def around(situation: str, topic: str, reach: int = 300) -> str:
    """A situation and a topic told in either order within `reach` characters (a span, see `Term.spans`)."""
    return rf"(?s:(?:{situation}).{{0,{reach}}}?\b(?:{topic})\b|\b(?:{topic})\b.{{0,{reach}}}?(?:{situation}))"
