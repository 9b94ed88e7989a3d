"""Answers told in the negative or under a condition (fifty-third pass, engineer-d84; read by
`guichet.drafting.asked`).

Asked « est-ce que je perds le régime tout de suite ? », a draft answered « Vous ne perdrez pas le régime de la
micro-entreprise dès cette année », with no source; asked « est-ce que la mairie a le droit de refuser d'inscrire mon
fils à la cantine ? », « La mairie ne peut pas refuser l'inscription de votre fils » ; asked « je voudrais savoir si je
garde la demi-part », « Si vous avez élevé seule un enfant pendant au moins cinq ans, vous conserverez cette
demi-part ». Each is a yes or a no with nothing behind it, and each passed (corpora/asked d84, d82-009, d82-015): the
verdicts (`asked_verdicts`) read the case's future on « vous serez », « vous toucherez »… but not « vous ne
perdrez pas » nor « vous n'aurez pas à payer » (an elided « n' » and a verb outside their list); a permission only
for the writer or a relative, not « la CAF ne peut pas prélever »; and a sentence that opens on « si vous… » or
holds « que si » was read as a condition, which asserts nothing, whatever its main clause promised.

Three readings, each behind its switch, read at call time:

- `NEGATED_FUTURE`: a future of the writer's case in the negative — « vous ne perdrez pas », « vous ne paierez
  rien », « vous n'aurez pas à payer », « vous n'aurez pas de décote », « … ne vous coûtera rien » — whose verb (or,
  after « vous n'aurez pas à / de », the word that follows) is a word of what the message asks, is the case's
  future: a verdict, flagged unless one source gives most of its words (`asked_verdicts.unsourced_verdict`).
  « Vous n'aurez pas de réponse avant… », said of nothing the message asks, is left to the other readings; so is
  the answer to « dois-je … ? » (`asked_duty`, and the question's words, read it: read as a future, « vous n'aurez
  pas à payer de taxe » beside a passage on that tax lost q14-011).
- `THIRD_PARTY_DENIAL`: someone other than the writer — a body, an employer, a landlord, « il », « elle » — who
  « ne peut pas », « ne pourra pas », « n'a pas le droit de » do what the message asks about (the verb is one of the
  question's words), and « rien ne vous empêche de » / « rien ne s'oppose à » doing it, is a permission settled one
  way: a verdict, read as « vous pouvez partir » is. After « faire », « prendre », « avoir » the word that follows
  says the act (« faire du bénévolat »); a passive (« ne peut pas vous être retirée ») is no one's permission and is
  left to the other readings.
- `CONDITIONED_VERDICT`: a verdict after a condition that opens the sentence (« Si votre médecin a coché sorties
  libres, vous pourrez partir chez votre fille »), or before « que si » (« Vos enfants ne perdront la bourse que si
  les revenus dépassent le plafond »), is read on its main clause, when that clause speaks of what the message asks
  and the condition holds none of the question's answer words: the condition is the draft's own, the answer is
  still given. A condition that is what the writer asks (« Si votre dossier a été transmis, vous recevrez la
  décision » to « a-t-il été transmis ? ») keeps its sentence a condition, and a step after a condition (« si vous
  n'avez pas de réponse, n'hésitez pas… ») is no statement (`asked._is_statement`).

Costs and gains are measured in docs/benchmarks.md (fifty-third pass, engineer-d84). Folded text throughout.
Flagged for the agent, never removed, as the rest of the check. Deterministic.
"""

import re

from guichet.drafting.support import STEM

NEGATED_FUTURE = True  # « vous ne perdrez pas », « vous n'aurez pas à payer »: the case's future, a verdict
THIRD_PARTY_DENIAL = True  # « la mairie ne peut pas refuser », « rien ne vous empêche de »: a permission settled
CONDITIONED_VERDICT = True  # « si …, vous conserverez … », « … ne perdront … que si … »: read on the main clause

KIND_FUTURE = "future"  # the verdict kinds of `asked_verdicts` these readings give
KIND_PERMISSION = "permission"

_NEGATION = r"(?:pas|plus|jamais|rien|aucune?|nullement|guere)"
# « vous ne perdrez pas », « vous ne la paierez plus », « vous n'aurez pas à payer », « vous n'aurez pas de décote »
# (folded): the verb in the future, and the word after « à » / « de » for « avoir » and « être ».
_SECOND_FUTURE = re.compile(
    rf"\bvous (?:ne |n')(?:vous |le |la |les |l'|en |y |lui |leur )?([a-z]{{2,}}rez) {_NEGATION}\b"
    r"(?: (?:plus |non plus |du tout |besoin )?(?:a |de |d'|a (?:la |le |l')?|de (?:la |le |l')?)([a-z]{3,}))?"
)
# « … ne vous coûtera rien », « ne vous sera pas réclamée » (folded): a future said of a thing toward the writer.
_TOWARD_WRITER = re.compile(rf"\bne vous ([a-z]{{3,}}(?:ra|ront)) {_NEGATION}\b(?: ([a-z]{{3,}}))?")
# Futures whose stem says nothing: the word after them is read instead.
_AUXILIARY_FUTURES = frozenset("aurez serez ferez aura auront sera seront fera feront".split())
# Irregular futures, to the first letters of their infinitive (folded).
_IRREGULAR = {"paie": "pay", "enver": "envo", "tiend": "ten", "viend": "ven", "recev": "recev", "verr": "voi"}
_FUTURE_ENDINGS = ("erez", "irez", "rez", "eront", "iront", "ront", "era", "ira", "ra")
ROOT_LETTERS = 4  # a verb's root and a question's word agree on this many first letters: « perdr » / « perds »

