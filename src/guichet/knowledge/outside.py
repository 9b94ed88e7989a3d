"""Requests no service-public fiche answers, read in what the message asks (thirty-second pass, engineer-r42).

The fiches say what a right is, who gives it and how to ask for it; they never choose a firm, a product or a person
("quel forfait est le moins cher ?", "vous connaissez un bon pédiatre ?"), give an opinion ("d'après vous, lequel est
le plus fiable ?"), cook, write or translate a text for the writer, tell a score or the weather, or give the opening
hours of one local place, the date of a town's event, or the state of the writer's own file (thirty-fourth pass:
only the office's records say it). A search always returns fiches, and a fiche that shares the message's words can
lead its neighbours by a wide margin: on train + validation of corpora/retrieval, 53 of the 164 messages without an
answering fiche got a confident first fiche (the mobile plan's, the car purchase's, the Ehpad's).

`outside_request` reads the subject and the asks only (a story may tell anything) and says which kind of request
it is when *every* ask is one: a message that also asks something a fiche answers ("quelle mutuelle est la moins
chère, et ai-je droit à la complémentaire santé solidaire ?") is not outside. The search reports it on each hit
(`FicheHit.outside`), and a first fiche for such a request is not a confident one (`knowledge.evaluation`).
"""

from __future__ import annotations

import re

from guichet.knowledge.analysis import fold
from guichet.knowledge.later_schemes import later_scheme
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
# Thirty-fourth pass (engineer-r48): three entries more, behind the switch `READ_FILE_STATE`.
FILE_STATE = "l'état d'un dossier personnel"
_BEFORE_PASS34 = len(OUTSIDE)
OUTSIDE += (
    # a product chosen by what it does best ("laquelle rembourse le mieux ?"), or a firm or a person to recommend
    # ("vous pouvez me conseiller une mutuelle qui … ?"), not a procedure
    (
        "le choix d'un produit, d'une entreprise ou d'une personne",
        r"\b(lequel|laquelle|lesquels|lesquelles) \w+ (le mieux|le plus|le moins)\b"
        r"|\b(me|nous) (conseiller|recommander) (un|une|des) (?!" + _PROCEDURE + r")\w+",
    ),
    # The state of the writer's own file ("où en est mon dossier ?", "avez-vous bien reçu mon arrêt ?", "pouvez-vous
    # vérifier mon dossier ?", "à quel rang suis-je ?", "quand passera-t-il en commission ?"): only the office's own
    # records say it. A fiche says how to follow a request for the documents of `_TRACKED` ("Comment savoir où en est
    # ma demande de carte d'identité ?"), and "comment savoir où en est…" asks how to follow any request: neither is
    # outside (`_FOLLOWED`).
    (
        FILE_STATE,
        r"\bou en (est|sont)\b"
        r"|\b(pouvez|pourriez|pourrez)[ -]?vous (simplement |juste |svp )?(verifier|regarder|consulter|debloquer"
        r"|relancer) (mon|ma|mes|le|la|son|sa|notre) (dossier|demande|situation|compte|paiement|versement|virement"
        r"|remboursement)\b"
        r"|\b(pouvez|pourriez|pourrez)[ -]?vous (simplement |juste |svp )?(verifier|regarder) si\b[^?]{0,60}"
        r"\b(recue?s?|envoyee?s?|arrivee?s?|traitee?s?|enregistree?s?|payee?s?|versee?s?|prete?s?)\b"
        r"|\b(avez|auriez)[ -]?vous (bien )?recue?s?\b|\bvous l.avez (bien )?recue?\b"
        r"|\ba quel rang\b|\ba quelle place (je suis|suis.je|j.en suis)\b"
        r"|\b(passee?|passera|passe)\b[^?]{0,20}\ben commission\b"
        r"|\ben cours de (paiement|traitement|versement|instruction)\b",
    ),
    # The date or the hour of one town's event ("à quelle heure sera tiré le feu d'artifice ?", "quand a lieu
    # le forum des associations ?"), or the days a local facility opens ("le relais est ouvert quand ? le mercredi ?",
    # "la piscine est-elle ouverte pendant les vacances ?"): the town's own calendar, not a right.
    (
        "un événement ou un horaire de la commune",
        r"\b(a quelle heure|quand|a quelle date|quel jour|quelle date|aura.t.il lieu|aura lieu|a lieu)\b[^?]{0,80}"
        r"\b(feux? d.artifice|marche de noel|forum des associations|repas des (anciens|aines)|fete (de la musique"
        r"|du village|de quartier|foraine)|braderie|job dating|brocante)\b"
        r"|\b(feux? d.artifice|marche de noel|forum des associations|repas des (anciens|aines)|job dating|braderie)\b"
        r"[^?]{0,60}\b(a quelle heure|quand|quelle date|aura.t.il lieu|aura lieu|a lieu)\b"
        r"|\bouverte?s? (quand|pendant les vacances|durant les vacances|le (lundi|mardi|mercredi|jeudi|vendredi))\b",
    ),
)
_OUTSIDE = tuple((name, re.compile(pattern)) for name, pattern in OUTSIDE)
# The documents a fiche tells how to follow the request of (F34756, F34757, F34742, F33352: the ANTS's tracking).
_TRACKED = re.compile(r"\b(carte d.identite|cni|passeport|carte grise|certificat d.immatriculation|permis)\b")
# An ask of how to follow a request ("comment savoir où en est ma demande ?") is answered by those fiches' kind.
_FOLLOWED = re.compile(r"\bcomment (savoir|suivre|connaitre|voir|verifier)\b")
# off: the thirty-third pass, without the three entries above (a measurement switch)
READ_FILE_STATE = True


