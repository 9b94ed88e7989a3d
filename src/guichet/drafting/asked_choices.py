"""The option a draft picks among those the writer listed (forty-ninth pass, engineer-d75; read by
`guichet.drafting.asked`).

Writers often ask to choose: « je fais la demande à la mairie ou à la préfecture ? », « le cerfa 13750 ou le
13757 ? », « mensuelle ou trimestrielle, c'est quoi le mieux ? », « je dois demander l'APL ou l'ALS ? ». The draft
answers by naming one option — « Dans votre cas, c'est l'ALS qui s'applique », « La demande d'Aspa de votre mère doit
être déposée à la mairie de Vierzon », « Adressez-le à la Caf d'Ille-et-Vilaine » — or by setting one against the
other — « Votre demande relève désormais de la MSA et non plus de la CAF ». Every word of such an answer is the
writer's own (the options are in the question), so the other readings take it for the question's topic told back,
and a step (« adressez-le à … ») for guidance (corpora/asked q31, d75).

`CHOICE_READ`: the options are read in each question clause of the message around « ou » (« ou bien », « ou alors »),
« soit … soit … » and « entre … et … »: the option after « ou » runs to the end of its clause (cut before a clause
of purpose or cause: « pour mes allocations »), the one before it starts where the same kind of word starts it (the
same preposition, a determiner, a subject pronoun: « à la Caf du Nord ou à celle d'Ille-et-Vilaine », « je commande
sur l'appli ou j'envoie le formulaire ») or, when the second starts on a content word, as many content words back
(« mensuelle ou trimestrielle »). An option is the stems that only it holds; « ou pas », « ou non », « ou les deux »
are no option. A few families of channel words count as one (« en ligne » / « internet » / « site » / « appli »,
« courrier » / « papier » / « postal », « guichet » / « sur place »). A draft sentence picks when it is no question,
does not report the question (the caller says so) and opens on no condition, and either names one option alone or
names two and sets one aside (« et non », « plutôt que », « au lieu de », « mieux que », « pas à la … »); it is
flagged unless one source gives more than half of its claim words, or what the message tells does (a pick the writer
made, told back: « Vous préférez les travaux », « La mairie vous a indiqué le cerfa 15646 »). A step that picks is a
pick: « Adressez-le à la Caf d'Ille-et-Vilaine » answers « à la Caf du Nord ou à celle d'Ille-et-Vilaine ? ».

Folded text throughout. Deterministic.
"""

import re
from collections.abc import Sequence
from typing import Protocol

from guichet.drafting.asked_paraphrase import rephrased, same_terms
from guichet.drafting.support import STEM, evidence_terms, support_terms
from guichet.text import fold
from guichet.text.words import CONTENT_STOP_WORDS

CHOICE_READ = True  # the switch: a sentence that picks one of the options the question lists answers it
# off: two options named, one set aside (« et non », « plutôt que »): +1 on train (q31-035), nothing on validation
ASIDE_READ = False
STEP_PICKS = True  # a step that names one option alone (« Adressez-le à la Caf d'Ille-et-Vilaine ») picks it
OFFERED_READ = True  # a source sentence that lists the options and picks none backs no pick, whatever its share
CHOICE_SUPPORT = 0.5  # above this share of its claim words in one source (or in what is told), the pick is theirs
MIN_TERMS = 2  # a pick of fewer claim words says nothing to check
MAX_OPTION_WORDS = 4  # the content words an option keeps (its head: « la caf du nord »)

