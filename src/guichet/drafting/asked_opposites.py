"""A sentence in a source's own words that says the opposite (fortieth pass, engineer-d52; read by
`guichet.drafting.asked`).

"L'utilisation de drones est autorisée la nuit lorsqu'ils sont équipés de dispositifs lumineux" beside "L'utilisation
de drones est interdite la nuit, même lorsqu'ils sont équipés de dispositifs lumineux"; "Utiliser un barbecue de
façon occasionnelle est considéré comme un trouble anormal de voisinage" beside "… n'est pas considéré comme …";
"une emprise au sol de moins de 5 m²" beside "de plus de 5 m²". The sentence holds most of a source sentence's words,
so the support check and the asked check's share of sourced words take it as sourced: what changed is the polarity
of one word. Read here, on folded text, a draft sentence against each source sentence that shares most of its words:

- *polarity*, clause by clause (a clause less its condition or concession: "lorsqu'ils …", "même si …", "sauf …"),
  on the axis both clauses speak on: what is allowed ("autorisé", "il est permis", "avez le droit de", "librement",
  "vous pouvez", a sanction denied — "sans risquer d'amende" — against "interdit", "puni", "passible", "risquer une
  amende"), what is owed ("obligatoire", "exigé", "nécessaire", "il faut", "vous devez"), or, where neither clause
  holds such a word, the bare statement; a negation ("ne … pas / plus / jamais / ni", "aucun", "nul") turns it round;
- *a condition turned into its opposite*: "n'existe que si", "seulement si", "uniquement si", "à condition que"
  against "même lorsque", "même si", "quel que soit" (and the other way round);
- *a threshold reversed*: the same figure and unit, "moins de" / "inférieur à" / "jusqu'à" against "plus de" /
  "supérieur à" / "au moins" / "à partir de", where the source never gives that figure in the sentence's direction
  (read with the polarity, below);
- *an exception dropped* (`dropped_exception`): the rule of a source sentence said of the writer's case, in its words
  and polarity, without its "sauf …", where the message tells the very case the exception names ("à côté de l'église
  classée monument historique" beside "sauf si la piscine est située … aux abords d'un monument historique").

Where the source rule holds a condition ("si votre véhicule est immatriculé à votre adresse") and the sentence gives
the writer's case a reason ("car", "puisque", "n'étant") or a condition that is not the rule's, its opposite may be
the rule applied outside the condition: no polarity is read. A threshold's other side, or a month outside the
source's period ("en octobre" beside "du 1er mars au 31 août"), is read the other way: the same polarity is then the
answer nobody gave ("est exigée dès que … moins de 5 m²"), the opposite one the rule.

A paraphrase that keeps the polarity passes ("Non : l'utilisation des drones est interdite la nuit, même avec des
dispositifs lumineux"); so does a sentence that says the exception ("Votre piscine n'étant pas située en zone
protégée, il n'est pas nécessaire …"). Flagged for the agent, never removed.
"""

import re
from dataclasses import dataclass
from functools import cached_property

from guichet.drafting.support import STEM
from guichet.text.words import CONTENT_STOP_WORDS

