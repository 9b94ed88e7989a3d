"""A benefit the paying body takes back, told as the letter says it (`OVERPAYMENTS`; thirty-ninth pass, engineer-r62).

"La CAF me réclame 1 800 € d'allocations", "un courrier me réclamant 2 312 € de « trop-perçu » d'aide au logement",
"indu 2400 €", "1 840 euros d'aides « versées à tort »": the writer quotes the letter, and the answer is the fiche of
the overpayment of that body: F2269 « Doit-on rembourser des prestations familiales versées à tort ? » (the Caf's
and the MSA's benefits, housing aid included) or F31592 « Comment sont remboursées les sommes versées à tort par Pôle
emploi ? ». The older entries (`names_health_work`) read "trop-perçu" beside a few benefit names only, and as a
story's detail; on train + validation, 11 of the 21 messages whose gold is one of these two fiches had no pointer,
and F31441 « Comment rembourser un trop-perçu de rémunération ? » (an employer's overpaid wage) was first for seven
of the 21, though none names a wage: the title's "rembourser un trop-perçu" was all they shared.

So a sum reclaimed, an "indu" or a "trop-perçu" of a named benefit is the situation the writer asks about, whatever
the ask says ("c'est à moi de payer ?", "je peux contester ?"): the entries are `told` (their pointer counts whole
from the story). Not a wage overpaid (`trop-perçu de salaire`, F31441's) and, for the Caf's, not France Travail's.

Sources: the two fiches' titles (quoted). Measured on train + validation of corpora/retrieval (docs/benchmarks.md,
"Thirty-ninth pass — engineer-r62").
"""

from __future__ import annotations

from guichet.knowledge.terms import Term

# The Caf's and the MSA's benefits, as writers name them (housing aid included: the gold of such letters is F2269).
_BENEFITS = (
    r"allocations?( familiales| (de )?logement)?|allocs?|aides?( (au|de) logement| sociales?)?|apl|als|alf|rsa"
    r"|prime d.activite|prestations?( familiales| sociales)?|complement familial|ars|asf|aah|paje"
)
# What the letter calls the sum: an overpayment, an "indu", money paid by mistake.
_OVERPAID = r"trop.?per[cç]us?|indus?|indument per[cç]u\w*|(versee?s?|payee?s?|touchee?s?) (a tort|en trop)"
# The sum asked back: "me réclame 1 800 €", "rembourser 2 000 euros".
_ASKED_BACK = r"(reclam(e|ent|ant|er|ait)|rembourser|redemand\w*|rendre)"
_SUM = r"\d[\d .,]*\s?(€|euros?|balles)"
# A wage or France Travail's allowance: another body's overpayment.
_WAGE = r"\b(salaires?|fiches? de paie|bulletins? de (paie|salaire)|remuneration|employeur|rectorat|service paie)\b"
_WAGE_OVERPAID = (
    r"trop.?per[cç]us? (de|sur) (mon |ma |le |la )?(salaire|paie|remuneration|traitement)|service paie|rectorat"
)
_FRANCE_TRAVAIL = r"\b(are|chomage|pole emploi|france travail|allocations? d.aide au retour)\b"

OVERPAYMENTS: tuple[Term, ...] = (
    # "me réclame 1 800 € d'allocations", "2 312 € de « trop-perçu » d'aide au logement", "l'APL versée à tort":
    # F2269 « Doit-on rembourser des prestations familiales versées à tort ? ».
    Term(
        r"(?s:\b" + _ASKED_BACK + r"\b[^.?!]{0,60}?(" + _SUM + r"|" + _OVERPAID + r")[^.?!]{0,60}?"
        r"\b(d.|de |sur )(mes |les |l.|mon |ma |leur )?(" + _BENEFITS + r")\b"
        r"|\b(" + _OVERPAID + r")\W{0,3}[^.?!]{0,30}?\b(d.|de |sur )(mes |les |l.|mon |ma )?(" + _BENEFITS + r")\b"
        r"|\b(" + _BENEFITS + r")\b[^.?!]{0,40}?(" + _OVERPAID + r"))",
        "prestations familiales versées à tort remboursement trop-perçu indu",
        ("F2269",),
        "F2269 « Doit-on rembourser des prestations familiales versées à tort ? »",
        unless=_WAGE + "|" + _FRANCE_TRAVAIL,
        told=True,
    ),
    # "France Travail me réclame 2 312 € d'allocations indûment perçues", "un trop-perçu d'ARE": F31592 « Comment
    # sont remboursées les sommes versées à tort par Pôle emploi ? ».
    Term(
        # the overpayment itself, or a sum asked back ("me réclame 2 100 €"), not a document asked for
        r"(?s:\b("
        + _OVERPAID
        + r"|"
        + _ASKED_BACK
        + r"[^.?!]{0,30}?"
        + _SUM
        + r")\b[^.?!]{0,80}?"
        + _FRANCE_TRAVAIL
        + r"|"
        + _FRANCE_TRAVAIL
        + r"[^.?!]{0,80}?\b("
        + _OVERPAID
        + r"|"
        + _ASKED_BACK
        + r"[^.?!]{0,30}?"
        + _SUM
        + r"))",
        "sommes versées à tort par Pôle emploi remboursement trop-perçu indu",
        ("F31592",),
        "F31592 « Comment sont remboursées les sommes versées à tort par Pôle emploi ? »",
        unless=_WAGE_OVERPAID + r"|\b(impots?|fisc\w*|tresor public|finances publiques)\b",  # a tax asked back
        told=True,
    ),
)
