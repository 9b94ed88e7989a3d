"""The writer's public read from the office they write to, when the message names none (forty-fifth pass, r77).

Many fiches come in pairs under one heading, one per public: « Retraite du salarié : retraite anticipée pour
carrière longue » (F13845) and « Fonction publique : retraite anticipée pour carrière longue » (F13946), « Pension de
réversion - Défunt ayant travaillé dans le privé » (F13104) and « Pension de réversion … : décès d'un fonctionnaire »
(F21819), « Allocation chômage … d'un salarié du privé » (F14860) and « … d'un ancien agent public » (F12386). The
re-ranking picks the sibling written for the writer's public (`rerank.mismatch`, the `qualifier` column) when the
message says it ("je suis infirmière titulaire", "mon CDI"). A writer often does not say it, because the office they
write to says it for them: a message to the Service des retraites de l'État or to the CNRACL is a civil servant's (or
their widow's), a message to a hospital's or a town hall's human-resources department is its agent's, a message to a
rectorat is a teacher's or an education agent's, a message to the Carsat or the Assurance retraite is about the
pension of the régime général, a private employee's.

These offices' publics, each with the reason it is theirs (their own fiches name them):

* the Service des retraites de l'État (SRE) pays the pensions of the State's civil servants and soldiers, the CNRACL
  those of territorial and hospital civil servants (F31541 « Quelle démarche doit suivre un agent public pour demander
  sa retraite ? » sends the one to the « Service des retraites de l'État (SRE) », the other to the CNRACL): a
  fonctionnaire's public (`agent public`, `fonctionnaire titulaire`), the branch where the fund names it;
* a public employer's human resources (« Centre hospitalier – direction des ressources humaines », « Mairie
  (ressources humaines) », « Rectorat (DRH) »), a centre de gestion of the territorial civil service (it manages the
  careers of the communes' agents: F18797 « Commissions dans la fonction publique » places their CAP « auprès du
  centre de gestion »), a rectorat or an academy (the employer of the education's agents): the agent of that branch
  (fonction publique hospitalière, territoriale, d'État). A parent who writes to a rectorat is read so too: harmless
  for a school grant (no such fiche is titled for a public), a cost for a parent's complaint about a teacher or a
  principal, whose civil-service fiches the reading lifts (one message of the test split, read once at the end, fell
  from first to second so);
* the Carsat, the Cnav, the « Assurance retraite »: the régime général's pension funds (F13845 « Caisse régionale de
  retraite (Cnav, Carsat, CGSS ou CSS) »), a private employee's public (`salarié du privé`) for its retirement and
  reversion fiches (`READ_PRIVATE_PENSION_OFFICE`).

Only when the message names no public of the writer's own (`PUBLICS`): a contract agent who says "contractuel", a
self-employed writer who says "auto-entrepreneur", a student, keep what they say; and never when the writer says the
message went to the wrong office (`Query.wrong_office`). Rules, not examples: the office's name is read by a pattern
over its folded name, as `rerank.OTHER_OFFICE_NAMES` reads the office's themes.

`READ_PUBLIC_EMPLOYER_OFFICE` and `READ_PRIVATE_PENSION_OFFICE` are read at call time (measurement switches,
docs/benchmarks.md, forty-fifth pass).
"""

from __future__ import annotations

import re

from guichet.knowledge.analysis import fold

READ_PUBLIC_EMPLOYER_OFFICE = True  # off: the office the message is sent to says nothing of the writer's public
READ_PRIVATE_PENSION_OFFICE = False  # on: the Carsat or the Cnav read as a private employee's office (shipped off: no
# validation gain, train +4 first fiches but -1 in the top 5; docs/benchmarks.md, forty-fifth pass)

# The publics a writer names of their own (`situations.qualifiers_in_message`): any one of them and the office is not
# read. A student or an apprentice is a public of their own too.
PUBLICS = frozenset(
    {
        "agent public",
        "fonction publique d'État",
        "fonction publique territoriale",
        "fonction publique hospitalière",
        "fonctionnaire titulaire",
        "agent contractuel",
        "salarié du privé",
        "indépendant",
        "étudiant ou apprenti",
    }
)
_TENURED = frozenset({"agent public", "fonctionnaire titulaire"})
_HUMAN_RESOURCES = r"(ressources humaines|\bdrh\b|\brh\b|service du personnel)"
# Folded office names (lower case, no accents), the first that matches counts.
PUBLIC_EMPLOYER_OFFICES: tuple[tuple[re.Pattern, frozenset[str]], ...] = (
    (re.compile(r"retraites de l.etat|\bsre\b"), _TENURED | {"fonction publique d'État"}),
    (re.compile(r"\bcnracl\b"), _TENURED),
    (
        re.compile(
            rf"(hopital|hospitali\w*|\bchu\b|\bchr\b).{{0,40}}{_HUMAN_RESOURCES}|fonction publique hospitaliere"
        ),
        _TENURED | {"fonction publique hospitalière"},
    ),
    (
        re.compile(
            rf"centre de gestion|fonction publique territoriale"
            rf"|(mairie|commune|ville|communaute|metropole|departement|region|conseil).{{0,40}}{_HUMAN_RESOURCES}"
        ),
        _TENURED | {"fonction publique territoriale"},
    ),
    (re.compile(r"\brectorat\b|\bacademie\b|\bdsden\b"), _TENURED | {"fonction publique d'État"}),
)
PRIVATE_PENSION_OFFICES: tuple[tuple[re.Pattern, frozenset[str]], ...] = (
    (re.compile(r"\bcarsat\b|\bcnav\b|assurance retraite"), frozenset({"salarié du privé"})),
)


def office_publics(administration: str, qualifiers: frozenset[str], *, wrong_office: bool = False) -> frozenset[str]:
    """The publics the office a message is sent to says the writer belongs to, when the message names none."""
    if wrong_office or qualifiers & PUBLICS or not administration.strip():
        return frozenset()
    name = fold(administration)
    offices = (PUBLIC_EMPLOYER_OFFICES if READ_PUBLIC_EMPLOYER_OFFICE else ()) + (
        PRIVATE_PENSION_OFFICES if READ_PRIVATE_PENSION_OFFICE else ()
    )
    return next((publics for pattern, publics in offices if pattern.search(name)), frozenset())
