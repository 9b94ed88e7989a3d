"""The private parties a message may be about (`COUNTERPARTIES`, `private_dispute`), a private need and a pet's
care asked of the office. Cut from `triage.py` (thirty-fifth pass).
"""

import re
from dataclasses import dataclass

from guichet.drafting.triage_cues import cue_counts, fold
from guichet.drafting.triage_model import model_text


# The other half of the competence map: parties no administration arbitrates. A message that names one of them
# *in a dispute* (it refuses, bills, does not answer) or asks the administration to step in against it ("pouvez-vous
# l'obliger…") is about that party, even when it also names the administration's own topic (a private mutuelle that
# will not pay for glasses, a landlord keeping a deposit the APL helped pay). Patterns: `triage_cues._PARTY`.
@dataclass(frozen=True)
class Counterparty:
    key: str
    body: str
    service: str
    why: str


COUNTERPARTIES: tuple[Counterparty, ...] = (
    Counterparty(
        "commerce",
        "le professionnel concerné (vendeur, prestataire), puis le médiateur de la consommation dont il relève",
        "un conciliateur de justice (gratuit) ou SignalConso (signal.conso.gouv.fr)",
        "a dispute with a seller or a service provider is a private contract: no administration decides it",
    ),
    Counterparty(
        "telecom_energy",
        "votre opérateur ou votre fournisseur d'énergie, puis le médiateur des communications électroniques ou le "
        "médiateur national de l'énergie",
        "les sites mediation-telecom.org ou energie-mediateur.fr",
        "telecom and energy contracts have their own free mediators",
    ),
    Counterparty(
        "finance",
        "votre banque ou votre assureur, puis le médiateur indiqué dans votre contrat",
        "le médiateur de votre banque ou de votre assurance (ses coordonnées figurent sur vos relevés et contrats)",
        "banks, insurers and private mutuelles answer for their own contracts, each with a mediator",
    ),
    Counterparty(
        "housing",
        "votre bailleur, votre syndic ou votre voisin d'abord, puis un conciliateur de justice (gratuit)",
        "l'ADIL de votre département (conseils gratuits sur le logement)",
        "a private lease, a co-ownership or a neighbourhood dispute is settled between the parties or by a judge",
    ),
    Counterparty(
        "employment",
        "votre employeur, puis l'inspection du travail ou le conseil de prud'hommes",
        "le site code.travail.gouv.fr et le service de renseignement en droit du travail de votre département",
        "wages, leave and working conditions are between employer and employee, under labour inspection",
    ),
    Counterparty(
        "justice",
        "la justice (tribunal judiciaire, juge aux affaires familiales) ou un avocat",
        "un point-justice près de chez vous (consultations juridiques gratuites, justice.fr)",
        "divorce, custody, inheritance and damages are decided by a court, not by an administration",
    ),
)


# A need no public body answers (a pet's care, a holiday booking, a hacked social-media account, a parcel from a
# private platform): two words of such needs and not one of a public procedure (`triage_cues`, `private_only`).
# On the train + validation messages of the triage, retrieval, drafting and privacy corpora (eighth pass): 26 out
# of scope against 1 in scope (an association's e-mail address); one word alone would take 33 in-scope messages
# (an ameli password, a child harassed on Snapchat, a worker in a restaurant).
PRIVATE_NEED_MIN = 2
PRIVATE_NEED: dict[str, str] = {
    "topic": "besoin_prive",
    "body": "le professionnel ou le service privé concerné (vétérinaire, commerçant, plateforme en ligne, "
    "réparateur, agence de voyages…) : aucune administration ne traite cette demande",
    "service": "son service client, puis, en cas de litige, un conciliateur de justice (gratuit) ou SignalConso "
    "(signal.conso.gouv.fr)",
}


def private_need(title: str, body: str) -> bool:
    """The message asks for something no public body provides and names no public procedure at all."""
    return cue_counts(model_text(title, body))["private_only"] >= PRIVATE_NEED_MIN


# A pet's care at the vet (seventeenth pass: held out, ad-111 and aj-057 asked the health insurer to refund a dog's
# operation and were kept in scope by the competence map, "opéré", "remboursement" being its words): no public body
# pays for an animal's care. The tax office is asked whether such costs are deductible (in scope there: they are not),
# and a mairie's own procedures for dangerous dogs (a behavioural assessment by a vet, the detention permit) stay.
_VET = re.compile(r"\b(?:veterinaires?|veto|clinique veterinaire)\b")
_PET = re.compile(
    r"\b(?:mon|ma|mes|notre|nos|le|la) (?:vieux |vieille |petit |petite )?(?:chien|chienne|chiens|chat|chatte|chats"
    r"|chiot|chaton|lapin|animal|animaux|cheval|jument|perroquet|furet)\b"
)
# Paid for or helped with: the care's cost is what is asked.
_CARE_PAID = re.compile(r"\b(?:rembours\w*|prise? en charge|prendre en charge|aides?|payer|participer|facture)\b")
# What a public body does about animals: a bite declared, a dangerous dog's permit, an animal sold or declared.
_PET_PROCEDURE = re.compile(
    r"\b(?:permis de detention|evaluation comportementale|chiens? (?:dangereux|mordeurs?|de (?:1re|2e|premiere"
    r"|deuxieme) categorie)|morsure|mordu|pince|categorie [12]|agree|vendre|vente|annonces?|leboncoin"
    r"|eleveur|portee)\b"
)


def pet_care(profiles: set[str], title: str, body: str) -> bool:
    """The message asks an office other than the tax office to pay for or help with a pet's care at the vet."""
    text = fold(f"{title}\n{body}")
    if "impots" in profiles or _PET_PROCEDURE.search(text):
        return False
    return bool(_VET.search(text) and _PET.search(text) and _CARE_PAID.search(text))


def private_dispute(text: str) -> Counterparty | None:
    """The private party a message is mostly about when it is in a dispute with it or asks the administration to
    act against it (the most named one); None otherwise."""
    counts = cue_counts(text)
    if not (counts["dispute"] or counts["intervention_ask"]):
        return None
    named = [(counts[f"party_{c.key}"], -i, c) for i, c in enumerate(COUNTERPARTIES) if counts[f"party_{c.key}"]]
    return max(named, key=lambda n: n[:2])[2] if named else None
