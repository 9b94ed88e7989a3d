"""« Effectivement, vous pouvez … » to « puis-je … ? » is a yes, not a step (forty-eighth pass, engineer-d72; read
by `guichet.drafting.asked`).

The asked check takes « vous pouvez … » for guidance (`asked._GUIDANCE`: « vous pouvez contacter la mairie »), except
after « Oui, » or in « vous pouvez donc … », which answer. A confirmation that opens the sentence answers as « Oui, »
does when the message asks whether the writer may: « Puis-je faire sa demande de carte d'identité à sa place ? » /
« Effectivement, vous pouvez faire la demande à la place de votre grand-père. ». The confirmation reading
(`asked_confirmed`) never saw it, since it reads plain statements only. To « Comment faire pour que ma mère obtienne
l'APA ? » the same opening before « vous pouvez retirer le dossier … » confirms nothing asked: it stays a step.

`CONFIRMED_CAN` (the switch, shipped off: one train sentence moved, none on validation): a sentence that opens on
« effectivement », « en effet », « tout à fait », « absolument », « bien sûr » or « bien entendu », then « vous
pouvez » / « vous pourrez », to a message with a question that asks a permission (« puis-je », « je peux »,
« peut-on », « on peut », « pouvons-nous », « ai-je le droit », « est-il possible »), is read by the confirmation
reading as a statement (it is flagged when neither one source nor what the message tells gives most of its claim
words). Folded text.
"""

import re

# « Effectivement, vous pouvez … » to « puis-je … ? »: the confirmation answers, as « Oui, » does. Off: its one move
# (d72-014) is on train, none on validation (docs/benchmarks.md, forty-eighth pass).
CONFIRMED_CAN = False

_OPENING = re.compile(
    r"^\W*(?:effectivement|en effet|tout a fait|absolument|bien sur|bien entendu)\W+vous (?:ne )?(?:pouvez|pourrez)\b"
)
# A question that asks whether the writer (or the writer's household) may (folded).
_MAY_I = re.compile(
    r"\b(?:puis[- ]je|je (?:ne )?(?:peux|pourrais|pourrai)|pourrais[- ]je|peut[- ]on|on (?:ne )?(?:peut|pourrait)"
    r"|pouvons[- ]nous|nous (?:ne )?pouvons|ai[- ]je (?:bien )?le droit|j'?ai (?:bien )?le droit"
    r"|a[- ]t[- ]on le droit|on a le droit|est[- ]il possible|c'?est possible)\b"
)


def answers(folded: str, asked: list[str]) -> bool:
    """Whether a folded sentence opens on a confirmation and « vous pouvez », to folded questions of which one asks
    whether the writer may (see the module)."""
    return CONFIRMED_CAN and bool(_OPENING.search(folded)) and any(_MAY_I.search(a) for a in asked)