# « la mairie ne peut pas refuser », « il ne pourra pas vous licencier », « la CAF n'a pas le droit de prélever »
# (folded): the denied verb; the subject is not « vous » (« vous ne pouvez pas » is `asked_verdicts`' own).
_THIRD_DENIED = re.compile(
    r"(?<!\bvous )\bne (?:peut|peuvent|pourra|pourront|pourrait|pourraient) "
    r"(?:pas|plus|jamais|en aucun cas|aucunement)(?: legalement| donc)? "
    r"(?:vous |v'|en |y |le |la |les |l'|se |s'|lui |leur |me |m')?([a-z]{3,})"
    r"|\bn'(?:a|ont|aura|auront) pas le droit de (?:vous |v'|le |la |les |l'|se |s'|lui |leur )?([a-z]{3,})"
)
# « rien ne vous empêche de travailler », « rien ne s'oppose à la signature d'une rupture » (folded).
_NOTHING_STOPS = re.compile(
    r"\brien ne (?:vous |l'|le |la |les )?(?:empeche|empechera|interdit|interdira) (?:de |d')"
    r"(?:vous |le |la |les |l')?([a-z]{3,})"
    r"|\brien ne s'oppose(?:ra)? a (?:la |le |l'|ce que vous |votre |vos )?([a-z]{3,})"
)
# After a light verb, the word that follows says the act: « faire du bénévolat », « prendre un congé » (folded).
_LIGHT_VERBS = frozenset("faire fait prendre avoir".split())
# « ne peut pas vous être retirée »: a passive says what the thing is, not what someone may do (q21-012, a sourced
# sentence beside the passage's own rule, was flagged when the participle was read as the act).
_PASSIVE = "etre"
_NEXT_WORD = re.compile(r"\s+(?:(?:du|de la|des|de|un|une|le|la|les|son|sa|ses|votre|vos) |d'|l')?([a-z]{3,})")
_OPENING_CONDITION = re.compile(r"^\W*(?:meme )?si\b([^,;:]*),\s*")  # « si …, » that opens the sentence
_ONLY_IF = re.compile(r"^(.{12,}?)\s+que si\b(.*)$")  # « … ne perdront la bourse que si … »
_WORD = re.compile(r"[a-z0-9]+")


def _root(verb: str) -> str:
    """The first letters of a future's infinitive: « perdrez » → « perd », « paierez » → « pay »."""
    for ending in _FUTURE_ENDINGS:
        if verb.endswith(ending) and len(verb) - len(ending) >= 3:
            root = verb[: -len(ending)]
            return _IRREGULAR.get(root, root)
    return verb


def _asks(word: str, asked: set[str], *, future: bool = False) -> bool:
    """Whether a word (a future's verb when `future`) is one of the question's words (`asked`: its stems)."""
    if not word:
        return False
    if future:
        root = _root(word)[:ROOT_LETTERS]
        return len(root) >= 3 and any(stem.startswith(root) for stem in asked)
    return word[:STEM] in asked


def negated_future(folded: str, asked: set[str]) -> bool:
    """Whether a folded sentence says the writer's case will not get, lose, pay or have what the message asks
    about (`NEGATED_FUTURE`)."""
    if not NEGATED_FUTURE:
        return False
    for pattern in (_SECOND_FUTURE, _TOWARD_WRITER):
        for found in pattern.finditer(folded):
            verb, after = found.group(1), found.group(2) or ""
            if verb in _AUXILIARY_FUTURES:
                if _asks(after, asked) or _asks(after, asked, future=True):
                    return True
            elif _asks(verb, asked, future=True):
                return True
    return False


def denied_permission(folded: str, asked: set[str]) -> bool:
    """Whether a folded sentence settles whether someone other than the writer may do what the message asks about
    (« la mairie ne peut pas refuser », « rien ne vous empêche de … »; `THIRD_PARTY_DENIAL`)."""
    if not THIRD_PARTY_DENIAL:
        return False
    for pattern in (_THIRD_DENIED, _NOTHING_STOPS):
        for found in pattern.finditer(folded):
            verb = found.group(1) or found.group(2) or ""
            if verb == _PASSIVE:
                continue
            following = _NEXT_WORD.match(folded, found.end()) if verb in _LIGHT_VERBS else None
            said = following.group(1) if following else verb
            if _asks(said, asked) or _asks(said, asked, future=True):
                return True
    return False


def kind(folded: str, asked: set[str], duty_asked: bool = False) -> str:
    """The verdict kind these readings give a folded sentence (`asked_verdicts.verdict_kind`'s), or ""; to a
    message that asks a duty (« dois-je payer … ? », `duty_asked`) « vous n'aurez pas à payer » is the duty's answer,
    which `asked_duty` and the question's words read: no future."""
    if not duty_asked and negated_future(folded, asked):
        return KIND_FUTURE
    if denied_permission(folded, asked):
        return KIND_PERMISSION
    return ""


def main_after_condition(folded: str, verdict_kind: str, asked: set[str], answer_words: set[str]) -> str:
    """The main clause of a verdict given under the draft's own condition (`CONDITIONED_VERDICT`), or "": after
    « si …, » or before « que si », when it speaks of what the message asks (`asked`: its stems) and the condition
    holds none of the question's answer words (`answer_words`)."""
    if not CONDITIONED_VERDICT or not verdict_kind:
        return ""
    opening = _OPENING_CONDITION.match(folded)
    only_if = None if opening else _ONLY_IF.match(folded)
    if opening:
        condition, main = opening.group(1), folded[opening.end() :]
    elif only_if:
        main, condition = only_if.group(1), only_if.group(2)
    else:
        return ""
    if _stems(condition) & answer_words or not _stems(main) & asked:
        return ""
    return main.strip()


def _stems(folded: str) -> set[str]:
    return {w[:STEM] for w in _WORD.findall(folded) if len(w) > 2}
