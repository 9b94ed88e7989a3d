"""Danger said in one flat sentence by people who do not complain (forty-first pass, engineer-eb, issue 12): farm
workers, lorry drivers, fathers, old soldiers, builders who tell a real danger beside a practical question, with no
word of the other rules — no "envie de mourir", no "frappé", no "rien à manger". Three families, each a distress rule
(`triage_distress_rules.DISTRESS_RULES`, read where `UNDERSTATED_RULE`):

* ``LOADED_WEAPON`` (kind "suicide"): a gun said loaded at home ("le fusil est chargé dans l'entrée", "j'ai chargé
  la carabine"). A hunter's questions say "déchargé", "non chargé", "transporter"; none says a gun *is* loaded.
* ``UNSURE_ACT`` (kind "suicide" for the writer, "violence" for another person): what one will do, or what he will
  do, not known when an event comes ("je ne sais pas ce que je ferai quand ils arriveront", "s'il voit ce courrier je
  ne sais pas ce qu'il fera"). Only with a condition in the same sentence (si, s'il, quand, lorsque, le jour où): "je
  ne sais pas ce que je ferai l'an prochain" and "… à votre place" stay calm.
* ``PILLS_TAKEN`` (kind "suicide"): pills swallowed lately, said as news ("mon fils a avalé les cachets de sa mère
  hier soir", "j'ai pris toute une plaquette cette nuit"); a time of these hours is required, so a past poisoning
  told for its hospital bill ("en juillet il a avalé des comprimés de sa grand-mère") is not read.

Measured on train + validation (the test split unread): see the forty-first pass in docs/benchmarks.md. Patterns on
folded text (`triage_cues.fold`); pure strings, no model.

Forty-second pass (engineer-ej): the families are no longer compiled into `triage_distress_rules._DISTRESS` at
import; `triage()` asks `understated_hits(kind, text)` at every call, which reads `UNDERSTATED_RULE` then, so turning
it off at run time (a test's `monkeypatch.setattr`) really removes them. `UNSURE_SELF` is narrowed where
`SELF_MEASURED_RULE`: a worry about money or a benefit cut ("si vous me coupez l'APL je ne sais pas ce que je ferai,
mais …") is no danger said of oneself (`_measured_worry`). A gun aimed at others is read by `triage_threat_aimed`.
"""

import re

from guichet.drafting.triage_matching import Patterns, _compiled

# Off switch for the three families, read at every call of `understated_hits` (forty-second pass: a real run-time
# switch; before it, it was read once when `triage_distress_rules` compiled its tables at import).
UNDERSTATED_RULE = True
# Forty-second pass, engineer-ej: `UNSURE_SELF` not read on a worry about money or a benefit cut, nor when the
# sentence turns at once to a practical matter ("…, mais bon, voici mes bulletins").
SELF_MEASURED_RULE = True

_WEAPON = r"(?:fusils?|carabines?|pistolets?|revolvers?|armes?(?! (?:blanches?|de service)))"
LOADED_WEAPON: tuple[str, ...] = (
    rf"\b(?:le|mon|un|son|du|les|mes|l') ?{_WEAPON}\b(?: \w+){{0,2}} (?:est|sont|reste|restent|etait)"
    r" (?:deja |toujours |bien )?charge(?:e|s|es)?\b(?! (?:de|d'|du|des)\b)",
    rf"\bj'ai (?:re)?charge (?:le|mon|la|son|l') ?{_WEAPON}\b",
)

# The writer's own future state is no event that comes ("quand je serai à la retraite", "si j'ai mon diplôme").
_OWN_FUTURE = r"(?! ?(?:je|j'|on) ?(?:ne )?(?:serai|serais|aurai|aurais|suis|ai|demenage|pars|partirai|prendrai)\b)"
_CONDITION = rf"(?:\bsi\b|\bs'ils?\b|\bquand\b|\blorsqu\w*|\ble jour ou\b){_OWN_FUTURE}"
_I_WILL = r"\bje (?:ne )?(?:sais|sait|sai) (?:pas|plus|pa) ce que (?:je|j') ?(?:ferai|ferais|vais faire)\b"
_HE_WILL = r"\bje (?:ne )?(?:sais|sait|sai) (?:pas|plus|pa) ce qu'(?:il|elle|ils) (?:fera|ferait|feront|va faire)\b"
# Not an object after the verb ("ce qu'il fera de l'appartement", "ce que je ferai avec la prime").
_NO_OBJECT = r"(?! (?:de|d'|du|des|avec|comme|pour|a votre place|a sa place|a leur place|en premier|ensuite)\b)"
UNSURE_SELF: tuple[str, ...] = (
    rf"{_CONDITION}[^.!?\n]{{0,80}}{_I_WILL}{_NO_OBJECT}",
    rf"{_I_WILL}{_NO_OBJECT}[^.!?\n]{{0,4}} {_CONDITION}",
)
UNSURE_OTHER: tuple[str, ...] = (
    rf"{_CONDITION}[^.!?\n]{{0,80}}{_HE_WILL}{_NO_OBJECT}",
    rf"{_HE_WILL}{_NO_OBJECT}[^.!?\n]{{0,4}} {_CONDITION}",
)

