"""Everyday justice told in the writer's words (fifty-first pass, engineer-r90, issue 14).

A neighbour's noise, a small unpaid debt, a call to be a juror or a witness, a complaint that went nowhere: the
writer rarely names the procedure, and the general fiche of the ground (« Porter plainte », « Troubles de voisinage »)
comes before the one that answers. Each reading below is a vocabulary entry behind its own switch (read at call
time through `silenced`, as `guichet.knowledge.wards` does):

- `READ_JUROR`: being a juror at the cour d'assises told in any form (« tiré au sort pour être juré », « convoqué
  comme juré », « la liste du jury d'assises »): F1540 « Juré d'assises ». Not an exam's or a competition's jury, nor
  the verb « jurer » (« il m'a juré que… »).
- `READ_WITNESS`: the writer called or asked to testify (« convoqué comme témoin », « cité comme témoin », « témoigner
  au tribunal / à la gendarmerie », « j'ai été témoin d'une agression »): the fiches of the witness's hearing
  (F1489 during a police inquiry, F34165 at a criminal trial, F1538 at a civil trial). Not a wedding's witness
  (F1248), nor « témoin assisté » (F1807).
- `READ_COMPLAINT_FATE`: a complaint lodged and then nothing, or a « classement sans suite »: F1154 « Le procureur
  doit-il engager des poursuites à la suite d'une plainte ? », where « Porter plainte » (F1435) came first.
- `READ_WITHDRAW_COMPLAINT`: a complaint the writer would withdraw (« retirer ma plainte », « enlever la plainte »):
  F16862 « Peut-on retirer une plainte et quelles en sont les conséquences ? ».
- `READ_UNPAID_BILL`: a bill, an invoice or a sum owed by a client, a buyer or an acquaintance that does not pay
  (« un client ne m'a jamais réglé sa facture », « il me doit 800 € »): F1746 « Injonction de payer - Recouvrement de
  créances », the procedure of a sum owed, which the older entry (`vocabulary.money`) reads only for money lent.

Each reading is written for a way of telling, never for one message; `corpora/retrieval/` only measures it (figures
in docs/benchmarks.md, fifty-first pass, r90).
"""

from __future__ import annotations

from guichet.knowledge.terms import Term, around

# Off: the juror's sibling fiches (refusing F1044, the pay F17783, the employer F21038, crimes F1157) already come
# first on their own words, and the pointer to the general F1540 takes their place. Train + validation (10 matched):
# validation ret-v15-015 5 -> 4; train ret-r19-028 1 -> 3, ret-r25-004 2 -> 3, r90-029 1 -> 2 (F1540 first).
READ_JUROR = False
# Off: no gain. Train + validation (1 matched): r90-033 keeps F34165 first; the corpus's other witnesses say
# « témoin » without a call (« convoqué comme témoin »), which the reading keeps out of a wedding's witness.
READ_WITNESS = False
# Off: a cost on validation. Train + validation (6 matched): validation v90-028 3 -> 6 (a harassment whose complaint
# « rien ne se passe »: the harassment is asked, not the complaint's fate); train r55-045 3 -> 1, r90-046 2 -> 1,
# v90-045 3 -> 4 (F20798, the partie civile, asked after a complaint with no news).
READ_COMPLAINT_FATE = False
# Off: no gain. Train + validation (5 matched): all five already had F16862 first, and keep it.
READ_WITHDRAW_COMPLAINT = False
# On: a gain on validation, no cost left. Train + validation (13 matched at first): validation r90-009 17 -> 1,
# ret-v11-021 8 -> 7; train ret-r37-025 2 -> 4 (a ward's bills) and ret-v37-019 3 -> 6 (a commune that pays late),
# which the guard below now keeps out (they read as off, not searched again); the nine others stay first.
READ_UNPAID_BILL = True

# A juror of the cour d'assises: the noun with its court or its draw, or the role taken (« être juré »).
JUROR = (
    r"jure(e)?s? (d.assises|populaires?)|jury (d.assises|populaire|criminel)|cours? d.assises"
    r"|(etre|suis|comme|en tant que|pour etre|devenir|serai|sera|etait|etais) (\w+ )?jure(e)?s?\b"
    r"|tir\w* au sort (\w+ ){0,6}jur(e|y)\w*|jur(e|y)\w* (\w+ ){0,6}tir\w* au sort|liste (des|du) jur(e|y)\w*"
)
# An exam's, a competition's or a diploma's jury; a sworn expert or translator.
NOT_JUROR = (
    r"jury (d.examen|du bac|de (la )?vae|de concours|de these|de soutenance)|(expert|traducteur|interprete) jure"
)

# The writer as a witness: called, cited, asked to testify, or who saw an offence.
WITNESS = (
    r"(convoque\w*|cite\w*|appele\w*|entendu\w*) (\w+ ){0,2}(comme|en tant que|en qualite de) temoins?"
    r"|temoigner (au|devant le|devant la|a la|au commissariat|a la gendarmerie|au proces|a l.audience)"
    r"|(j.ai ete|j.etais|je suis|nous avons ete|on a ete) (le |la |un |une |les |seul )?temoins? (d.une?|de l.|du|des)"
    r"|audition (des|du|de) temoins?|(dois|devoir|obliges?|obligee?s?) (\w+ ){0,2}temoigner"
)
# A wedding's witness, an assisted witness, the writer's own witnesses in a dispute.
NOT_WITNESS = r"temoins? (de|du|d.un|d.une) mariage|mariage|temoin assiste"

