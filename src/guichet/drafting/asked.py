"""What the message only asks, stated by the draft as a fact about the writer's case (principle 2).

A 1.5B model answering "pouvez-vous me dire si elle est passée en commission d'attribution ?" has written "Elle est
en commission d'attribution." — the citizen's own question turned into an answer, with nothing behind it (thirty-
second pass, test injection cs-044). The support check cannot see it: the message counts as evidence, and the
question holds every word of the invented answer.

This check splits the message into what it asks (a sentence ending with "?", or the clause after "est-ce que",
"savoir si", "je me demande si", "où en est"…) and what it tells (the rest), and reads in each question its
*predicate* apart from its *topic*: a word a determiner introduces ("mon dossier", "la prime", "l'opération du
genou") or one that follows such a word directly ("carte grise", "dossier MDPH") is the topic; the others ("complet",
"prête", "transmis", "active", "recevoir", "droit") are what the writer wants to know. A draft sentence is *asserted*
when it is a plain statement (not a question, not the writer's question reported — "vous souhaitez savoir si…" —,
not a condition, not a step or an invitation) and either holds a predicate word of a question that neither the rest
of the message nor any source holds, or speaks of the writer's case ("vous", "votre") in words that are for the most
part neither in what the message tells nor in any one source ("Votre pension a été calculée à 1 187 € bruts" to
"combien je vais toucher ?"). "Vous avez déposé votre dossier MDPH en septembre" restates what the message
tells and passes; "Votre dossier MDPH a été transmis à la commission" answers what it asks and is flagged. Flagged
for the agent, never removed: a yes that is right is the agent's to keep.

Deterministic: content words folded and cut to a prefix (`guichet.text.content_terms`), on pseudonymised text.
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from guichet.text import fold, sentence_spans
from guichet.text.words import CONTENT_STOP_WORDS

# The clause after one of these is what the writer asks, whether or not the sentence ends with "?".
_ASK_CUE = re.compile(
    r"\b(?:est[- ]ce qu(?:e|')|est[- ]il|est[- ]elle|savoir si|(?:me |nous )?dire si"
    r"|(?:souhaite|voudr|aimer)\w* connaitre|(?:me |je me )?demande(?:s|r|ais)? si"
    r"|je ne sais (?:pas|plus) si|je sais pas si|jsp si|j'?ignore si"
    r"|ou en est|ou en sont|quand est[- ]ce|pourquoi|combien|a quelle date|dans quel(?:s|le|les)? delai"
    r"|pouvez[- ]vous (?:me |nous )?(?:dire|confirmer|indiquer)|(?:me |nous )?confirmer (?:que|si)|verifier si)\b"
)
# A draft sentence that reports the writer's question, or only sets a condition, asserts nothing.
_REPORTED = re.compile(
    r"\b(?:vous (?:nous )?(?:souhaitez|voulez|voudriez|aimeriez|desirez) (?:savoir|connaitre|une confirmation"
    r"|que nous)|vous (?:nous )?demandez|vous (?:nous )?posez|vous craignez|vous vous inquietez|vous vous demandez"
    r"|vous vous interrogez|vous (?:nous )?interrogez|votre question"
    r"|concernant (?:votre question|l'avancement|le suivi|l'etat)|savoir si|s'il|si (?:votre|vous|elle|il|le|la|les)"
    r"|lorsque|des que|en cas d|au cas ou)\b"
)
# Guidance asserts nothing about the case: a step, an invitation, a document asked for, a pointer to a service or a
# page (the resource lines of a draft: "Pour en savoir plus : « … », https://…").
_GUIDANCE = re.compile(
    r"https?://|\b(?:pour en savoir plus|pour faire la demarche|ou s'adresser|voici ce que prevoi|vous pouvez"
    r"|vous pourrez (?:vous|nous|contacter|consulter)|vous devez|il vous (?:faut|suffit|appartient)"
    r"|n'hesitez|nous vous remercions|restons a votre disposition|nous vous invitons|je vous invite"
    r"|nous vous conseillons|merci de|veuillez|pensez a|nous restons|nous vous prions|vous trouverez"
    r"|vous recevrez un courrier|consultez|rapprochez[- ]vous|contactez|adressez[- ]vous)\b"
)
_DETERMINERS = frozenset(
    "le la les l un une des du d au aux mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs ce cet cette "
    "ces".split()
)
# Auxiliaries and modal verbs carry no answer ("a été transmis", "je vais recevoir", "je peux payer").
_AUXILIARIES = frozenset(
    "ete etre etait etaient sera serait seront serai vais va vont aller avait aura aurai aurais peux pourrai "
    "pourrais devrai devrais".split()
)
_LINKS = frozenset("de du des d".split())  # "la demande de logement social": the topic goes on after "de"
_WORD = re.compile(r"[a-z0-9]+")
_CLAUSE_END = re.compile(r"[,;:]")
_AFTER_QUESTION_MARK = re.compile(r"(?<=\?)")
# Below this share of its words in what the message tells or in one source, a statement about the writer's case
# that echoes no question word is invented all the same ("votre pension a été calculée à 1 187 €").
INVENTED_SUPPORT = 0.5
# A statement about the writer: "vous", "votre", "vos" (the pseudonymised message's writer is the reader).
_ABOUT_WRITER = re.compile(r"\b(?:vous|votre|vos)\b")
STEM = 5  # a shorter prefix than `content_terms`'s: "recevoir" / "recevrez", "prête" / "prêt"
_CITATION = re.compile(r"\[\d+\]")


@dataclass(frozen=True)
class AskedClaim:
    sentence: str
    span: tuple[int, int]
    asked_terms: tuple[str, ...]  # the question's predicate words the sentence states

    def as_dict(self) -> dict:
        return {"sentence": self.sentence, "span": list(self.span), "asked_terms": list(self.asked_terms)}


def split_message(message: str) -> tuple[list[str], list[str]]:
    """The message as (what it asks, what it tells): question clauses apart from statements."""
    asked: list[str] = []
    told: list[str] = []
    for _, _, sentence in sentence_spans(message):
        # "… du genou ? ça fait deux mois": a "?" ends a question even where no sentence break follows it.
        for piece in _AFTER_QUESTION_MARK.split(sentence):
            _split_piece(piece, asked, told)
    return [a for a in asked if a.strip()], [t for t in told if t.strip()]


def _split_piece(piece: str, asked: list[str], told: list[str]) -> None:
    question = piece.rstrip().endswith("?")
    cue = _ASK_CUE.search(fold(piece))
    if not cue:
        (asked if question else told).append(piece)
        return
    told.append(piece[: cue.start()])
    clause = piece[cue.start() :]
    end = None if question else _CLAUSE_END.search(clause)
    if end:  # "je me demande si mes droits sont ouverts, personne ne m'a répondu": the question ends at the comma
        told.append(clause[end.end() :])
        clause = clause[: end.start()]
    asked.append(clause)


def predicate_terms(question: str) -> set[str]:
    """The words of a question that say what the writer wants to know, not what it is about (see the module)."""
    out: set[str] = set()
    previous = ""  # "det": a determiner, "topic": a topic word, "link": "de" after a topic word, "": other
    for word in _WORD.findall(fold(question)):
        if word in _DETERMINERS:
            previous = "link" if previous == "topic" and word in _LINKS else "det"
            continue
        if word in CONTENT_STOP_WORDS or word in _AUXILIARIES or (len(word) < 3 and not word.isdigit()):
            previous = "link" if previous == "topic" and word in _LINKS else ""
            continue
        if previous in ("det", "topic", "link"):
            previous = "topic"
            continue
        out.add(word[:STEM])
    return out


def _stems(text: str) -> set[str]:
    return {
        w[:STEM]
        for w in _WORD.findall(fold(text))
        if w not in CONTENT_STOP_WORDS and w not in _AUXILIARIES and (len(w) > 2 or w.isdigit())
    }


def _is_statement(sentence: str) -> bool:
    folded = fold(sentence)
    return not (
        sentence.rstrip().endswith("?")
        or _REPORTED.search(folded)
        or _ASK_CUE.search(folded)
        or _GUIDANCE.search(folded)
    )


def find_asked(text: str, message: str, sources: Sequence[str] = (), *, skip: Iterable[str] = ()) -> list[AskedClaim]:
    """Draft sentences that state as a fact about the writer's case what the message only asks (see the module)."""
    asked, told = split_message(message)
    if not asked:
        return []
    told_stems = set().union(*(_stems(t) for t in told)) if told else set()
    predicates = set().union(*(predicate_terms(a) for a in asked)) - told_stems
    source_stems = [_stems(s) for s in sources if s.strip()]
    sourced_anywhere = set().union(*source_stems)
    skipped = {fold(s).strip() for s in skip if s.strip()}
    out = []
    for start, end, sentence in sentence_spans(text):
        folded = fold(sentence).strip()
        if folded in skipped or any(folded in s for s in skipped) or not _is_statement(sentence):
            continue
        stems = _stems(_CITATION.sub(" ", sentence))
        if len(stems) < 2:
            continue
        # The answer words the question holds and no source says: the topic may be the fiche's, the answer is not.
        echoed = stems & predicates - sourced_anywhere
        if not echoed:
            if not _ABOUT_WRITER.search(folded):
                continue  # a general rule ("la bourse est versée de septembre à juin") is the sources' to support
            sourced = max((len(stems & src) / len(stems) for src in source_stems), default=0.0)
            if max(sourced, len(stems & told_stems) / len(stems)) >= INVENTED_SUPPORT:
                continue
        out.append(AskedClaim(sentence, (start, end), tuple(sorted(echoed))))
    return out