_WORD = re.compile(r"[a-z0-9]+")
_APOSTROPHE = re.compile(r"[’']")
# « ou », « ou bien », « ou alors » between two options (folded, apostrophes as spaces); « où » folds to « ou » too,
# but a place asked (« où dois-je … ») has no option before it
_OR = re.compile(r"\s(?:ou bien|ou alors|ou)\s")
_EITHER = re.compile(r"\bsoit\s+(.+?)\s+soit\s+(.+)$")
_BETWEEN = re.compile(r"\bentre\s+(.+?)\s+et\s+(.+)$")
# What ends an option: the clause's punctuation, and a clause of purpose, cause or time after it
_OPTION_END = re.compile(
    r"[?!.,;:()]|\s(?:pour|afin|car|parce|puisque|si|quand|lorsque|comme|mais|sachant|vu|merci|alors que)\s"
)
# « ou pas », « ou non », « ou les deux », « ou quoi », « ou autre chose »: no option of its own
_NO_OPTION = re.compile(
    r"^\s*(?:pas|non|quoi|rien|autre chose|les deux|aucun|aucune|ni l un ni l autre|comment|l inverse|c est pareil"
    r"|pareil|le contraire)\b"
)
_PREPOSITIONS = frozenset("a au aux par en sur dans chez aupres pour avec vers depuis apres avant via".split())
_SAME_PREPOSITION = {"au": "a", "aux": "a"}
_DETERMINERS = frozenset(
    "le la les l un une des du mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs ce cet cette ces celle "
    "celui celles ceux".split()
)
_WHICH = frozenset("quel quelle quels quelles".split())
_CONTRACTED = frozenset(("au", "aux"))  # « au consulat de Casablanca ou à celui de Rabat »
_ANAPHORS = frozenset("celle celui celles ceux".split())  # « à celle d'Ille-et-Vilaine »: the Caf named before
_SUBJECTS = frozenset("je j on il elle nous vous ils elles c ca".split())
_LEADING = frozenset(
    "directement direct plutot seulement uniquement bien alors juste simplement plus tout d abord est ce qu que "
    "faut il de".split()
)
# Light verbs say nothing of an option (« je vais à la préfecture ou je le fais sur internet »)
_LIGHT = frozenset(
    "vais va vas aller allez fais fait faire dois doit devoir peux peut pouvoir passe passer faut faudrait".split()
)
_NOT_CONTENT = _PREPOSITIONS | _LEADING | _LIGHT
# Families of channel words that count as one option word (folded words cut to `STEM`)
_CHANNELS = {
    **dict.fromkeys(("ligne", "inter", "site", "appli", "web", "numer", "demat", "teles", "plate", "porta"), "ligne"),
    **dict.fromkeys(("courr", "papie", "poste", "posta", "lettr", "recom"), "courr"),
    **dict.fromkeys(("guich", "place", "accue"), "guich"),
}
_CHANNEL_STEMS = frozenset(_CHANNELS.values())
# One option set aside beside the one picked: « et non », « plutôt que », « au lieu de », « mieux que », « pas à la … »
_ASIDE = re.compile(
    r"\b(?:et non|et pas|non pas|non plus|plutot qu|au lieu d|mieux qu|moins qu|plus \w+ qu|pas (?:a|au|aux|en|par"
    r"|sur|dans|chez|aupres|de|du|la|le|l)\b|ni)\b"
)
_OPENING_CONDITION = re.compile(r"^\W*(?:meme )?(?:si|s il|lorsqu|lorsque|quand|en cas d)\b")
# A courtesy or an invitation to write back picks nothing, whatever it names (« N'hésitez pas à nous transmettre tout
# justificatif expliquant … » to « je pourrai m'expliquer, ou c'est décidé sans moi ? »)
_COURTESY = re.compile(
    r"\b(?:n hesitez|nous vous remercions|restons a votre disposition|nous restons|merci de|veuillez"
    r"|nous vous prions)\b"
)
# A clause without « ? » lists options only when it asks indirectly (« je ne sais pas si …, je me demande lequel … »)
_INDIRECT = re.compile(
    r"\b(?:si|lequel|laquelle|lesquels|lesquelles|quel|quelle|quels|quelles|mieux|hesite\w*|choisir)\b"
)
_QUESTION = re.compile(r"[^.!?\n]*\?")  # a question sentence of the folded message
_PUNCTUATION = re.compile(r".*[,;:.!()]", re.DOTALL)
HELD = 0.5  # the share of an option's stems a sentence holds for it to name the option


def _stem(word: str) -> str:
    cut = word[:STEM]
    return _CHANNELS.get(cut, cut)


def _content(words: Sequence[str]) -> list[str]:
    return [w for w in words if w not in CONTENT_STOP_WORDS and w not in _NOT_CONTENT and (len(w) > 2 or w.isdigit())]


def _words(folded: str) -> list[str]:
    return _WORD.findall(_APOSTROPHE.sub(" ", folded))


