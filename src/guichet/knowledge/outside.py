"""Requests no service-public fiche answers, read in what the message asks (thirty-second pass, engineer-r42).

The fiches say what a right is, who gives it and how to ask for it; they never choose a firm, a product or a person
("quel forfait est le moins cher ?", "vous connaissez un bon pédiatre ?"), give an opinion ("d'après vous, lequel est
le plus fiable ?"), cook, write or translate a text for the writer, tell a score or the weather, or give the opening
hours of one local place. A search always returns fiches, and a fiche that shares the message's words can lead its
neighbours by a wide margin: on train + validation of corpora/retrieval, 53 of the 164 messages without an answering
fiche got a confident first fiche (the mobile plan's, the car purchase's, the Ehpad's).

`outside_request` reads the subject and the asks only (a story may tell anything) and says which kind of request
it is when *every* ask is one: a message that also asks something a fiche answers ("quelle mutuelle est la moins
chère, et ai-je droit à la complémentaire santé solidaire ?") is not outside. The search reports it on each hit
(`FicheHit.outside`), and a first fiche for such a request is not a confident one (`knowledge.evaluation`).
"""

from __future__ import annotations

import re

from guichet.knowledge.analysis import fold
from guichet.knowledge.query import Query

# What a fiche does answer when the writer asks which one to choose ("quelle aide me conseillez-vous ?").
_PROCEDURE = (
    r"(aides?|allocations?|prestations?|demarches?|formulaires?|procedures?|recours|dispositifs?|droits?|contrats?"
    r"|statuts?|options?|solutions?|mesures?|organismes?|services?)\b"
)
# (name, pattern over a folded ask): the name is what the agent is told, in French.
OUTSIDE: tuple[tuple[str, str], ...] = (
    ("un avis personnel", r"\b(d.apres vous|selon vous|a votre avis|votre avis perso\w*)\b"),
    ("une recette de cuisine", r"\brecettes?\b(?! (des|de la|du) (impots?|finances|tresor))"),
    (
        "un texte à écrire, corriger ou traduire",
        r"\b(ecrire|rediger|traduire|corriger|relire)( \w+){0,2} (un|une|mon|ma|le|la) "
        r"(discours|poemes?|dissertation|dissert|chansons?|slam|cv)\b",
    ),
    ("un résultat sportif ou la météo", r"\b(le score|quelle chaine|la meteo|va pleuvoir|il va faire beau)\b"),
    (
        "les horaires d'un lieu",
        r"\b(a quelle heure|horaires?)\b[^?]{0,50}\b(ouvre|ferme|ouverte?s?|fermee?s?)\b"
        r"|\b(ouvre|ferme|ouverte?s?)\b[^?]{0,40}\b(a quelle heure|le dimanche|la nuit)\b",
    ),
    (
        "le choix d'un produit, d'une entreprise ou d'une personne",
        r"\b(le|la|les) (moins chere?s?|plus fiables?"
        r"|meilleure?s?(?! (delais|moyens?|solutions?|facons?|options?|choses?|demarches?)))\b"
        r"|\b(lequel|laquelle|lesquels|lesquelles) (est|sont|serait|seraient) (le |la |les )?"
        r"(mieux|meilleure?s?|plus|moins)\b"
        r"|\b(quel|quelle|quels|quelles) (?!" + _PROCEDURE + r")\w+( \w+){0,2} (me |nous )?(conseill|recommand)\w*"
        r"|\b(me |nous )?(conseillez|conseilleriez|recommandez|recommanderiez)\b( \w+){0,3} "
        r"(plutot|entre|de (prendre|choisir|acheter|placer|investir|reinvestir|mettre))\b|\bdes conseils de\b"
        r"|\ble bon moment pour (acheter|investir|placer|vendre)\b|\brapporte le plus\b"
        r"|\b(connaissez|connaitriez|auriez|avez)( \w+){0,2} (un|une|des|le nom d.une?|l.adresse d.une?)"
        r"( \w+){0,2} (bon|bonne|bons|bonnes|serieux|serieuse|pas (trop )?chere?s?)\b"
        r"|\b(connaissez|conseill\w*|recommand\w*)\b( \w+){1,4} pas (trop )?chere?s?\b",
    ),
)
# Thirty-third pass (engineer-r45): a named agent's own line or address ("le numéro de portable de l'inspecteur qui
# suit mon dossier"), and a place asked open on a Saturday or in the evening ("le centre des impôts est ouvert le
# samedi matin ?"): no fiche gives either.
OUTSIDE += (
    (
        "les coordonnées personnelles d'un agent",
        r"\b(numeros?|telephone|portable|ligne directe|mail|adresse mail|e.mail) (de |du )?(portable |direct "
        r"|personnel |perso )?(de |du )?(l.inspecteur|l.inspectrice|l.agente?|la dame|le monsieur|mon conseiller"
        r"|ma conseillere|mon gestionnaire|ma gestionnaire|mon interlocuteur|mon inspecteur)\b",
    ),
    (
        "les horaires d'un lieu",
        r"\b(est|sont|etes.vous|etes) (\w+ )?ouverte?s?\b[^?]{0,40}\b(le |les )?(samedis?|soirs?)\b",
    ),
)
_OUTSIDE = tuple((name, re.compile(pattern)) for name, pattern in OUTSIDE)


# An ask that also asks for a right or a procedure ("… et ai-je droit à la complémentaire santé solidaire ?") is one a
# fiche answers, whatever else it asks.
_RIGHT_ASKED = re.compile(
    r"\b(droit (a|au|aux)|ai.je droit|avoir droit|beneficier|toucher|faire une demande|demander (une|un|l.|la|le))\b"
)


def _kind(sentence: str) -> str:
    folded = fold(sentence)
    if _RIGHT_ASKED.search(folded):
        return ""
    return next((name for name, pattern in _OUTSIDE if pattern.search(folded)), "")


# An ask this short ("Harmonie, MGEN, Axa ?", "Et pour la prime ?") follows the one before it and decides nothing.
SHORT_ASK = 5


def outside_request(query: Query) -> str:
    """What kind of request no fiche answers the message makes, when every ask is one ('' otherwise); asks of
    fewer than `SHORT_ASK` words are left aside."""
    asks = query.asks or ([query.subject] if query.subject else [])
    kinds = [_kind(ask) for ask in asks]
    found = [kind for kind in kinds if kind]
    if not found or any(not kind and len(ask.split()) >= SHORT_ASK for ask, kind in zip(asks, kinds, strict=True)):
        return ""
    return found[0]
