"""Feelings told in a story: clauses that say how the writer feels, not what happened or what they need (forty-second
pass, engineer-r70).

A person whose life changed in one day writes long: "je ne dors plus", "je pleure dans la voiture", "j'ai honte", "je
suis à bout", "je me sens la pire mère du monde". Those clauses name no topic a fiche answers, yet their words ("nuit",
"mère", "pleur", "honte") enter the lexical query, and in the story vector (`retrieval.STORY_CHARS`, the start of the
useful text) they push the asks, told last, out of the 600 characters read. `story_clauses` drops, from a story
sentence, the clauses that are a feeling and nothing else: a feeling phrase, and at most `REST_WORDS` content word
beside it once the words of time and emphasis are set aside ("toute la nuit", "jour et nuit", "depuis des
semaines"). A feeling with an object that names a topic stays ("j'ai peur de perdre mon logement", "je suis épuisée
par les démarches de la succession": two content words or more). Asks are never read here, and the distress
situations (`situations.distress`) are still read on the whole message (`query.understand`): a danger said as a
feeling ("j'ai peur qu'il se réveille") is not lost, only kept out of the words searched.
"""

from __future__ import annotations

import re

from guichet.knowledge.analysis import analyze

# Shipped OFF (forty-second pass): on train + validation it read 384 messages differently (315 distress) and moved
# 26 gold fiches within the first ten, 11 up and 15 down: hit@1 0.6774 -> 0.6770, distress 0.6652 -> 0.6641 (hit@10
# 0.9249 -> 0.9271), a wash below the noise; see docs/benchmarks.md. On: every rule of this module reads.
READ_FEELINGS = False  # off: every clause of the story is searched, the forty-first pass's reading (a switch)
# An "ask" without a question mark that is all feeling ("je ne sais même pas par où commencer.", "je ne sais plus quoi
# faire."): its interrogative ("où", "comment") made it an ask, weighed twice and its own sub-query; read as noise.
READ_FEELING_ASKS = True  # off: such a sentence stays an ask (a switch)
# Forty-third pass (engineer-r71): the ask rule alone, with the story rule off — an "ask" that is all feeling is noise
# even when `READ_FEELINGS` leaves the story's feeling clauses in the words searched (a measurement switch). Shipped
# off: 14 of 6,582 train + validation messages read differently, 2 up and 1 down within the first ten, no hit@1 or
# hit@5 moved (docs/benchmarks.md, forty-third pass).
FEELING_ASKS_ALONE = False  # off: `READ_FEELING_ASKS` reads only when `READ_FEELINGS` is on (r70's coupling)
REST_WORDS = 1  # a feeling clause with more content words than this beside the feeling phrase is kept

