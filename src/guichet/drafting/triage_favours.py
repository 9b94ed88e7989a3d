"""A personal favour asked of an office's staff, and thanks to pass on (twenty-first pass of issue 12).

Two kinds of out-of-scope message that name no private firm and no other administration, so that neither the
competence map nor the private-party rules see them, and that the model scores low because their words are an
ordinary citizen's (the twentieth pass's hidden batch bb: a cat to be looked after asked of the tax office, thanks to
pass on to an agent; engineer-bg's batch: a sofa to carry down, children to mind, a driveway to clear, a loan):

* **a favour asked of the staff themselves** (`asks_staff_favour`): someone of the office (an agent, an employee,
  "quelqu'un de votre service", "les employés municipaux") asked to do a private, domestic service for the writer —
  feed or walk a pet, mind the children, carry or move furniture, clear a private driveway, water the plants, lend
  money. A public service provides procedures, not the staff's private help: the writer is pointed to relatives,
  neighbours, a home-help or a pet-sitting service. What an office itself provides stays in scope: the bulky-waste
  collection ("venir chercher mon canapé"), a CCAS's home help or meals, a crèche or a leisure centre asked of the
  mairie (the doer is then the service, not "quelqu'un de la mairie");
* **thanks or compliments to pass on** (`passes_on_thanks`): "transmettez mes remerciements à la dame de l'accueil",
  "dites au maire de ma part que son discours était très beau", with no question of the writer's own besides. No
  procedure is asked; the reply points to Services Publics +, where users thank the agents of a service.

Pure functions on folded strings (no model, no Django).
"""

import re

from guichet.text import sentences

# Switches (measured on and off in the twenty-first pass).
FAVOUR_RULE = True
THANKS_RULE = True

STAFF_FAVOUR: dict[str, str] = {
    "topic": "service_personnel",
    "body": "vos proches, vos voisins ou un service privé (aide à domicile, garde d'enfants, garde d'animaux, "
    "déménageur) : les agents d'une administration ne rendent pas de services personnels",
    "service": "le CCAS de votre commune peut indiquer les services d'aide à domicile et de portage près de chez vous",
}
THANKS_TO_PASS: dict[str, str] = {
    "topic": "remerciements",
    "body": "aucune démarche n'est nécessaire : un remerciement n'ouvre pas de dossier",
    "service": "la plateforme Services Publics + (plus.transformation.gouv.fr), où les usagers racontent leur "
    "expérience et remercient les agents d'un service",
}

# Someone of the office as the doer: a person, not the service ("la mairie peut-elle garder…" is a leisure centre).
_STAFF = (
    r"(?:quelqu'un|une personne|un agent|une agente|un employe|une employee|un fonctionnaire|un (?:de|des) vos"
    r" (?:agents|employes|collegues)|l'un de vos agents|vos agents|vos employes|vos collegues|votre personnel"
    r"|les (?:employes|agents)(?: municipaux| communaux| de la mairie| de la commune| du service)?)"
)
# The private, domestic service asked: a pet fed or walked, the children minded, furniture carried or moved, a
# private driveway cleared, plants watered, the lawn mown. Collecting bulky waste ("chercher", "enlever",
# "ramasser") is a mairie's service and is not here.
_FAVOUR = (
    r"(?:nourrir|promener|sortir|garder|s'occuper de|arroser|tondre|deneiger|descendre|monter|porter|demenager"
    r"|transporter|(?:m'|nous )?aider a (?:porter|descendre|monter|demenager|bouger|transporter|deplacer))"
)
_PRIVATE_OBJECT = (
    r"(?:mon|ma|mes|notre|nos|le|la|les) (?:\w+ ){0,2}?(?:chat|chatte|chats|chien|chienne|chiens|animaux|lapin"
    r"|poissons|plantes|fleurs|jardin|pelouse|gazon|allee|entree|cour|canape|meubles?|armoire|frigo|refrigerateur"
    r"|lave-linge|machine a laver|cartons|enfants|fils|fille|garcons|filles|petits|bebe)\b"
)
# Asked of them: "pourrait-il", "peut-on", "accepterait" ("j'emploie une personne pour garder mes enfants" is no ask).
_MAY = r"(?:pourr\w*|peu[tv]\w*|accepter\w*|voudr\w*|serai\w* (?:possible|d'accord))"
_STAFF_FAVOUR = re.compile(
    rf"\b{_STAFF}\b[^.?!\n]{{0,40}}?\b{_MAY}\b[^.?!\n]{{0,40}}?\b{_FAVOUR}\b[^.?!\n]{{0,40}}?\b{_PRIVATE_OBJECT}"
    # Lending money: "pourriez-vous me prêter 500 euros", "vous serait-il possible de nous avancer 300 euros".
    r"|\b(?:vous|pourr\w*|peu\w*|possible de) (?:[\w'-]+ ){0,3}?(?:me|nous) (?:preter|avancer)"
    r" (?:\d[\d .]*|quelques|un peu d'argent|de l'argent|cent|deux cents|mille)"
)

