"""The writer's own duty to the office, asked although a private party is named (forty-third pass of issue 12,
engineer-eo).

"L'assureur de ma mère m'a versé un capital d'assurance vie. Dois-je le déclarer dans mes revenus ?" asked of the
tax office, "mon employeur m'a versé une prime, faut-il la déclarer à la Caf ?": the insurer or the employer is only
where the money came from; what is asked is whether and how the writer declares it, which is the very business of
the office that receives the declaration. The shipped artefact reads the private party and sends such messages out
of scope (batch eo: 0.97 at the tax office). `own_duty_asked(profiles, text)` holds when a question asks whether or
how the writer must declare, report or mention something, at a declaring office (the tax office, the Caf, the
Urssaf, France Travail, the health or the pension fund), the declaration being addressed to no other party
("dois-je le déclarer à mon assureur ?" is not). The model's out of scope is then vetoed whatever its score.
Switch `OWN_DUTY_KEEPS_VETO`, read at call time. A pure function on folded text.
"""

import re

from guichet.drafting.triage_cues import fold

OWN_DUTY_KEEPS_VETO = True

_DECLARING = {"impots", "caf", "urssaf", "emploi", "maladie", "retraite"}
_SPLIT = re.compile(r"(?<=[.!?\n])\s*")
_DECLARE = r"(?:declarer|declare|signaler|indiquer|mentionner|reporter|inscrire)"
_DUTY = re.compile(
    rf"\b(?:dois-je|devrais-je|faut-il|faudrait-il|suis-je (?:oblige|obligee|tenue?) de"
    rf"|(?:est-ce que |est ce que )?(?:je dois|il faut|je suis (?:oblige|obligee|tenue?) de|on doit))"
    rf" (?:(?:le|la|les|l'|lui|en|y|vous|bien|aussi|quand meme|encore) ?){{0,3}}{_DECLARE}\b"
    rf"|\bcomment (?:(?:le|la|les|l') ?)?{_DECLARE}\b|\best-ce (?:que c'est |que cela est |qu'il est )?imposable\b"
    rf"|\bc'est imposable\b|\best-il imposable\b|\best-elle imposable\b"
)
# The declaration addressed to someone ("à mon assureur", "chez le notaire"), unless to the office ("à vous").
_ADDRESSED = re.compile(rf"\b{_DECLARE}\b(?: \w+){{0,3}}? (?:a|au|aux|aupres de|aupres du|chez) (?!vous\b)")


def own_duty_asked(profiles: set[str], text: str) -> bool:
    """At a declaring office, a question asks whether or how the writer declares something, addressed to no one
    else."""
    if not OWN_DUTY_KEEPS_VETO or not profiles & _DECLARING:
        return False
    for part in _SPLIT.split(fold(text)):
        if "?" in part and _DUTY.search(part) and not _ADDRESSED.search(part):
            return True
    return False
