"""Another body's business asked of the office on a borrowed reason (fortieth pass of issue 12, engineer-dx).

People who ask an office for what another body does often say why they chose it: a link they have with it, lent to
a matter it does not handle ("comme vous lui versez déjà l'allocation logement, je pensais qu'il suffisait de vous la
demander" of the disabled parking card, tri-am-053; "pouvez-vous me l'envoyer ? puisque c'est la sécu qui payait
tout" of a prison's medical file, tri-cn-048; "vous avez toutes nos infos avec la déclaration commune donc c'est plus
simple chez vous" of a child's change of name, tri-at-058; "puisque c'est mon argent de retraite, est-ce que
l'Assurance retraite peut se retourner contre eux ?" of an investment lost to a fraud, cw-037). The words of the
office's own business sit in the reason itself ("l'allocation logement", "la retraite"), so the competence map read
the message as its own and vetoed the model's out of scope. Across the outside batches the reason is the writer's
own doubt: in train + validation, of the messages that give such a reason and ask the office to do or give
something, every one is gold out of scope (`docs/benchmarks.md`, "Fortieth pass — engineer-dx").

`borrowed_reason_asked(folded)` holds when the (folded) text gives the office's link as the reason of the ask —
"puisque vous me versez / c'est vous qui payez / vous avez mon dossier / vous connaissez ses revenus", "comme vous
(lui) versez …", "puisque c'est la sécu / l'État / mon argent …", "vous avez toutes nos infos", "c'est plus simple
chez vous", "il suffisait de vous la demander" — and asks the office to do or give something ("pouvez-vous",
"la Caf peut-elle", "je voudrais que vous", an imperative, "me l'envoyer"). Not read: a reason that is the writer's
own situation ("puisque je suis en ALD", "puisque c'est un vol"), sarcasm that gives no link ("puisque vous ne
répondez pas", "puisque vous adorez les formulaires", "puisque c'est vous qui décidez de tout"), a quoted adviser's
words, and an ask for the office's own paper or payment (an attestation, a statement, a notification, a RIB changed,
a date or an amount of its payment, a declaration to it): "comme vous me versez l'AAH, pouvez-vous m'envoyer une
attestation de paiement ?" is its business. Pure functions on folded text (no model, no Django).
"""

import re

# Off (the lead, fortieth pass): written with the 52 messages it fires on in view, it gained 4 of them on train +
# validation, while four messages written to probe it after the merge — the office's own business asked on the same
# reason ("vous avez déjà mon dossier, pouvez-vous recalculer mon APL" to the CAF, "puisque vous avez tout mon
# dossier, combien de trimestres me manque-t-il" to the Assurance retraite, "comme vous me versez l'AAH, ai-je droit à
# la prime d'activité", "puisque c'est votre retard, pouvez-vous rembourser ces frais") — all fired it: the reason
# tells nothing of whose business the ask is. A wrong redirect sends a citizen away from the office that owes the
# answer; the predicate stays, to be read again with the ask's own competence (docs/benchmarks.md, Triage).
BORROWED_REASON_RULE = False

BORROWED_REASON: dict[str, str] = {
    "topic": "motif_emprunte",
    "body": "l'organisme qui gère ce qui est demandé : le lien de la personne avec l'administration écrite (une "
    "prestation qu'elle verse, un dossier qu'elle détient) ne la rend pas compétente pour cette demande",
    "service": "indiquer à qui s'adresser ; une maison France services ou un travailleur social (CCAS) peut aider "
    "à faire la démarche au bon endroit",
}