# What is allowed, and what is not (folded text). "permis" and "autorisation" as nouns ("permis de construire", "sans
# autorisation d'urbanisme") are no permission.
_PERMIT = re.compile(
    r"\b(?:autoris(?:e|ee|es|ees|er|ent)|(?:est|sont|soit|etes) (?:\w+ )?permise?s?|il (?:n')?est (?:\w+ )?possible"
    r"|librement|(?:le|du) droit de|vous (?:ne |n')?(?:pouvez|pourrez)|on (?:ne |n')?(?:peut|pourra)"
    r"|rien ne (?:vous )?(?:empeche|interdit))\b"
)
_FORBID = re.compile(  # a fine is a sanction when one is punished by it or risks it
    r"\b(?:interdi(?:t|te|ts|tes|re|sent|ction)|defendu\w*|prohibe\w*|puni\w*|passible\w*|sanctionn\w*"
    r"|(?:risque\w*|encour\w*) (?:une |d'une |de |d')?(?:amende|peine|emprisonnement))\b"
)
# A sanction denied allows: "sans risquer d'amende", "sans aucune sanction".
_SANCTION_DENIED = re.compile(
    r"\bsans (?:\w+ ){0,2}?(?:d'|de |une? |aucune? )?(?:amende|sanction|poursuite|peine)s?\b"
)
_DUTY = re.compile(
    r"\b(?:obligatoire\w*|oblige\w*|exige\w*|necessaire\w*|indispensable\w*|requis\w*|vous devez|vous devrez"
    r"|il (?:vous )?faut|il faudra|(?:avez|a|ont|aurez) besoin d(?:e|')"
    r"|doi(?:t|vent) (?:etre )?(?:faire|demander|deposer|declarer|obtenir|presenter)"
    r"|(?:est|etes|sont) tenue?s? de)\b"
)
# "ne … pas", "n'… jamais", "ni … ni", "aucun": the clause denies ("ne … que" restricts, it does not deny; "non"
# before a participle, "non tenu en laisse", is the thing's description).
_NEGATION = re.compile(
    r"\bn(?:e\b|')\s*(?:\S+\s+){0,3}?(?:pas|plus|jamais|ni|aucune?s?|rien|nullement|guere)\b"
    r"|\b(?:aucune?s?|nul(?:le)?s?|ni)\b"
)
# A clause's condition or concession, and an exception, to the end of their clause (folded text).
_SUBORDINATE = re.compile(
    r"\b(?:meme |sauf |excepte |hormis |seulement |uniquement )?(?:lorsqu(?:e\b|')|quand\b|si\b|s'(?=il)|des que\b"
    r"|en cas d(?:e\b|')|a condition (?:qu(?:e\b|')|d(?:e\b|'))|malgre\b|bien qu(?:e\b|')|meme avec\b"
    r"|meme sans\b|sauf\b"
    r"|excepte\b|hormis\b|a moins qu(?:e\b|'))[^,;:()]*"
)
_CLAUSE_BREAK = re.compile(r"[,;:()]|\bmais\b|\bet (?=(?:il|elle|vous|on|ils|elles)\b)")
# A condition that restricts ("n'existe que si") against one that concedes ("existe même lorsque").
_RESTRICTS = re.compile(
    r"\bn(?:e\b|')\s*(?:\S+\s+){0,5}?que (?:si|lorsqu|quand|dans|pour|en cas)|\b(?:seulement|uniquement) (?:si|lorsqu"
    r"|quand|en cas)|\ba (?:la seule )?condition (?:qu|d)"
)
# A rule under a condition ("si votre véhicule est immatriculé à votre adresse"), and a draft sentence that gives the
# writer's case its reason ("car votre véhicule est immatriculé chez vos parents", "puisqu'elle n'a pas de
# déchetterie"): the opposite of the rule may be the rule applied to a writer outside its condition.
_CONDITION = re.compile(r"(?<!meme )(?<!sauf )\b(?:si|s'ils?|lorsqu(?:e|')|quand|des que|en cas d(?:e|'))\b")
_CONDITION_CLAUSE = re.compile(_CONDITION.pattern + r"[^,;:()]*")
_REASON = re.compile(
    r"\b(?:car|puisqu(?:e|')|parce qu(?:e|')|comme|etant donne|vu qu(?:e|')|n'etant|etant|faute d(?:e|'))\b"
)
_CONCEDES = re.compile(r"\bmeme (?:si|s'|lorsqu|quand|sans|en l'absence)|\bquel(?:le)?s? que soi(?:t|ent)\b")
# A threshold: a bound's direction, its figure and the unit after it.
_BOUND = re.compile(
    r"\b(?P<word>moins d(?:e|')|inferieure?s? (?:ou egale?s? )?a|au plus|jusqu'a|ne depass\w* pas|maximum de"
    r"|plus d(?:e|')|superieure?s? (?:ou egale?s? )?a|au moins|a partir d(?:e|u|')|au-dela d(?:e|')|minimum de)"
    r"\s*(?P<figure>\d+(?:[.,]\d+)?)\s*(?P<unit>[a-z%€²]+\d?)"
)
_DOWN = re.compile(r"^(?:moins|inferieur|au plus|jusqu|ne depass|maximum)")
_EXCEPTION = re.compile(r"\b(?:sauf|excepte|hormis|a moins qu(?:e\b|'))\s*(?:si\b|s'il\b|pour\b|en cas d\w*)?([^;.]*)")
_ABOUT_WRITER = re.compile(r"\b(?:vous|votre|vos)\b|^\W*(?:oui|non)\b")
# Words that carry polarity or only frame: no content to match clauses on.
_FRAME_WORDS = frozenset(
    "autorise autorisee autorises autorisees autoriser interdit interdite interdits interdites interdire interdiction"
    " permis permise possible librement droit pouvez pourrez peut peuvent necessaire necessaires obligatoire"
    " obligatoires exige exigee exiges exigees devez faut considere consideree pas plus jamais aucun aucune rien"
    " seulement uniquement meme lorsque lorsqu condition".split()
)
# A bare statement is read against another only when neither bounds or denies in other words ("ne peut pas dépasser
# un mois" is "au maximum d'un mois", "ne coûte rien" is "gratuite").
_OTHER_WORDS = re.compile(
    r"\b(?:sans|hors|gratuit\w*|maxim\w*|minim\w*|depass\w*|moins|plus d|inferieur\w*|superieur\w*|exonere\w*"
    r"|seul\w*|uniquement|exclu\w*)\b"
)
_MONTHS = "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre".split()
_MONTH = re.compile(r"\b(" + "|".join(_MONTHS) + r")\b")
_MONTH_RANGE = re.compile(
    r"\b(?:du|de|d')\s*(?:\d+(?:er)? )?("
    + "|".join(_MONTHS)
    + r")\s+(?:au|a|jusqu'au)\s+(?:\d+(?:er)? )?("
    + "|".join(_MONTHS)
    + r")\b"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")  # folded text: no capital to tell a sentence's start
_WORD = re.compile(r"[a-z0-9]+")
SAME_STATEMENT = 0.7  # of two clauses' words together, both must hold for a bare statement to be read against another
MATCH_SHARE = 0.6  # of a draft sentence's content words a source sentence must hold to be the one it rephrases
MATCH_MIN = 2  # and at least so many (a short sentence wholly in a source sentence's words is read too)
CLAUSE_MIN = 2  # content words two clauses share to be read against each other
EXCEPTION_TOLD = 2  # words of a dropped exception the message tells, for the writer to be in it


def _stems(folded: str) -> set[str]:
    return {
        w[:STEM]
        for w in _WORD.findall(folded)
        if w not in CONTENT_STOP_WORDS and w not in _FRAME_WORDS and (len(w) > 2 or w.isdigit())
    }


@dataclass(frozen=True)
class _Clause:
    stems: frozenset[str]
    allowed: int  # +1 allowed, -1 forbidden, 0 silent
    owed: int  # +1 owed, -1 not owed, 0 silent
    stated: int  # +1 said, -1 denied (read when the clause says nothing of permission or duty)
    plain: bool  # says nothing of permission or duty, and neither bounds nor denies in other words


def _clause(text: str) -> _Clause:
    denied = -1 if _NEGATION.search(text) else 1
    sanction_denied = bool(_SANCTION_DENIED.search(text))
    rest = _SANCTION_DENIED.sub(" ", text)
    allowed = -1 if _FORBID.search(rest) else 1 if (_PERMIT.search(rest) or sanction_denied) else 0
    owed = 1 if _DUTY.search(rest) else 0
    plain = not allowed and not owed and not _OTHER_WORDS.search(text)
    return _Clause(frozenset(_stems(text)), allowed * denied, owed * denied, denied, plain)


def _clauses(folded_sentence: str) -> list[_Clause]:
    """The main clauses of a folded sentence, each less its condition, concession or exception."""
    main = _SUBORDINATE.sub(" ", folded_sentence)
    return [_clause(part) for part in _CLAUSE_BREAK.split(main) if len(_stems(part)) >= 1]


def _axis(mine: _Clause, theirs: _Clause) -> tuple[int, int] | None:
    """The two clauses' signs on the axis both speak on, or None when they share none or too few words."""
    shared = mine.stems & theirs.stems
    if not shared:
        return None
    if mine.allowed and theirs.allowed:
        return mine.allowed, theirs.allowed
    if mine.owed and theirs.owed:
        return mine.owed, theirs.owed
    if mine.plain and theirs.plain and len(shared) / len(mine.stems | theirs.stems) >= SAME_STATEMENT:
        return mine.stated, theirs.stated
    return None


def _opposed(mine: _Clause, theirs: list[_Clause]) -> bool:
    """Whether a draft clause says the opposite of a source sentence's clause that shares its words, and of none
    that agrees with it ("vous pouvez contraindre votre voisin à couper les branches …, mais vous n'avez pas le droit
    de les couper vous-même" holds both signs)."""
    signs = [(axis, len(mine.stems & t.stems)) for t in theirs if (axis := _axis(mine, t))]
    if any(a == b for (a, b), _ in signs):
        return False
    return any(a != b and shared >= CLAUSE_MIN for (a, b), shared in signs)


def _agrees(mine: _Clause, theirs: list[_Clause]) -> bool:
    """Whether a draft clause says the same as a source sentence's clause on an axis both speak on."""
    return any(
        (axis := _axis(mine, t)) and axis[0] == axis[1] and len(mine.stems & t.stems) >= CLAUSE_MIN for t in theirs
    )


def _other_case(rule: list[set[str]], reason: bool, conditions: list[set[str]]) -> bool:
    """Whether a draft sentence gives the writer's case a reason, or a condition of its own, beside a source rule
    under a condition: its opposite may then be the rule applied outside it ("Vous ne pouvez pas demander la carte,
    car votre véhicule est immatriculé chez vos parents"). A condition that says the rule's own again ("lorsque le
    propriétaire loue deux nuits" beside "lorsque le propriétaire y loue moins de trois nuits") is the same case."""
    if not rule:
        return False
    if reason:
        return True
    return any(all(len(mine & theirs) < CLAUSE_MIN for theirs in rule) for mine in conditions)


def _bounds(folded: str) -> set[tuple[bool, str, str]]:
    """(downward, figure, unit) for each bound a folded text sets ("moins de 5 m2" is (True, "5", "m2"))."""
    return {
        (bool(_DOWN.match(m.group("word"))), m.group("figure").replace(",", "."), m.group("unit")[:2])
        for m in _BOUND.finditer(folded)
    }


class _SourceSentence:
    """A folded source sentence: its words read at once, the rest only when a draft sentence rephrases it."""

    def __init__(self, folded: str) -> None:
        self.folded = folded
        self.stems = _stems(folded)

    @cached_property
    def clauses(self) -> list[_Clause]:
        return _clauses(self.folded)

    @cached_property
    def bounds(self) -> set[tuple[bool, str, str]]:
        return _bounds(self.folded)

    @cached_property
    def restricts(self) -> bool:
        return bool(_RESTRICTS.search(self.folded))

    @cached_property
    def concedes(self) -> bool:
        return bool(_CONCEDES.search(self.folded))

    @cached_property
    def conditions(self) -> list[set[str]]:
        return [_stems(m.group(0)) for m in _CONDITION_CLAUSE.finditer(self.folded)]

    @cached_property
    def months(self) -> set[str]:
        """The months of the periods the sentence names ("du 15 avril au 30 juin": April to June)."""
        return {
            _MONTHS[(_MONTHS.index(m.group(1)) + i) % 12]
            for m in _MONTH_RANGE.finditer(self.folded)
            for i in range((_MONTHS.index(m.group(2)) - _MONTHS.index(m.group(1))) % 12 + 1)
        }

    @cached_property
    def exception(self) -> set[str]:
        """The words of its exception ("sauf si …") that its rule does not say."""
        found = _EXCEPTION.search(self.folded)
        return _stems(found.group(1)) - _stems(self.folded[: found.start()]) if found else set()


class Opposites:
    """The sources' sentences, read once for all the draft's sentences."""

    def __init__(self, folded_sources: list[str]) -> None:
        self._sources = folded_sources

    @cached_property
    def _sentences(self) -> list[_SourceSentence]:
        return [_SourceSentence(text) for source in self._sources for text in _SENTENCE_END.split(source) if text]

    @cached_property
    def _excepts(self) -> bool:
        return any(_EXCEPTION.search(source) for source in self._sources)

    def _rephrased(self, stems: set[str]) -> list[_SourceSentence]:
        """The source sentences that hold most of a draft sentence's content words."""
        if len(stems) < MATCH_MIN:
            return []
        return [
            s
            for s in self._sentences
            if len(stems & s.stems) >= MATCH_MIN and len(stems & s.stems) / len(stems) >= MATCH_SHARE
        ]

    def opposite(self, folded: str) -> bool:
        """Whether a folded draft sentence says, in a source sentence's words, the opposite of it (see the module)."""
        stems = _stems(folded)
        matched = self._rephrased(stems)
        if not matched:
            return False
        mine = _clauses(folded)
        bounds = _bounds(folded)
        restricts, concedes = bool(_RESTRICTS.search(folded)), bool(_CONCEDES.search(folded))
        months = set(_MONTH.findall(folded))
        reason = bool(_REASON.search(folded))
        conditions = [_stems(m.group(0)) for m in _CONDITION_CLAUSE.finditer(folded)]
        for source in matched:
            reversed_bound = any(
                (not down, figure, unit) in source.bounds and (down, figure, unit) not in source.bounds
                for down, figure, unit in bounds
            )
            if reversed_bound or (months and source.months and not months & source.months):
                # the other side of the source's threshold, or a month outside its period ("en août" beside "du 15
                # avril au 30 juin"): the opposite is the rule, the same is not
                if any(_agrees(m, source.clauses) for m in mine):
                    return True
                continue
            if not _other_case(source.conditions, reason, conditions) and any(
                _opposed(m, source.clauses) for m in mine
            ):
                return True
            if (restricts and source.concedes and not source.restricts) or (
                concedes and source.restricts and not source.concedes
            ):
                return True
        return False

    def dropped_exception(self, folded: str, told_stems: set[str]) -> bool:
        """Whether a folded sentence about the writer's case says a source sentence's rule, in its words and
        polarity, without the exception the message tells the writer is in (see the module)."""
        if not self._excepts or not _ABOUT_WRITER.search(folded) or _EXCEPTION.search(folded):
            return False
        stems = _stems(folded)
        for source in self._rephrased(stems - {s for src in self._sentences for s in src.exception}):
            if not source.exception or len(stems & source.exception) >= EXCEPTION_TOLD:
                continue  # no exception, or the sentence speaks of it
            if len((told_stems - stems) & source.exception) >= EXCEPTION_TOLD:
                return True
        return False


# The writer's question asked or reported back: no statement to oppose (folded text).
_ASKS_BACK = re.compile(
    r"\?\s*$|^\W*(?:vous (?:nous |vous )?(?:demandez|souhaitez|voulez|aimeriez|desirez|interrogez)|votre question)\b"
)


def asks_back(folded: str) -> bool:
    """Whether a folded draft sentence asks, or reports the writer's question, rather than states."""
    return bool(_ASKS_BACK.search(folded))