_PILLS = r"(?:cachets|comprimes|medicaments|pilules|somniferes|gelules|anxiolytiques)"
_SWALLOWED = (
    rf"\b(?:a|ai|as|ont|avons|avez) (?:avale (?:les|des|tous les|toutes les|plusieurs|une plaquette de"
    rf"|une boite de|toute une plaquette de)|pris (?:tous les|toutes les|une plaquette de|toute une plaquette de"
    rf"|une boite de|toute une boite de)) {_PILLS}\b"
)
_THESE_HOURS = (
    r"\b(?:hier soir|cette nuit|ce matin|ce soir|cet apres-midi|tout a l'heure|il y a (?:une|deux|trois|\d) h)"
)
PILLS_TAKEN: tuple[str, ...] = (
    rf"{_SWALLOWED}[^.!?\n]{{0,60}}{_THESE_HOURS}",
    rf"{_THESE_HOURS}\w*[^.!?\n]{{0,60}}{_SWALLOWED}",
)


def understated_rules(kind: str) -> tuple[str, ...]:
    """The patterns this module adds to a distress kind ("suicide" or "violence"); none when the switch is off."""
    if not UNDERSTATED_RULE:
        return ()
    if kind == "suicide":
        return (*LOADED_WEAPON, *UNSURE_SELF, *PILLS_TAKEN)
    if kind == "violence":
        return UNSURE_OTHER
    return ()


_LOADED = _compiled(LOADED_WEAPON)
_SELF = _compiled(UNSURE_SELF)
_PILLS_NOW = _compiled(PILLS_TAKEN)
_OTHER = _compiled(UNSURE_OTHER)

# What the writer is unsure of doing comes after a cut of money or of a benefit by the office, or a bill: "si vous me
# coupez l'APL", "si la CAF supprime mes allocations", "si le RSA est suspendu", "si je dois rembourser". The danger
# of the other rules (a gun, dark thoughts, "fatiguée de tout") is read by them, not here.
_MONEY_CONDITION = re.compile(
    r"\b(?:si|s'ils?|quand|lorsqu\w*)\b[^.!?\n]{0,50}?\b(?:"
    r"(?:coup\w*|supprim\w*|suspend\w*|arret\w*|retir\w*|baiss\w*|diminu\w*|refus\w*|enlev\w*|bloqu\w*"
    r"|stopp\w*|perd\w*|rembours\w*|recuper\w*|preleve\w*)\b[^.!?\n]{0,30}?\b(?:apl|als|alf|rsa|aah|ass|are"
    r"|allocs?|allocations?|aides?|prestations?|prime|pension|indemnites?|chomage|bourse|droits|versements?"
    r"|paiements?|salaire|loyer|trop-percu|indu)\b"
    r"|(?:apl|rsa|aah|allocs?|allocations?|aides?|prestations?|prime|pension|indemnites?|chomage|bourse|droits"
    r"|versements?)\b[^.!?\n]{0,20}?\b(?:coupee?s?|supprimee?s?|suspendue?s?|arretee?s?|baissee?s?|refusee?s?"
    r"|diminuee?s?|bloquee?s?)\b)"
)
# Forty-third pass (engineer-en): the end of a right is a cut too — a residence permit not renewed or expired, a
# reversion removed, rights or a contract that end ("si mon titre n'est pas renouvelé", "quand la réversion sera
# supprimée", "si mes droits s'arrêtent"). Read where `RIGHTS_END_WORRY`.
RIGHTS_END_WORRY = True
_RIGHT = (
    r"(?:titres?(?: de sejour)?|cartes? de (?:sejour|resident)|recepisses?|visas?|autorisations? de (?:travail|sejour)"
    r"|reversions?|pensions? de reversion|droits|contrats?|cdd|allocations? chomage|asf)"
)
_ENDS = (
    r"(?:(?:ne )?(?:sont|est|sera|seront|etait) (?:pas |plus )?(?:renouvelee?s?|prolongee?s?|accordee?s?|supprimee?s?"
    r"|refusee?s?|retiree?s?|arretee?s?|terminee?s?|coupee?s?|suspendue?s?)"
    r"|(?:expire\w*|s'arret\w*|se termin\w*|prend\w* fin|finiss?\w*|tombe\w* a l'eau))"
)
_RIGHT_END_CONDITION = re.compile(
    rf"\b(?:si|s'ils?|quand|lorsqu\w*)\b[^.!?\n]{{0,40}}?\b{_RIGHT}\b[^.!?\n]{{0,30}}?\b{_ENDS}"
    rf"|\b(?:si|s'ils?|quand|lorsqu\w*)\b[^.!?\n]{{0,20}}?\b(?:on|vous|la prefecture|la caf|ils) (?:ne )?"
    rf"(?:me |nous )?(?:renouvel\w*|prolong\w*|retir\w*|supprim\w*|refus\w*|arret\w*)\b(?: pas)?"
    rf"[^.!?\n]{{0,20}}?\b{_RIGHT}\b"
)
# The sentence turns at once to a practical matter: "je ne sais pas ce que je ferai, mais bon, je vous envoie …".
_PRACTICAL_TURN = re.compile(r"^\s*[,;:]?\s*(?:mais|par contre|en attendant|du coup|donc)\b")


