"""The writer's resources, work and household said again by a draft (fifty-fifth pass, issue 14).

A model restating a case gives back the writer's money, work and home in its own words, and the check misread a few
of them:

* « vous avez un seul enfant »: the « seul » of one child was read as living alone (`couple`: alone), and no count of
  children was read (`ONE_CHILD_SAID`);
* « nous avons acheté notre maison », « notre prêt immobilier »: a home bought is an owner's, which the message's
  reader did not know (`BOUGHT_HOME`);
* the prime d'activité, the housing aid (APL, ALS, ALF) and a survivor's pension (« pension de réversion ») are
  benefits received like the RSA or the AAH: said by the message, denied by it (« je ne touche aucune aide, ni RSA ni
  prime d'activité ») or not said (`MORE_BENEFITS`), named without a verb of receiving (« je pourrais avoir la
  prime d'activité ») they are not received, and a denial of every aid (« je n'ai perçu aucune allocation en 2022 »,
  maybe bounded in time) does not deny them by name; one listed after « ni » behind a denial is not received either
  (`DENIED_BY_NI`; before the RSA or the ARE, « ni » stays `negations.NI_NEGATES`'s);
* « une part de loyer de 300 € » is the writer's share, not the rent of the home: compared only with a share the
  message gives, or works out (« le loyer est de 1 100 € et on paie moitié-moitié », « partagé à trois »)
  (`RENT_SHARE`);
* a salary and an income are the same money when the message tells only earnings (« mon revenu annuel est de
  16 500 € » / « vous gagnez 1 800 € par mois »): the sums check compared them only within one kind of money
  (`EARNINGS_AS_ONE`);
* a contract the message does not give (« vous êtes en CDI » to « je travaille dans un supermarché ») leaves the
  sentence open, as a duration or hours do: the activity it implies (a salaried worker) no longer makes it good
  (`CONTRACT_AS_DETAIL`); « un contrat de six mois » is a CDD (`FIXED_TERM_BY_LENGTH`).

Texts are folded (`guichet.text.fold`), numbers in digits. Each switch is read at call time, so the lead can measure
each way:"""

import re
from dataclasses import replace
from typing import Any

from guichet.drafting.persona.lexicon import BENEFIT, CONSISTENT, UNSUPPORTED
from guichet.drafting.persona.model import Trait

# « un seul enfant », « une seule fille », « enfant unique » in a draft: one child, and no writer living alone.
ONE_CHILD_SAID = True
# « nous avons acheté notre maison », « mon crédit immobilier »: the writer owns their home.
BOUGHT_HOME = True
# The prime d'activité, the housing aid and a survivor's pension read as benefits received.
MORE_BENEFITS = True
# « je ne touche aucune aide, ni RSA ni prime d'activité »: a benefit after « ni », behind a denial, is not received.
DENIED_BY_NI = True
# « ma part de loyer de 300 € », « votre part du loyer »: a share of the rent is no rent of the home, and is compared
# only with a share the message gives.
RENT_SHARE = True
# A salary, an income and earnings are one kind of money where the message tells no other money of the writer's.
EARNINGS_AS_ONE = True
# « un contrat de six mois », « un contrat d'un an »: a contract with its length is a fixed-term one (a CDD).
FIXED_TERM_BY_LENGTH = True
# A contract the message does not give leaves the sentence open (a detail, as `claims._DETAILS`).
CONTRACT_AS_DETAIL = True