def _after(text: str) -> list[str]:
    """The option after « ou »: its words to the end of its clause, its leading adverbs left out; one that opens on
    a preposition or a determiner ends before the next preposition (« à l'ALS | dans un foyer »)."""
    end = _OPTION_END.search(text)
    words = _words(text[: end.start()] if end else text)
    while words and words[0] in _LEADING:
        words = words[1:]
    if words and (words[0] in _PREPOSITIONS or words[0] in _DETERMINERS):
        cut = next((i for i, w in enumerate(words) if i and w in _PREPOSITIONS and _content(words[:i])), None)
        words = words[:cut] if cut else words
    return words


def _before(words: list[str], first: str, size: int) -> list[str]:
    """The option before « ou », parallel to the one after it that opens on `first` and holds `size` content words."""
    if first in _PREPOSITIONS:
        same = _SAME_PREPOSITION.get(first, first)
        starts = [i for i, w in enumerate(words) if _SAME_PREPOSITION.get(w, w) == same]
        starts = starts or [i for i, w in enumerate(words) if w in _PREPOSITIONS]
    elif first in _DETERMINERS:
        starts = [i for i, w in enumerate(words) if w in _DETERMINERS]
    elif first in _SUBJECTS:
        starts = [i for i, w in enumerate(words) if w in _SUBJECTS]
    else:
        starts = []
    if starts:
        return words[starts[-1] :]
    kept, count = [], 0
    for word in reversed(words):  # as many content words back as the option after « ou » holds
        kept.insert(0, word)
        count += bool(_content([word]))
        if count >= max(size, 1):
            break
    return kept


def _option(words: list[str]) -> tuple[str, ...]:
    """An option's stems in their order, its head first (at most `MAX_OPTION_WORDS`)."""
    return tuple(dict.fromkeys(_stem(w) for w in _content(words)[:MAX_OPTION_WORDS]))


def options(asked: Sequence[str], message: str = "") -> tuple[list[tuple[str, ...]], list[str]]:
    """The options the folded question clauses (and the folded message's question sentences) list, each as the
    stems only it holds, in their order (none when fewer than two), and the clauses that list them."""
    found: list[tuple[str, ...]] = []
    clauses: list[str] = []
    for clause in dict.fromkeys(c.strip() for c in [*asked, *_QUESTION.findall(message)]):
        if "?" not in clause and not _INDIRECT.search(clause):
            continue  # « j'aimerais faire une formation de secrétaire ou d'assistante » wishes, it asks no choice
        listed = _clause_options(clause.split("?")[0])
        clauses += [clause] if listed else []
        found += [option for option in listed if option not in found]
    if len(found) < 2:
        return [], []
    distinct = []
    for i, option in enumerate(found):
        others = set().union(*(set(o) for j, o in enumerate(found) if j != i))
        own = tuple(stem for stem in option if stem not in others)
        distinct += [own] if own else []
    return distinct, clauses


def _clause_options(clause: str) -> list[tuple[str, ...]]:
    """The options of one folded question clause."""
    text = f" {_APOSTROPHE.sub(' ', clause)} "
    either = _EITHER.search(text) or _BETWEEN.search(text)
    if either:
        pair = [_option(_after(either.group(1))), _option(_after(either.group(2)))]
        return pair if all(pair) else []
    pieces = _OR.split(text)
    out: list[tuple[str, ...]] = []
    for i in range(1, len(pieces)):
        if _NO_OPTION.match(pieces[i]):
            continue
        after = _after(pieces[i])
        if not after:
            continue
        before = pieces[i - 1].rstrip(" ,;")  # « faut-il prendre un avocat, ou est-ce qu'on peut … »
        stop = _PUNCTUATION.match(before)  # an option does not run back over a comma
        left_words = _after(before) if i > 1 else _words(before[stop.end() :] if stop else before)
        left_words = _before(left_words, after[0], len(_content(after)))
        left, right = _option(left_words), _option(after)
        noun = _first_noun(left_words)
        if len(after) > 1 and after[int(after[0] in _PREPOSITIONS)] in _ANAPHORS and noun:
            right += (_stem(noun),)  # « à la Caf du Nord ou à celle d'Ille-et-Vilaine »: the Caf, both times
        if right and left:
            out += [o for o in (left, right) if o not in out]
    return out


