"""Fortieth pass (engineer-r64): a victim of an assault who asks to be compensated, read before the assault.

The distress map's entry for an assault (`situations.DISTRESS`, "agression") points to F20789 « Que faire si on est
victime d'une infraction ? » and F1435 « Porter plainte »: the first steps. A victim who tells the assault and then
asks who will pay for the care, the lost wages or the damages — the attackers never found, or convicted and unable
to pay ("Est-ce que quelqu'un peut m'indemniser ?", "une commission qui peut indemniser les victimes quand on ne
retrouve pas l'auteur", "Qui peut m'indemniser de mes soins et de mon arrêt si on ne retrouve jamais les
coupables ?") asks the question of F2313 « Victime d'infraction : indemnisation par le fonds de garantie » (the CIVI),
and of F1744 « Aide aux victimes d'infraction pénale pour recouvrer les dommages et intérêts » (the SARVI) when a
court already awarded damages. On train + validation of `corpora/retrieval/` the assault's pointer put F20789 first
above F2313 in such messages of three batches and authors (ret-v32, r55, r64). `VICTIM_PAID` is read before the
assault (the first situation recognised is the main one, `rerank`), with F2313 first, F1744, then F20789.

Not a victim compensated by an insurer for a thing ("l'assurance m'a remboursé le téléphone"): the ask is the
writer's own compensation ("m'indemniser", "être indemnisé(e)", "me dédommager", "réparer mon préjudice").
"""

from __future__ import annotations

from guichet.knowledge.distress_entry import Distress

VICTIM_PAID_NAME = "agression, indemnisation demandée"
# The assault, as `situations.DISTRESS`'s "agression" reads it.
ASSAULT = (
    r"(je me suis fait|j.ai ete|on m.a|il m.a|ils m.ont) (\w+ )?(agresse|tabasse|frappe|roue de coups|"
    r"poignarde|menace (de mort|avec))\w*",
    r"\bagress(e|ee|ion)\b.{0,60}(rue|metro|bus|soir|nuit|plainte)",
)
# The writer's own compensation asked: "m'indemniser", "être indemnisée", "me dédommager", "le fonds de garantie".
COMPENSATION_ASKED = (
    r"\b(m.|me |nous |etre |suis |soit |sera[is]? )(indemnis|dedommag)\w*"
    r"|\b(indemnis|dedommag)\w* (les|des) victimes\b"
    r"|\b(reparer|reparation de) (mon|notre) prejudice\b|\bfonds de garantie\b|\bciv?i\b|\bsarvi\b",
)
VICTIM_PAID = Distress(
    VICTIM_PAID_NAME,
    ASSAULT,
    ("F2313", "F1744", "F20789"),
    "F2313 « Victime d'infraction : indemnisation par le fonds de garantie » (la CIVI) ; F1744 « Aide aux victimes "
    "d'infraction pénale pour recouvrer les dommages et intérêts » (le SARVI) ; F20789 : les premières démarches",
    requires=COMPENSATION_ASKED,
)