# The office's link with the writer, given as the reason of the ask.
_LINKED = (
    r"(?:(?:me |lui |nous |leur )?(?:versez|versiez|payez|payiez|remboursez|remboursiez|indemnisez)"
    r"|avez (?:deja )?(?:tout|toutes?|mon|ma|mes|son|sa|ses|nos|notre|le|les|leurs?) ?"
    r"(?:dossiers?|infos?|informations|elements|coordonnees|revenus|comptes?|declarations?|arrets?|\b)"
    r"|connaissez (?:ses|mes|nos|leurs|les|son|mon)|savez (?:ou|combien|tout)|controlez|surveillez|gerez (?:les|la|le)"
    r"|etes (?:informes?|l'assurance|la securite sociale|l'administration|le tresor)"
    r"|avez (?:reconnu|enregistre|fait la notification|notifie|tout rembourse|rembourse)|instruisez)"
)
_REASON = re.compile(
    rf"\bpuisque (?:c'est )?vous (?:qui )?{_LINKED}"
    rf"|\bcomme (?:c'est )?vous (?:qui )?{_LINKED}"
    r"|\bpuisque c'est (?:la secu(?:rite sociale)?|l'etat|le tresor(?: public)?|la prefecture|la caf|l'urssaf"
    r"|(?:mon|son|notre|votre|leur) argent|votre (?:argent|retard|faute)|a cause de vous)\b"
    r"|\bpuisque (?:la secu|la caf|l'assurance \w+|la prefecture) (?:me |lui |nous )?(?:verse|paie|payait|versait"
    r"|rembourse|remboursait|a tout)\b"
    r"|\bvous avez (?:deja |surement |bien )?(?:toutes? (?:mes|nos|les|ses) (?:infos|informations|elements)"
    r"|tout mon dossier|deja (?:tout )?mon dossier|mon dossier a)"
    r"|\bplus simple (?:de passer )?(?:chez|par) vous\b"
    r"|\bil suffi\w* de vous (?:la |le |les |l')?demander\b"
)
# The office asked to do or give something (not to tell it: "pouvez-vous me dire" is read too, the reason decides).
_ASK = re.compile(
    r"\b(?:pouvez|pourriez|pourrez)[- ]vous\b|\bvous (?:ne )?(?:pouvez|pourriez|pourrez)\b"
    r"|\b(?:peut|pourrait|pourra|peuvent|pourraient)[- ](?:elle|il|t-elle|t-il|elles|ils)\b"
    r"|\b(?:peut|pourrait|pourra|peuvent|pourraient) (?:pas )?(?:me |nous |leur |lui |se |m'|s')?[a-z]+(?:er|ir|re)\b"
    r"|\bje (?:voudrais|souhaite|souhaiterais|veux|aimerais) que (?:vous|la \w+|l'\w+|les \w+)\b"
    r"|\bje (?:vous )?demande (?:de |d')|\b(?:me|nous) l'envoyer\b"
    r"|\bje peux (?:faire|le faire|la faire|demander) (?:\w+ ){0,3}(?:a|chez) (?:vous|la \w+|l'\w+)\b"
    r"|\bil suffi\w* de vous\b|\bplus simple (?:de passer )?(?:chez|par) vous\b"
    r"|\bquel formulaire (?:dois-je|je dois) vous\b"
)
# The writer's own situation or a sarcasm is no link lent to another matter.
_NOT_A_LINK = re.compile(
    r"\bpuisque vous (?:ne |n')|\bpuisque vous adorez\b|\bdecidez de tout\b|\bpuisque c'est vous qui avez « "
)
# What the office gives itself about its own payment or file: the ask is its own.
_OWN_PAPER = re.compile(
    r"\battestations? (?:de (?:paiement|versement|droits?|paiement des indemnites|d'affiliation|d'assurance)"
    r"|d'affiliation|d'ouverture de droits)\b|\breleves? (?:de (?:paiements?|prestations?|carriere|situation))\b"
    r"|\bnotifications? de droits\b|\b(?:chang\w*|modifi\w*) (?:de |mon |le |ma )?(?:rib|banque|adresse)\b"
    r"|\b(?:date|montant) (?:de|du) (?:mon |ma |la |le )?(?:paiement|versement|virement)\b"
    r"|\bdois-je (?:vous )?(?:le |la |les |l')?declarer\b|\bje dois (?:vous )?(?:le |la |les |l')?declarer\b"
)
_QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"")


def borrowed_reason_asked(folded: str) -> bool:
    """The office's link with the writer given as the reason of an ask to do or give something, not its own paper."""
    read = _QUOTED.sub(" ", folded)
    reason = _REASON.search(read)
    if reason is None or _NOT_A_LINK.search(read):
        return False
    return bool(_ASK.search(read)) and not _OWN_PAPER.search(read)
