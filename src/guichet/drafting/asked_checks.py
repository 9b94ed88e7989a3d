"""A check asked for, and a question asked for a relative (fifty-eighth pass, engineer-d98; read by
`guichet.drafting.asked`).

Writers ask the service to check what they believe happened — « est-ce que ma demande est quand même arrivée chez
vous ? », « pouvez-vous vérifier que mon dossier est bien arrivé ? », « je voulais m'assurer que mon changement
d'adresse a bien été enregistré, pouvez-vous vérifier ? » — and they ask for a mother, a grandmother, a son: « ma
grand-mère voudrait savoir si sa CMU marche encore ». The check read « Votre demande a bien été transmise à l'ANTS »
as the writer's words told back (most of its words are the message's: the demand, the ANTS); it read the clause after
« vérifier que » or « m'assurer que » as told (its cues knew « vérifier si »); and it read a sentence as about the case
only when it said « vous » / « votre », so « Sa complémentaire santé solidaire continuera sans aucun changement » read
as a general rule, the sources' to support.

Three readings, each behind its switch:

- `CHECKED_EVENT` (on): when the message asks whether something happened — one of its questions, or the clause after
  a request to check, holds a past participle after « être » or « avoir » (« est arrivée ? », « a-t-il bien été
  reçu ? », « c'est pris en compte ? »; accents kept, « a » is not « à ») —, a draft sentence about the case that
  tells an event done (« a bien été transmise », « ont été enregistrées », « est bien arrivé »: « été », « bien »
  or « déjà » before the participle) in a participle that what the message tells does not hold answers, however
  many of its other words the message holds (`asked._invented`). « Votre chèque a été envoyé à votre ancienne
  adresse » to a message that told « est arrivé à mon ancienne adresse » and asks « il est encore valable ? » asks
  no event: no answer read.
- `CHECK_ASKED` (off): the clause after a request to check or to make sure is asked (folded text): « vérifier que »,
  « contrôler que / si », « regarder si », « voir si », « m'assurer / s'assurer / nous assurer que », and the
  imperative « vérifiez (svp) que ». The verb must be an infinitive or an imperative: « j'ai vérifié que mon dossier
  était complet » tells. Off: it gained two asserted items on train and none on validation (no cost either).
- `RELATIVE_CASE` (off): when the message names a person of the writer's circle (« ma mère », « mon fils », « nos
  parents », `asked_relatives.PERSON`), a draft sentence about that person — « votre mère », their « son / sa /
  ses » — that speaks of what the message asks speaks of the case as « vous » / « votre » does
  (`asked._invented`). A name the pseudonymisation masked (« [PERSONNE_1] peut réclamer … si … ») is not read so:
  measured, it flagged the passage's own condition said of the child. Off: two asserted items gained on train, none
  on validation (no cost either).

These are general forms of French, never one batch's words. Deterministic.
"""

import re
from functools import lru_cache

from guichet.drafting.asked_relatives import PERSON
from guichet.text import fold

CHECK_ASKED = False  # off (no validation gain): the clause after « vérifier que », « m'assurer que »… is asked
RELATIVE_CASE = False  # off (no validation gain): a sentence about a relative the message names is about the case
CHECKED_EVENT = True  # on: to « est-ce que mon dossier est arrivé ? », an event of the case said answers