# « un seul », « une seule », « votre seul », « le seul », « vos seules »: "only", not "alone".
_ONLY = re.compile(r"\b(?:un|une|d.un|d.une|votre|vos|le|la|les|l.|mon|ma|mes|son|sa|ses|notre|nos)\s+seule?s?\b")
_ONE_CHILD = re.compile(
    r"\b(?:un seul|une seule)\s+(?:enfant|fils|fille|garcon)\b|\b(?:enfant|fils|fille)\s+unique\b"
    r"|\b(?:qu.un|qu.une)\s+(?:seule?\s+)?(?:enfant|fils|fille)\b"
)
_HOME_WORD = r"(?:maison|appartement|appart|logement|pavillon|studio|t\d|f\d|residence principale)"
_BOUGHT = re.compile(
    rf"\b(?:j.ai|nous avons|on a|avons|ai)\s+(?:\w+\s+){{0,2}}?(?:achete|acquis|fait construire)\s+"
    rf"(?:notre|mon|ma|un|une|la|le|l.|cette|ce)\s*(?:\w+\s+){{0,2}}?{_HOME_WORD}\b"
    rf"|\b(?:notre|mon|ma)\s+(?:pret|credit|emprunt)\s+immobilier\b"
    rf"|\b(?:l.achat|l.acquisition)\s+de\s+(?:notre|mon|ma)\s+{_HOME_WORD}\b"
)
_BENEFITS = {
    "activity_bonus": r"prime d.activite",
    "housing_aid": r"(?:les\s+)?\bapl\b|\bals\b|\balf\b|aides? (?:personnalisees? )?au logement"
    r"|allocations? (?:de )?logement",
    "survivor_pension": r"pension de reversion",
}
# « ni » right before a benefit, and a denial earlier in its clause (« ne », « n' », « aucun », « rien », « pas »).
_NI = re.compile(r"\bni\s+(?:le |la |l.|les |de |d.)?$")
_DENIAL = re.compile(r"\bn['’]|\b(?:ne|aucune?|rien|pas|sans|jamais)\b")
# « part de / du » or « quote-part de » right before « loyer ».
_SHARE_BEFORE = re.compile(r"\b(?:quote-)?parts?\s+(?:de|du|d.)\s*(?:mon |notre |votre |le )?$")
# How the rent is divided, in the sentence of its sum (« on paie moitié-moitié », « nous le partageons à trois »).
_HALF = re.compile(r"\bmoitie[- ]moitie\b|\b(?:a|pour|par) moitie\b|\b50 ?/ ?50\b")
_SPLIT = re.compile(
    r"\b(?:partag\w*|divis\w*|reparti\w*)\b[^.;!?\n]{0,30}?\b(?:a|en|entre|par)\s+(deux|trois|quatre|cinq|[2-6])\b"
)
_SPLIT_WORDS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5}
_FIXED_TERM = re.compile(
    r"\bcontrat (?:de travail )?(?:de|d.)\s*(?:un|une|\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|"
    r"dix-huit)\s+(?:mois|ans?|semaines?)\b"
)
# The contracts of the public service: said by the activity (« fonctionnaire », « contractuel ») as much as by a word.
_PUBLIC = {"tenured", "contractual"}
# A verb of receiving, a possessive or « garder » before a benefit of `_BENEFITS` (« je touche les APL », « ma
# pension de réversion »), not a right or a hope (« je pourrais avoir la prime d'activité », « ai-je droit à l'APL »).
_RECEIVED = re.compile(
    r"\b(?:touche|touchons|touchait|percois|percevons|recois|recevons|beneficie|beneficions|suis|sommes|ai|avons|a)"
    r"\s+(?:deja\s+|aussi\s+|encore\s+|toujours\s+|bien\s+)?(?:de\s+|d.|la\s+|le\s+|l.|les\s+|une\s+|un\s+)?"
    r"(?:\d[\d\s]*(?:€|euros?)\s+(?:de\s+|d.)?)?$"
    r"|\b(?:ma|mon|mes|notre|nos)\s+$|\b(?:garder|conserver|garde|conserve)\s+(?:l.|la\s+|le\s+|les\s+)?$"
)
# The kinds of money that are the writer's earnings (`amounts._KINDS`), and those that are other money.
_EARNINGS = {"salary", "income", "earnings"}


def without_only(clause: str) -> str:
    """A folded clause with its « seul » of "only" blanked (« un seul enfant »), so that it says no one alone."""
    if not ONE_CHILD_SAID:
        return clause
    return _ONLY.sub(lambda m: " " * len(m.group()), clause)


def one_child(clause: str) -> bool:
    """Whether a folded draft clause gives the writer one child (« un seul enfant », « votre fils unique »)."""
    return ONE_CHILD_SAID and bool(_ONE_CHILD.search(clause))


def bought_home(folded: str) -> bool:
    """Whether a folded message says the writer bought their home or pays off a mortgage."""
    return BOUGHT_HOME and bool(_BOUGHT.search(folded))


def benefits() -> dict[str, str]:
    """The benefits read: `lexicon.BENEFIT`, and this module's when its switch is on."""
    return {**BENEFIT, **_BENEFITS} if MORE_BENEFITS else BENEFIT


def unreceived(folded: str, start: int, value: str) -> bool:
    """Whether a benefit of `_BENEFITS` named at `start` of a folded message is not said received there (no verb of
    receiving right before it: « je pourrais avoir la prime d'activité »)."""
    if value not in _BENEFITS or not MORE_BENEFITS:
        return False
    return not _RECEIVED.search(folded[max(0, start - 60) : start])