# A complaint lodged, then nothing or a dismissal.
# A complaint the writer lodged (not a « plainte » to a bank or a shop's complaints desk: those say no police word,
# but they do say « ma plainte »; the no-sequel words then read a shop that does not answer: kept apart by `unless`)
COMPLAINT = r"\b((ma|la|sa|une|notre|leur|cette) plainte|porte\w* plainte|depose\w* (une )?plainte)"
NO_SEQUEL = (
    r"classe\w* sans suite|sans suite|(aucune|pas de|jamais de|toujours pas de|sans) (nouvelles?|reponse|suite|retour)"
    r"|n.avance pas|ne bouge pas|rien ne se passe|(il|rien) ne se passe rien|le procureur (\w+ ){0,3}(poursui\w*"
    r"|classe\w*)"
)
COMPLAINT_FATE_PATTERN = around(COMPLAINT, NO_SEQUEL, 150)

# A complaint withdrawn, asked or wished.
WITHDRAW = (
    r"(retir\w*|enlev\w*|annul\w*|abandonn\w*) (ma |sa |la |leur |cette |notre |ta )?plainte"
    r"|retrait de (ma |la )?plainte"
)

# A sum owed by someone else: an invoice or a bill left unpaid, or « il me doit ».
UNPAID = (
    r"(factures?|devis|prestations?|travail|travaux) (\w+ ){0,4}(impayee?s?|jamais (regle|paye)e?s?"
    r"|pas (regle|paye)e?s?)"
    r"|(ne m.a|ne nous a|ne m.ont|ne nous ont) (jamais |toujours pas |pas )(regle|paye)"
    r"|(il|elle|ils|elles|on) (me|nous) doi(t|vent) (encore )?\d"
)
# The writer's own debt (« je dois 800 € »), rent owed to the writer (F31272), a seizure (F115), alimony (F1000)
# and a debtor who is no private person: a public buyer (a commune's works, a « marché public », Chorus Pro: the
# public payment delays, F23386) or a ward's bills under a tutor (F10507): the first measurement's two train costs,
# ret-v37-019 3 -> 6 and ret-r37-025 2 -> 4, were these
NOT_UNPAID = (
    r"loyers?|locataires?|pension alimentaire|saisie|huissier|surendett\w*|impots?"
    r"|communes?|mairie|marches? publics?|chorus|tuteurs?|tutelle|mandataires?|curat\w*"
)

JUSTICE_TERMS: tuple[Term, ...] = (
    Term(
        JUROR,
        "juré d'assises tirage au sort cour d'assises",
        ("F1540",),
        "F1540 « Juré d'assises »",
        unless=NOT_JUROR,
    ),
    Term(
        WITNESS,
        "audition des témoins témoin convocation témoigner",
        ("F1489", "F34165", "F1538"),
        "F1489 « Audition des témoins au cours d'une enquête pénale », F34165 « Audition des témoins lors d'un "
        "procès pénal », F1538 « Procès civil : comment se déroule l'audition des témoins ? »",
        unless=NOT_WITNESS,
    ),
    Term(
        COMPLAINT_FATE_PATTERN,
        "procureur poursuites à la suite d'une plainte classement sans suite",
        ("F1154",),
        "F1154 « Le procureur doit-il engager des poursuites à la suite d'une plainte ? »",
        # a bank's, an operator's or a seller's complaints desk
        unless=r"\b(banques?|agios|operateur|vendeur|service client|reclamation)\b",
    ),
    Term(
        WITHDRAW,
        "retirer une plainte conséquences",
        ("F16862",),
        "F16862 « Peut-on retirer une plainte et quelles en sont les conséquences ? »",
    ),
    Term(
        UNPAID,
        "injonction de payer recouvrement de créances récupérer une dette impayée",
        ("F1746",),
        "F1746 « Injonction de payer - Recouvrement de créances » (« pour récupérer une dette impayée »)",
        unless=NOT_UNPAID,
    ),
)
# each switch's entry, by the switch's name (`benchmarks/retrieval_vocabulary_switch.py everyday_justice` reads it)
SWITCHES: dict[str, Term] = dict(
    zip(
        ("READ_JUROR", "READ_WITNESS", "READ_COMPLAINT_FATE", "READ_WITHDRAW_COMPLAINT", "READ_UNPAID_BILL"),
        JUSTICE_TERMS,
        strict=True,
    )
)
_SWITCH_OF = {term: name for name, term in SWITCHES.items()}


def silenced(term: Term) -> bool:
    """Whether `term` is one of `JUSTICE_TERMS` and its switch is off (read at call time)."""
    switch = _SWITCH_OF.get(term)
    return switch is not None and not globals()[switch]
