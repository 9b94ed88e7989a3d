"""The civil service read from its own words: statuses, pay lines and grades only a public employer's agent has
(forty-fourth pass, engineer-r74, issue 14).

Many fiches come in siblings by public: "Disponibilité d'un fonctionnaire" beside the private employee's "Congé
sabbatique", "Retraite pour invalidité dans la fonction publique" beside the Sécurité sociale's invalidity pension,
"Capital décès versé pour le décès d'un fonctionnaire" beside the private employee's.
`situations.qualifiers_in_message` reads the writer's public from words that name it ("fonctionnaire", "titulaire",
"agent territorial", "infirmière à l'hôpital"); a writer who never says it still says it another way, by the
statuses, the pay lines and the grades of the civil service, which no private employee has:

* statuses of the *statut général* (the titles of the fonction publique fiches: F544 « Disponibilité d'un
  fonctionnaire », F13970 « Suspension de fonctions … dans la fonction publique », F18933 « Fonction publique : stage
  et titularisation »): "en disponibilité", "ma dispo", "titularisation", "infirmière stagiaire";
* pay that is a *traitement* (F490 « … plein traitement … demi-traitement », F32513 « supplément familial de
  traitement (SFT) »), and the medical bodies of the civil service (F18085 « comité médical », F34669 « commission
  de réforme ») — "mon traitement" alone is a medical treatment and is not read;
* the grades of its corps and cadres d'emplois (F17757 « Promotion interne dans la fonction publique »: adjoint
  administratif, adjoint technique, attaché), a teacher of a public school level ("professeure de lycée",
  "institutrice"), a town's agent ("agent de la ville", "employé municipal"), the State's workers ("agent de l'État",
  "ouvrier d'État"), and the school's contract staff (AESH, assistant d'éducation: contract agents of the Éducation
  nationale).

A word said of a relative ("ma femme est institutrice", "mon mari en disponibilité") is not the writer's, unless that
relative died (the widow's réversion and capital décès follow the dead spouse's public, as in `situations`).

Measured (`benchmarks/retrieval_qualifier_switch.py civil_service_terms.READ_CIVIL_SERVICE_TERMS`, shipped weights):
46 train + validation messages read differently, none of them a private employee or a self-employed writer; first
fiche / top 5 / top 10 train 16 / 31 / 33 -> 19 / 34 / 35, validation 6 / 9 / 9 -> 7 / 9 / 10, 14 golds up, none
down: shipped on.
"""

from __future__ import annotations

import re

READ_CIVIL_SERVICE_TERMS = True  # off: the forty-third pass, the civil service read only from the words that name it

# Statuses only a tenured civil servant has, and the grades of the corps: a fonctionnaire titulaire.
_TENURED = re.compile(
    r"\b(en|ma|mise en|demande de|une|sa|ma demande de) dispo(nibilite)?s?\b(?! (des|du|de la|d.un|d.une|de mon) )"
    r"|\bdisponibilite pour (convenances? personnelles?|elever|suivre|creer|raisons? familiales?)"
    r"|\btitularis\w*"
    r"|\b(infirmiere?|professeure?|enseignante?|adjointe?|attachee?|gardien(ne)? de la paix) stagiaire\b"
    r"|\b(plein|demi)[ -]traitement\b"
    r"|(?<!concours d.)\badjointe?s? (administrati(f|ve)|technique|d.animation|du patrimoine)s?\b"
    r"|\battachee?s? (d.administration|territoria\w+|principa\w+)\b"
    r"|\bavancement (d.echelon|de grade)\b"
)
# The public employer's bodies and pay lines, and its contract staff: an agent public.
_PUBLIC = re.compile(
    r"\bcomite medical\b|\bcommission de reforme\b|\bsuspendue? de (mes|ses) fonctions\b|suspension de fonctions"
    r"|supplement familial de traitement|\bsft\b"
)
# The school's contract staff, only when the writer is one ("je suis AESH", "assistante d'éducation, mon contrat…"):
# a pupil's AESH ("il a une AESH à mi-temps") is the parents' question, not a public agent's.
_CONTRACT = re.compile(
    r"\b(je suis|j.etais|suis|comme|en tant qu.)( une?)? (aesh|assistante? d.education)\b"
    r"|\b(aesh|assistante? d.education),? (mon contrat|depuis)\b"
    r"|\bmon (contrat|poste) d.(aesh|assistante? d.education)\b"
)
# Words that also say which of the three civil services.
# (a teacher one wants to be, "elle voulait être institutrice", is no public yet)
_STATE = re.compile(
    r"(?<!etre )(?<!devenir )\binstitut(eur|rice)s?\b"
    r"|(?<!etre )(?<!devenir )\bprofesseure?s? (de|des|en|au) (lycee|college|ecoles?|lycee professionnel)\b"
    r"|\b(mon|ma) (poste|metier|carriere) d.(enseignante?|professeure?|institut\w+)\b"
    r"|\bagent de l.etat\b|\bouvrier d.etat\b"
)
# a town's agent the writer is ("agent de la ville depuis 25 ans", "je suis employée municipale"), not the town's
# agents the writer met ("un de vos employés municipaux", "le concours de pétanque des agents municipaux")
_TERRITORIAL = re.compile(
    r"\bagente? (technique |d.entretien |administrati(f|ve) )?(de|a) la ville\b"
    r"|\b(je suis|j.etais|suis|comme|en tant qu.)( une?)? (agente?|employee?) municipa\w+\b"
)
_RELATIVE = re.compile(
    r"\b(ma|mon|sa|son|notre) (copine|copain|cousine?|soeur|frere|collegue|amie?|voisine?|mari|femme|epoux|epouse"
    r"|conjointe?|compagnon|compagne|pere|mere|fils|fille|oncle|tante)\b[^.?!]{0,40}$"
)

TENURED = ("agent public", "fonctionnaire titulaire")


def _writer_matches(pattern: re.Pattern, folded: str, death: bool) -> bool:
    """Whether `pattern` matches a word the writer says of themselves (or of a dead relative)."""
    for match in pattern.finditer(folded):
        if death or not _RELATIVE.search(folded[max(0, match.start() - 50) : match.start()]):
            return True
    return False


def civil_service_publics(folded: str, found: frozenset[str] | set[str]) -> set[str]:
    """The civil-service qualifiers (`situations` names) the folded message's statuses, pay lines and grades say."""
    if not READ_CIVIL_SERVICE_TERMS:
        return set()
    death = "décès" in found
    publics: set[str] = set()
    if _writer_matches(_TENURED, folded, death):
        publics |= set(TENURED)
    if _writer_matches(_PUBLIC, folded, death):
        publics.add("agent public")
    if _writer_matches(_CONTRACT, folded, death):
        publics |= {"agent public", "agent contractuel", "fonction publique d'État"}
    if _writer_matches(_STATE, folded, death):
        publics |= {"agent public", "fonction publique d'État"}
    if _writer_matches(_TERRITORIAL, folded, death):
        publics |= {"agent public", "fonction publique territoriale"}
    return publics
