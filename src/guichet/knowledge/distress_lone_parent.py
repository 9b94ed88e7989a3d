"""Fortieth pass (engineer-r64): a parent left alone with the children, the other parent giving nothing — the need of
F815 « Allocation de soutien familial (ASF) : parents séparés » — read before "plus aucune ressource".

A separation told as a story ("Le père de mes deux filles est parti en février, il ne donne plus rien… Il n'y a pas
de jugement, on n'était pas mariés"; "Il ne donne rien, pas un centime depuis qu'il est parti"; "une aide de la Caf
quand un parent ne participe plus du tout à l'entretien des enfants") never names the ASF, and the story's hardship
(no income, the rent, meals skipped) reads "plus aucune ressource", whose pointer is the RSA: on train + validation
of `corpora/retrieval/` F815 was not among the first 30 fiches of such messages (ret-v16-057, r64-001). The fiche
says the need in its description: « L'ASF est versée pour élever un enfant privé de l'aide de l'un de ses parents ».
`LONE_PARENT` is read before the hardship (the first situation recognised is the main one, `rerank`), F815 its fiche.

Only the other parent of the writer's children, after a departure or a separation (a lookahead for either), and only
"nothing": "il ne donne plus rien", "pas un centime depuis qu'il est parti", "ne participe plus à l'entretien des
enfants". Not a pension fixed by a judge and paid late or not at all ("il ne paie plus la pension": the unpaid
maintenance's fiches, `register`), nor an employer or a landlord who pays nothing (no departure, no child).
"""

from __future__ import annotations

from guichet.knowledge.distress_entry import Distress

# The other parent, named or as "il"/"elle", gives nothing; the message tells the departure or the separation.
_GONE = r"(?=.*\b(parti|partie|separes?|separation|quitte|quittee|ex|pere de|mere de|papa de|maman de)\b)"
_NOTHING = (
    r"\b(pere|papa|mere|maman|ex|il|elle) (\w+ ){0,2}ne (donne|paie|paye|verse|participe|contribue|aide)\w* "
    r"(plus |jamais |pas )?(rien|un centime|un sou|un euro|d.argent)\b"
    r"|\bpas un (centime|sou|euro) depuis qu.(il|elle) est parti"
    r"|\bne (participe|contribue)\w* (plus|pas|jamais) (du tout )?(a|aux) (l.entretien|frais|depenses|besoins)"
)
# A pension a judge fixed, or a divorce pronounced: unpaid maintenance, whose fiches the message's words find (not
# "aucune pension fixée", "pas de jugement").
_PENSION_FIXED = (
    r"(?<!aucune )(?<!pas de )\bpension (alimentaire )?(fixee|de \d+|de \w+ euros)|\ble juge a fixe"
    r"|\bfixee? par (le )?(juge|jugement)|\b(le|du|mon|notre) divorce a ete prononce"
    r"|(?<!pas de )\ble jugement (du|de)\b"
)
_CHILDREN = r"\b(enfants?|fils|filles?|petite?s?|bebes?|gosses?|garcons?)\b"
LONE_PARENT_NAME = "parent seul, l'autre ne donne rien"
LONE_PARENT = Distress(
    LONE_PARENT_NAME,
    (rf"(?s:^{_GONE}.*({_NOTHING}))",),
    ("F815",),
    "F815 « Allocation de soutien familial (ASF) : parents séparés » : « L'ASF est versée pour élever un enfant "
    "privé de l'aide de l'un de ses parents »",
    requires=(_CHILDREN,),
    excludes=(_PENSION_FIXED,),
)