def _first_noun(words: list[str]) -> str:
    """The first content word after a determiner (« la Caf du Nord », « n'importe quelle mairie »), or ""."""
    for i, word in enumerate(words[1:], start=1):
        if words[i - 1] in _DETERMINERS | _WHICH | _CONTRACTED and _content([word]):
            return word
    return ""


def _named(stems: set[str], option: tuple[str, ...]) -> bool:
    """Whether a text's stems name an option: its channel (« en ligne » names « je le remplis sur internet »), or half
    its stems at least, its head or two of them among them (« travailleur handicapé » does not name « France
    Travail »)."""
    held = stems.intersection(option)
    if held & _CHANNEL_STEMS:
        return True
    return len(held) / len(option) >= HELD and (option[0] in held or len(held) >= 2)


class _Evidence(Protocol):
    """The sources' words and what the message tells, a family of words as one (`asked_verdicts.VerdictEvidence`)."""

    @property
    def sources(self) -> list[set[str]]: ...

    @property
    def told(self) -> set[str]: ...


class Choices:
    """The options a message asks to choose between, and the evidence a pick is checked against (read once for all
    the draft's sentences)."""

    def __init__(self, asked: Sequence[str], message: str, evidence: _Evidence, sources: Sequence[str]) -> None:
        self.options, self._clauses = options(asked, message) if CHOICE_READ else ([], [])
        self._evidence = evidence  # read only when a sentence picks
        self._sources = sources

    def picked(self, folded: str, not_statement: bool, step: bool) -> bool:
        """Whether a folded draft sentence picks one of the options with nothing behind it (`not_statement`: it is
        a question or reports the writer's question; `step`: it tells a step or guides; as the caller reads it)."""
        if not self.options or not_statement or folded.rstrip().endswith("?") or _OPENING_CONDITION.search(folded):
            return False
        if step and not STEP_PICKS:
            return False
        if _COURTESY.search(" ".join(_words(folded))):
            return False
        choice = self._pick(folded)
        if choice is None:
            return False
        return self._unsourced(folded, choice)

    def _pick(self, folded: str) -> int | None:
        """The option a folded text names alone, or names and sets the others aside; None if it picks none."""
        text = " ".join(_words(folded))
        stems = {_stem(w) for w in _content(_words(text))}
        held = [i for i, option in enumerate(self.options) if _named(stems, option)]
        if len(held) >= 2:
            aside = _ASIDE.search(text) if ASIDE_READ else None
            if not aside:
                return None
            after = {_stem(w) for w in _content(text[aside.end() :].split())}
            aside_only = [
                i for i in held if after.intersection(self.options[i]) and not _named(stems - after, self.options[i])
            ]
            held = [i for i in held if i not in aside_only]
        return held[0] if len(held) == 1 else None

    def _backed(self, choice: int) -> bool:
        """Whether the sources back the pick: a source sentence picks the same option, or none offers the choice
        (names the option picked and another, and picks none: « en ligne, en mairie ou par courrier »)."""
        offered = False
        for source in self._sources:
            for sentence in re.split(r"(?<=[.!?;])\s+", fold(source)):
                picked = self._pick(sentence)
                if picked == choice:
                    return True
                stems = {_stem(w) for w in _content(_words(sentence))}
                named = [i for i, option in enumerate(self.options) if _named(stems, option)]
                offered = offered or (picked is None and choice in named and len(named) >= 2)
        return not (offered and OFFERED_READ)

    def _unsourced(self, folded: str, choice: int) -> bool:
        terms = same_terms(support_terms(rephrased(folded)))
        if len(terms) < MIN_TERMS:
            return False
        shares = [len(terms & source) / len(terms) for source in self._evidence.sources]
        if max(shares, default=0.0) > CHOICE_SUPPORT and self._backed(choice):
            return False
        # the words of the questions that list the options are asked, not told, wherever the message's parts put them
        told = self._evidence.told - same_terms(evidence_terms(rephrased(" ".join(self._clauses))))
        return len(terms & told) / len(terms) <= CHOICE_SUPPORT