# An ask that also asks for a right or a procedure ("… et ai-je droit à la complémentaire santé solidaire ?") is one a
# fiche answers, whatever else it asks.
_RIGHT_ASKED = re.compile(
    r"\b(droit (a|au|aux)|ai.je droit|avoir droit|beneficier|toucher|faire une demande|demander (une|un|l.|la|le))\b"
)


_PASS34 = frozenset(pattern for _, pattern in _OUTSIDE[_BEFORE_PASS34:])


def _kind(sentence: str, tracked: bool = False) -> str:
    """The kind of request no fiche answers `sentence` makes ('' for any other); `tracked`: the message names a
    document whose request a fiche tells how to follow."""
    folded = fold(sentence)
    if _RIGHT_ASKED.search(folded):
        return ""
    for name, pattern in _OUTSIDE:
        if pattern in _PASS34 and not READ_FILE_STATE:
            continue
        if name == FILE_STATE and (tracked or _FOLLOWED.search(folded)):
            continue
        if pattern.search(folded):
            return name
    return ""


# An ask this short ("Harmonie, MGEN, Axa ?", "Et pour la prime ?") follows the one before it and decides nothing.
SHORT_ASK = 5


# Thirty-fourth pass: a question mark or a dash standing alone is no word ("Ou une action Tesla ?" is four words, as
# "Et pour la prime ?" was meant to be: `split` counted five).
COUNT_WORDS = True  # off: the thirty-third pass, every space-separated piece counted (a measurement switch)


def _words(ask: str) -> int:
    pieces = ask.split()
    return sum(1 for piece in pieces if _WORD.search(piece)) if COUNT_WORDS else len(pieces)


_WORD = re.compile(r"\w")


# Thirty-fifth pass (engineer-r51): a scheme created after the fiches' snapshot, asked about by name
# (`guichet.knowledge.later_schemes`). off: the thirty-fourth pass's reading (a measurement switch)
READ_LATER_SCHEMES = True


def outside_request(query: Query) -> str:
    """What kind of request no fiche answers the message makes, when every ask is one ('' otherwise); asks of
    fewer than `SHORT_ASK` words are left aside. A scheme created after the snapshot, asked about by name, is one."""
    if READ_LATER_SCHEMES and (scheme := later_scheme(query)):
        return f"un dispositif postérieur aux fiches : {scheme}"
    asks = query.asks or ([query.subject] if query.subject else [])
    tracked = bool(_TRACKED.search(fold(" ".join([query.subject, *query.asks, *query.context]))))
    kinds = [_kind(ask, tracked) for ask in asks]
    found = [kind for kind in kinds if kind]
    if not found or any(not kind and _words(ask) >= SHORT_ASK for ask, kind in zip(asks, kinds, strict=True)):
        return ""
    return found[0]