# A pet to be minded while the writer is away or in hospital (bb-001: "je n'ai personne pour mon chat… les impôts
# peuvent-ils m'indiquer quelqu'un qui le garderait, ou le prendre en charge ?"): no office minds animals. What a
# mairie does about animals stays: a stray or lost animal and the pound, a dangerous dog, an identification, a litter
# sold or given (v24-048, "je peux pas tous les garder").
_PET = (
    r"(?:mon|ma|mes|notre|nos) (?:vieux |vieille |petit |petite )?(?:chat|chatte|chats|chien|chienne|chiens|chiot"
    r"|chaton|lapin|perroquet|oiseau|animal|animaux|poules|cheval)\b"
)
_MIND = (
    r"(?:garder|garderait|garderiez|gardiez|nourrir|nourrirait|promener|s'occuper d\w*|s'en occuper|prendre en charge"
    r"|le prendre|la prendre|les prendre|accueillir|accueillerait|recueillir|en prendre soin|prendre soin d\w*)"
)
_PET_MINDED = re.compile(rf"\b{_PET}[^?!\n]{{0,160}}?\b{_MIND}\b|\b{_MIND}\b[^.?!\n]{{0,40}}?\b{_PET}")
_PET_AFFAIRS = re.compile(
    r"\b(?:fourriere|perdue?s?|egaree?s?|errante?s?|dangereux|morsure|mordu|identification|puce|tatouage"
    r"|permis de detention|divagation|abandonne\w*|maltrait\w*|veterinaire|vendre|vente|annonces?|leboncoin"
    r"|portee|chiots|chatons|eleveur|adoption|adopter)\b"
)
# Thanks or compliments to pass on to someone of the office (an agent, the mayor, a named adviser).
_THANKS = re.compile(
    r"\b(?:transmett\w*|fai\w* passer|adress\w*|fai\w* part de) (?:\w+ ){0,2}?(?:mes|nos|tous mes|toute ma)"
    r" (?:sinceres |chaleureux |vifs |plus vifs )?(?:remerciements|felicitations|compliments|gratitude|amities)\b"
    r"|\b(?:transmett\w*|remett\w*|fai\w* passer) (?:lui |leur )?un (?:petit )?mot (?:de ma part|de remerciement"
    r"|gentil|pour (?:le|la|l'|lui|leur|m|mme|monsieur|madame))"
    r"|\b(?:dire|dites|dis)(?: lui| leur)?(?: (?:a|au|aux) [^.?!\n]{1,50}?)? de ma part"
    r"(?: (?:a|au|aux) [^.?!\n]{1,50}?)? (?:que |qu'|merci|bravo)"
    r"[^.?!\n]{0,80}?\b(?:merci|beau|belle|bien|gentil|gentille|patient|patiente|aimable|formidable|agreable"
    r"|touchant|bravo|super|extraordinaire|remarquable)"
)
# The sentence that asks to pass the thanks on ("Pouvez-vous lui dire de ma part ?") is no ask of the writer's own.
_PASS_ON = re.compile(r"\bde ma part\b|\btransmett\w*|\bfaire passer\b|\bremett\w* (?:lui|leur|a)\b")
# A question or an ask of the writer's own (what the thanks come with): then the message is routine.
_OWN_ASK = re.compile(
    r"\?|\b(?:je voudrais|j'aimerais|je souhaite|je souhaiterais) (?:savoir|connaitre|demander|obtenir|faire"
    r"|renouveler|inscrire|declarer)\b|\b(?:comment|quand) (?:faire|dois-je|puis-je|faut-il)\b"
)


def asks_staff_favour(text: str) -> bool:
    """`text` (folded) asks someone of the office for a private service: a pet, children, furniture, a loan."""
    return bool(_STAFF_FAVOUR.search(text)) or asks_pet_minded(text)


def asks_pet_minded(text: str) -> bool:
    """`text` (folded) asks the office to mind, feed or take in the writer's pet."""
    return bool(_PET_MINDED.search(text)) and not _PET_AFFAIRS.search(text)


def passes_on_thanks(text: str) -> bool:
    """`text` (folded) asks the office to pass thanks or compliments on, with no question of the writer's own."""
    parts = sentences(text)
    thanked = [s for s in parts if _THANKS.search(s)]
    if not thanked:
        return False
    return not any(_OWN_ASK.search(s) for s in parts if s not in thanked and not _PASS_ON.search(s))