_ADVERB = (
    r"(?:(?:complètement|completement|tellement|totalement|vraiment|si|très|tres|trop|encore|toujours|juste|"
    r"un peu|à la fois|a la fois) )?"
)
_STATE = (
    r"(?:épuisée?s?|epuisee?s?|à bout|a bout|anéantie?s?|aneantie?s?|dévastée?s?|devastee?s?|désespérée?s?|"
    r"desesperee?s?|effondrée?s?|effondree?s?|brisée?s?|brisee?s?|détruite?s?|detruite?s?|terrifiée?s?|terrifiee?s?|"
    r"paniquée?s?|paniquee?s?|angoissée?s?|angoissee?s?|bouleversée?s?|bouleversee?s?|choquée?s?|choquee?s?|"
    r"sous le choc|humiliée?s?|humiliee?s?|triste|malheureuse|malheureux|furieuse|furieux|en colère|en colere|"
    r"écœurée?s?|écoeurée?s?|ecoeuree?s?|écœuré|morte? de peur|au bout du rouleau|dans un état \w+|"
    r"dans un etat \w+|en larmes|en miettes|à terre|a terre|vidée?s?|videe?s?|démolie?s?|demolie?s?|"
    r"terrorisée?s?|terrorisee?s?|écrasée?s?|ecrasee?s?|révoltée?s?|revoltee?s?|dégoûtée?s?|degoutee?s?)"
)
# A feeling phrase; the clause around it is a feeling when little else is said (`REST_WORDS`).
_FEELING = re.compile(
    r"\b(?:"
    r"je (?:ne |n')?(?:en )?(?:dors|mange|vis|respire|souris|ris|dormais|mangeais) plus|"
    r"je n'en (?:peux|pouvais|dors) plus|je ne (?:peux|pouvais) plus|"
    r"j'ai (?:beaucoup |tellement |tant )?pleuré|je (?:n'arrête|n'arrete|ne cesse) (?:pas |plus )?de pleurer|"
    r"(?:pleure|pleurent|pleurons|pleurait|pleuraient)|"
    r"je (?:tremble|craque|culpabilise|panique|déprime|deprime|m'effondre|suffoque|étouffe|etouffe|sombre|"
    r"me noie|m'écroule|m'ecroule|ne tiens plus|tiens plus)|"
    r"j'ai (?:tellement |si |très |tres |trop |vraiment )?(?:honte|le cœur brisé|le coeur brisé|le coeur brise|"
    r"le moral à zéro|le moral a zero|la gorge serrée|la boule au ventre|l'impression de devenir folle?)|"
    r"je suis " + _ADVERB + _STATE + r"(?: et " + _STATE + r")?|"
    r"je me sens(?: \S+){0,6}|je me suis sentie?(?: \S+){0,6}|"
    r"je n'arrive (?:pas|plus) à (?:réaliser|realiser|y croire|m'en remettre|dormir|respirer|avancer|"
    r"me concentrer|penser à autre chose|penser a autre chose)|"
    r"(?:mon|notre) monde s'(?:écroule|ecroule|effondre)|le ciel (?:m'|nous )est tombé|"
    r"je ne sais (?:même |meme )?pas comment (?:on survit|survivre|tenir|je tiens)|"
    r"c'est un cauchemar|quel cauchemar|"
    r"je ne sais (?:même |meme |vraiment |plus )?(?:pas |plus )?(?:par où|par ou) commencer|"
    r"je ne sais (?:même |meme |vraiment )?(?:pas |plus )?(?:où|ou) donner de la tête|"
    r"je ne sais (?:même |meme |vraiment )?(?:pas |plus )?(?:quoi|comment) faire|"
    r"je ne sais (?:même |meme |vraiment )?(?:pas |plus )?comment (?:je vais|on va|nous allons) "
    r"(?:faire|tenir|m'en sortir|nous en sortir|s'en sortir|survivre)"
    r")",
    re.IGNORECASE,
)
# Words of time, measure and emphasis beside a feeling: not a topic ("je pleure toute la nuit", "jour et nuit").
_FILLER = frozenset(
    analyze(
        "nuit nuits jour jours soir soirs matin matins temps moment moments semaine semaines mois heure heures vie "
        "monde encore toujours depuis tout toute tous toutes chaque pire plein fois rien personne seul seule "
        "vraiment tellement beaucoup trop déjà deja maintenant aujourd'hui hier coin voiture lit"
    )
)
# Clauses: split at a comma, semicolon, colon, dash, or before "mais", "alors", "car", "parce que" and "puis" (not
# "et": "épuisée et humiliée", "jour et nuit" are one feeling; every feeling phrase of a clause is set aside).
_CLAUSE = re.compile(r"\s*[,;:—–]\s*|\s+-\s+|\s+(?=\b(?:mais|alors|car|parce que|puis)\b)", re.IGNORECASE)


def is_feeling(clause: str) -> bool:
    """Whether a clause says how the writer feels and nothing a fiche could answer."""
    if not _FEELING.search(clause):
        return False
    rest = _FEELING.sub(" ", clause)
    return len([word for word in analyze(rest) if word not in _FILLER]) <= REST_WORDS


def tells_feeling(sentence: str) -> bool:
    """Whether a sentence holds a feeling phrase at all, whatever else it says (`distress_ask` counts them)."""
    return bool(_FEELING.search(sentence))


def story_clauses(sentence: str) -> str:
    """A story sentence without its feeling clauses ('' when it is all feeling); unchanged when `READ_FEELINGS` is
    off or no clause is one."""
    if not READ_FEELINGS or not _FEELING.search(sentence):
        return sentence
    clauses = [clause for clause in _CLAUSE.split(sentence) if clause and clause.strip()]
    kept = [clause for clause in clauses if not is_feeling(clause)]
    if len(kept) == len(clauses):
        return sentence
    return ", ".join(clause.strip() for clause in kept)


def feeling_ask(sentence: str) -> bool:
    """Whether a sentence read as an ask only by its interrogative word is all feeling ("je ne sais même pas par où
    commencer."): never one with a question mark, which asks."""
    if not ((READ_FEELINGS or FEELING_ASKS_ALONE) and READ_FEELING_ASKS) or "?" in sentence:
        return False
    if not _FEELING.search(sentence):
        return False
    return all(is_feeling(clause) for clause in _CLAUSE.split(sentence) if clause and clause.strip())