# A request to check or to make sure, as an infinitive or an imperative (folded text).
_CHECK_CUE = re.compile(
    r"\b(?:verifier|controler|regarder|voir) (?:que\b|qu'|si\b|s'ils?\b)"
    r"|\b(?:m'|me |vous |nous |s'|se )assurer (?:que\b|qu')"
    r"|\b(?:verifiez|controlez|regardez)(?:[- ](?:moi|nous))?(?: (?:svp|stp|s'il vous plait|je vous prie|donc))?,? "
    r"(?:que\b|qu'|si\b|s'ils?\b)"
)
# A person of the writer's circle, named by the writer (folded message).
_WRITERS_PERSON = re.compile(rf"\b(?:mon|ma|mes|notre|nos) (?:petite?-)?{PERSON}\b")
# The same person in the draft: « votre mère », their « son / sa / ses » (folded sentence).
_DRAFTS_PERSON = re.compile(rf"\b(?:votre|vos) (?:petite?-)?{PERSON}\b|\b(?:son|sa|ses)\b")
# Whether something happened, asked: « est-ce que ma demande est (quand même) arrivée ? », « a-t-il bien été
# reçu ? », « c'est pris en compte ? », « vérifier que mon dossier a été transmis » (the message lowered, accents kept:
# "a" is not "à"; a past participle after « être » or « avoir », its adverbs between).
_PARTICIPLE = r"\w{2,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ise|ises)"
_EVENT_ASKED = re.compile(
    r"\b(?:est|sont|a|ont|a-t-(?:il|elle)|ont-(?:ils|elles)|est-(?:il|elle)|c'?est)\s+"
    r"(?:(?:bien|déjà|deja|quand même|quand meme|toujours|pas|encore|été|ete|effectivement|vraiment)\s+)*"
    rf"(?!droit\b|jusqu|fini\b|sûre?\b|sure?\b){_PARTICIPLE}\b"
)
# A request to check in the message lowered, accents kept or not (where the checked clause opens).
_CHECK_VERB = re.compile(r"\b(?:v[ée]rifi(?:er|ez)|contr[ôo]l(?:er|ez)|regard(?:er|ez)|assurer) (?:que|qu'|si|s'il)")
# A question of the message: up to its « ? », from the end of the sentence before it (the message lowered).
_QUESTION = re.compile(r"[^.!?\n]*\?")
# An event of the case the draft tells, done: « a bien été transmise », « est bien arrivé », « ont été enregistrées »
# (sentence as written, lowered: "a" is not "à"); its participle is the last word.
_EVENT_TOLD = re.compile(
    r"\b(?:a|ont|est|sont)\s+(?:(?:bien|déjà|effectivement|été)\s+)*(?!droit\b)"
    r"(\w+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ise|ises))\b"
)
_PASSIVE_OR_DONE = re.compile(r"\b(?:été|bien|déjà)\b")


def cue(folded_piece: str, older: re.Match[str] | None) -> re.Match[str] | None:
    """Where the asked clause of a folded piece of the message opens: at the cue found before (`older`) or at a
    request to check, whichever comes first; `older` alone when the switch is off."""
    own = _CHECK_CUE.search(folded_piece) if CHECK_ASKED else None
    if own is None or (older is not None and older.start() <= own.start()):
        return older
    return own


def checks_event(message: str) -> bool:
    """Whether the message asks whether something happened to the case (`CHECKED_EVENT`): one of its questions, or
    the clause after a request to check, says it in a past participle."""
    return CHECKED_EVENT and _asks_event(message)


@lru_cache(maxsize=64)
def _asks_event(message: str) -> bool:
    """`checks_event` without its switch, once for all of a draft's sentences."""
    lowered = message.lower()
    asked = [q.group(0) for q in _QUESTION.finditer(lowered)]
    asked += [lowered[c.start() :] for c in _CHECK_VERB.finditer(lowered)]
    return any(_EVENT_ASKED.search(a) for a in asked)


def event_told(sentence: str, told_stems: set[str], stem: int) -> bool:
    """Whether a draft sentence tells an event of the case done (« a bien été transmise », « est bien arrivé »)
    in a word (its participle) that what the message tells does not hold (`told_stems`: the message's told stems,
    cut to `stem` letters)."""
    lowered = sentence.lower()
    for found in _EVENT_TOLD.finditer(lowered):
        if not _PASSIVE_OR_DONE.search(found.group(0)):
            continue  # « est arrivé » without « bien » / « été » may be the writer's own coming: left to the rest
        if fold(found.group(1))[:stem] not in told_stems:
            return True
    return False


def about_relative(folded_sentence: str, message: str) -> bool:
    """Whether a folded draft sentence speaks of a person of the writer's circle that the message names
    (`RELATIVE_CASE`)."""
    if not RELATIVE_CASE:
        return False
    folded_message = _folded(message)
    if not _WRITERS_PERSON.search(folded_message):
        return False
    return bool(_DRAFTS_PERSON.search(folded_sentence))


@lru_cache(maxsize=64)
def _folded(message: str) -> str:
    """The message folded, once for all of a draft's sentences."""
    return fold(message)