def _measured_worry(text: str, match: re.Match[str]) -> bool:
    """An `UNSURE_SELF` match that says a worry, not a danger: its sentence turns at once to a practical matter, or
    the condition is a cut of money or of a benefit."""
    if _PRACTICAL_TURN.match(text[match.end() : match.end() + 30]):
        return True
    start = max(text.rfind(stop, 0, match.start()) for stop in ".!?\n") + 1
    ends = [found for found in (text.find(stop, match.end()) for stop in ".!?\n") if found != -1]
    sentence = text[start : min(ends, default=len(text))]
    if RIGHTS_END_WORRY and _RIGHT_END_CONDITION.search(sentence):
        return True
    return _MONEY_CONDITION.search(sentence) is not None


def _first(patterns: Patterns, text: str) -> list[re.Match[str]]:
    return [m for m in (p.search(text) for p in patterns) if m]


def understated_hits(kind: str, text: str) -> list[str]:
    """What this module's families find in a (folded) text for a distress kind; the switches are read now, at
    each call, so a test or an operator can turn them off at run time."""
    if not UNDERSTATED_RULE:
        return []
    if kind == "violence":
        return [m.group() for m in _first(_OTHER, text)]
    if kind != "suicide":
        return []
    unsure = _first(_SELF, text)
    if SELF_MEASURED_RULE:
        unsure = [m for m in unsure if not _measured_worry(text, m)]
    return [m.group() for m in (*_first(_LOADED, text), *unsure, *_first(_PILLS_NOW, text))]


def measured_worries(text: str) -> list[str]:
    """The `UNSURE_SELF` matches of a (folded) text that say a worry, not a danger (`_measured_worry`: a cut of money
    or of a benefit, or a turn at once to a practical matter), whatever the switches: `triage_worry` reads them as no
    threat either (forty-third pass)."""
    return [m.group() for m in _first(_SELF, text) if _measured_worry(text, m)]


def loaded_or_unsure_hits(text: str) -> list[str]:
    """The hits of `LOADED_WEAPON` and `UNSURE_SELF` alone (what a gun aimed at others makes the writer seem to say
    of themselves: `triage_threat_aimed`), whatever the switches."""
    return [m.group() for m in (*_first(_LOADED, text), *_first(_SELF, text))]


def understated_patterns(kind: str) -> Patterns:
    """The compiled patterns of a kind (for `_all_before`), none when `UNDERSTATED_RULE` is off now."""
    if not UNDERSTATED_RULE:
        return ()
    if kind == "suicide":
        return (*_LOADED, *_SELF, *_PILLS_NOW)
    if kind == "violence":
        return _OTHER
    return ()
