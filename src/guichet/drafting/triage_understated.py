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
"""

# Off switch for the three families, read once when `triage_distress_rules` builds its tables at import: set it
# before that import (or edit it here); changing it at run time does not remove patterns already compiled.
UNDERSTATED_RULE = True

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