def denied_by_ni(folded: str, start: int, value: str) -> bool:
    """Whether a benefit of `_BENEFITS` named at `start` of a folded message follows « ni » behind a denial of its
    sentence (the benefits of `lexicon.BENEFIT` are `negations.NI_NEGATES`'s)."""
    if not DENIED_BY_NI or value not in _BENEFITS:
        return False
    clause = re.split(r"[.;?!\n]|\bmais\b", folded[max(0, start - 90) : start])[-1]
    ni = _NI.search(clause)
    return bool(ni and _DENIAL.search(clause[: ni.start()]))


def named_only(value: str) -> bool:
    """Whether a benefit is one of `_BENEFITS`: contradicted only where the message denies it by name or after
    « ni », not by a denial of every aid (« je n'ai perçu aucune allocation en 2022 » is bounded in time, which
    `denied_things` reads)."""
    return MORE_BENEFITS and value in _BENEFITS


def rent_share(text: str, rent: re.Match[str]) -> bool:
    """Whether a rent found at `rent` in a folded text (a match starting on « loyer » or on its sum) is a share of it
    (« ma part de loyer de 300 € »)."""
    if not RENT_SHARE:
        return False
    word = text.find("loyer", rent.start(), rent.end() + 1)
    return word >= 0 and bool(_SHARE_BEFORE.search(text[max(0, word - 30) : word]))


def rent_shares(folded: str, sums: list[Any]) -> list[Any]:
    """The writer's share of a rent the message divides (« le loyer est de 1 100 € en tout et on paie
    moitié-moitié » → 550 €): for the largest rent of each sentence that says how it is divided, a sum of the kind
    "rent_share" (`amounts.Sum`, its sentence number negative and its own, as `computed.derived_sums` does)."""
    if not RENT_SHARE:
        return []
    out: list[Any] = []
    rents = [s for s in sums if s.kind == "rent" and s.sentence >= 0]
    for number in sorted({s.sentence for s in rents}):
        told = max((s for s in rents if s.sentence == number), key=lambda s: s.value)
        start = max(folded.rfind(c, 0, told.start) for c in ".;!?\n") + 1
        end = min((i for i in (folded.find(c, told.start) for c in ".;!?\n") if i >= 0), default=len(folded))
        sentence = folded[start:end]
        split = _SPLIT.search(sentence)
        parts = 2 if _HALF.search(sentence) else 0
        if split and not parts:
            parts = _SPLIT_WORDS.get(split.group(1)) or int(split.group(1))
        if parts:
            out.append(replace(told, value=round(told.value / parts, 2), kind="rent_share", sentence=-101 - len(out)))
    return out


def share_kind(text: str, start: int, kind: str) -> str:
    """The kind of money named at `start` of a folded text: "rent_share" for a rent said as a share, else `kind`."""
    if RENT_SHARE and kind == "rent" and _SHARE_BEFORE.search(text[max(0, start - 30) : start]):
        return "rent_share"
    return kind


def same_earnings(kind: str, told: list[str]) -> bool:
    """Whether a draft's sum of earnings (`kind`) meets the message's earnings of another name (`told`, the kinds of
    the writer's own sums), the message telling no other money of the writer's."""
    if not EARNINGS_AS_ONE or kind not in _EARNINGS or not told:
        return False
    kinds = set(told) - {""}
    return bool(kinds) and kinds <= _EARNINGS and kind not in kinds


def fixed_terms(folded: str) -> list[re.Match[str]]:
    """Where a folded message names a contract by its length (« un contrat de six mois »): a CDD, the caller checks
    that it is the writer's now."""
    return list(_FIXED_TERM.finditer(folded)) if FIXED_TERM_BY_LENGTH else []


def contract_open(verdicts: dict[Trait, str]) -> dict[Trait, str]:
    """The verdicts of a draft sentence with those found said made unsupported where it gives a private contract
    the message does not give (a civil servant's tenure is the activity itself: « fonctionnaire titulaire »)."""
    if not CONTRACT_AS_DETAIL:
        return verdicts
    if not any(t.kind == "contract" and t.value not in _PUBLIC and v == UNSUPPORTED for t, v in verdicts.items()):
        return verdicts
    return {t: UNSUPPORTED if v == CONSISTENT else v for t, v in verdicts.items()}
