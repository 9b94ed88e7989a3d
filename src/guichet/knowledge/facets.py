"""What a message asks about a thing, and which fiche of that thing answers it: loss, theft, cost, delay…

Many fiches come in families: "Passeport d'un majeur : première demande", "… : en cas de perte", "… : en cas de vol",
"Renouvellement du passeport…", "Combien coûte un passeport ?", "Passeport en urgence". The words of a message name the
thing (passeport) and all of them share it; what tells them apart is the *facet* the message asks about. A fiche whose
title names a facet the message does not mention ("Combien coûte un passeport ?" for someone who asks what to bring)
is usually the neighbour of the right one; one whose title names the facet asked ("… en cas de vol" after a theft)
is usually the right one. Each facet says how a title names it and how a writer does (regular expressions over the
folded text: lower case, no accents). Curated here, in code, from the titles of the fiche families.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guichet.text.gate import gated


@dataclass(frozen=True)
class Facet:
    name: str
    in_title: str
    in_message: str


FACETS: tuple[Facet, ...] = (
    # A lost thing, not a lost job, income or person ("perte de mon emploi", "j'ai perdu mon mari").
    Facet(
        "perte",
        r"\bperte\b|\bperdu",
        r"(\bperdu\w*|\bperte\b)(?! (de |d.)?(mon |ma |son |sa |notre |leur |mes |ses |l.|d.|du |de la )?"
        r"(emploi|travail|boulot|job|revenus?|salaire|autonomie|mari|femme|epoux|epouse|conjointe?|pere|mere|papa|maman|enfant|fils|fille"
        r"|bebe|frere|soeur|proche))|egare\w*"
        # a bag or a document left behind ("j'ai oublié ma sacoche dans le train"), in English too ("I lost my card")
        r"|(oublie|laisse) (mon|ma|mes) (sac|sacoche|portefeuille|valise|papiers|passeport|carte|permis|livret)"
        r"|\blost\b",
    ),
    # A theft, not a flight ("Voyage en avion : vol annulé", "… si on rate ou annule son vol") nor a wheel torn off
    # a suitcase: a thing snatched is one the writer carried ("on m'a arraché mon sac").
    Facet(
        "vol",
        r"(?<!son )(?<!en )\bvol\b(?! (retarde|annule|aller|direct))|\bvole",
        r"\bvol(e|ee|es|ees)?\b|\bvole|cambriol\w*|on m.a pris|m.(a|ont) arrache"
        r"|arrache\w* (mon|ma|mes|son|sa|ses|le|la|leur) (sac|telephone|portable|portefeuille|collier|chaine|sacoche)"
        r"|(sac|telephone|portable|portefeuille|collier|sacoche) (a ete |m.a ete )?arrache|\bstolen\b",
    ),
    # A document or a thing torn, soaked or broken ("Perte, vol ou détérioration de la carte grise", "Voyage en avion :
    # bagage perdu, retardé ou endommagé", "Nouveau livret de famille (en cas de perte, vol ou destruction)").
    Facet(
        "détérioration",
        r"deterior\w*|abime\w*|endommag\w*|destruction|detruit\w*",
        r"deterior\w*|abime\w*|endommag\w*|dechire\w*|illisible|en morceaux|detruit\w*|destruction"
        r"|(machine a laver|degat des eaux)|(arrive\w*|est|sont) casse\w*",
    ),
    Facet(
        "coût",
        r"combien coute|\bcouts?\b|\bprix\b|\btarifs?\b|payant",
        r"combien (ca |cela |est-ce que ca )?(coute|faut.il payer)|combien je (dois )?pa\w+ pour|\bcouts?\b|\bprix\b"
        r"|\btarifs?\b|payant|gratuit|timbre fiscal|c.est cher|cout(e|ent|er|era|erait) combien|(ca|cela) coute"
        # "ça va me coûter combien", "ça nous reviendra à combien": the price, said after the verb
        r"|(revient|reviendra|reviendrait) a combien"
        # "Est-ce obligatoire de payer quelque chose à la maternelle ?"
        r"|(payer|paye|regler) quelque chose",
    ),
    # Twenty-seventh pass, second shift: free of charge, a facet of its own beside the cost. "Peut-on obtenir un
    # passeport gratuitement ?", "Comment consulter gratuitement un avocat ?", "Examens et soins bucco-dentaires
    # gratuits pour les jeunes" answer "c'est gratuit ?", "le passeport gratuit quand on a pas d'argent"; the price
    # fiche beside them ("Combien coûte un passeport ?") is the cost's, which a "gratuit" also asks (it stays in
    # `coût`): asked with it, the price-only fiche gets half the credit (`rerank.SIDE_FACETS`). Not a gift's "à titre
    # gratuit" (a legal word of the donations' fiches).
    Facet(
        "gratuité",
        r"(?<!titre )gratuit\w*",
        r"(?<!a titre )\bgratuit\w*",
    ),
    # The documents to give or carry: "Naturalisation : quels documents fournir si l'on vit en couple ?", "Carte
    # d'identité / Passeport : quel justificatif de domicile ?", "Voyage à l'étranger : quels documents faut-il…".
    Facet(
        "pièces à fournir",
        r"quels? (documents?|justificatifs?|pieces?)",
        r"quels? (papiers?|documents?|justificatifs?|pieces?)\b|quelles? (pieces?|papiers?)\b"
        r"|(papiers?|documents?|pieces?|justificatifs?) (\w+ ){0,2}(a fournir|a donner|a ajouter|a apporter|a joindre)"
        r"|(papiers?|documents?|pieces?|justificatifs?) (je |il |on )?(dois|doit|faut) (\w+ )?"
        r"(fournir|donner|ajouter|apporter|joindre|avoir)",
    ),
    Facet(
        "délai",
        r"\bdelais?\b|combien de temps|quand (re)?(recoit|obtient)",
        # "toujours pas de carte grise": a document still awaited
        r"\bdelais?\b|combien de temps|(ca|cela|c) (prend|met|dure)|toujours (rien|pas) (recu|eu|arrivee?|de |d.)"
        r"|pas encore (recu|arrivee?)|attends? depuis",
    ),
    Facet(
        "retard ou pénalité",
        r"retard|penalit\w*|majore\w*|majoration|sanctions?\b",
        r"en retard|\bretard de paiement|penalit\w*|majore\w*|majoration|sanction",
    ),
    Facet(
        "réclamation",
        r"reclamation|recours|contester|contestation|litiges?\b|corriger|erreur",
        r"reclam\w*|recours|contest\w*|pas d.accord|\berreurs?\b|corriger|rectifi\w*|mal (ecrit|orthographie)",
    ),
    Facet(
        "impayé",
        r"impaye\w*",
        r"impaye\w*|retard de loyer|(mois|loyers?) (de loyer )?en retard|dettes? de loyer"
        r"|(plus|pas) paye (le|mon|les) loyer",
    ),
    # A bill the writer cannot pay: a delay or a remission ("Demander un délai de paiement pour payer ses impôts",
    # "Impossibilité de payer son impôt : demande de remise gracieuse"), not the tax's own fiche.
    Facet(
        "difficulté de paiement",
        r"delai de paiement|impossibilite de payer|remise gracieuse|echelonn\w*|plan de reglement",
        r"(ne|n.) ?(peux|pourrai|pourrais|arrive) (pas|plus) (a )?(la |le |les )?(payer|rembourser)"
        # "je ne vais plus pouvoir payer les mensualités": the same, said of the coming months
        r"|(ne|n.) ?(vais|va|allons|vont) (pas|plus) pouvoir (payer|rembourser)"
        r"|impossible de (la |le |les )?payer"
        r"|pas (les moyens|cet argent)|echelonn\w*|delai (de paiement|pour payer)|payer en plusieurs fois"
        r"|remise (gracieuse|de dette)|une remise\b",
    ),
    Facet("renouvellement", r"renouvel\w*", r"renouvel\w*|expire|perime|plus valable|arrive a (expiration|echeance)"),
    Facet(
        "première fois",
        r"premiere (demande|declaration|inscription|immatriculation)",
        r"premiere (fois|demande|declaration)|\b1(ere|re) (fois|declaration)|jamais (eu|fait)|mon 1er"
        # "premier passeport": a first document, not "premier rendez-vous" or "premier versement"
        r"|premier (passeport|permis|titre|visa)|premiere (carte|inscription|immatriculation)",
    ),
    Facet(
        "changement d'adresse",
        r"changement d.adresse|demenag\w*|changer l.adresse",
        r"demenag\w*|nouvelle adresse|changement d.adresse|chang\w* d.adresse|change l.adresse",
    ),
    Facet(
        "urgence",
        r"urgence|temporaire",
        r"urgen\w*|billet d.avion|je pars (dans|le)|au plus vite|depart (dans|le)",
    ),
    # Taking up work again while receiving a pension or a benefit is the cumul ("Retraite du salarié : cumul
    # emploi-retraite de base"): "mon ancien patron me demande de revenir l'aider".
    Facet(
        "cumul",
        r"cumul\w*",
        r"cumul\w*|en meme temps|toucher les deux|garder (mon|ma|l.)|retravailler|revenir (travailler|l.aider|aider)"
        r"|reprendre (du |un |une |le |mon )?(travail|boulot|emploi|activite|petit boulot)"
        r"|reprise d.(activite|emploi)",
    ),
    # Living or staying abroad: "Aspa, Asi : faut-il résider en France ?", "Peut-on toucher le RSA à l'étranger ?".
    Facet(
        "séjour hors de France",
        r"resider en france|a l.etranger|hors de france|quitter la france",
        r"a l.etranger|hors de france|quitter la france|(passer|rester|partir|vivre|aller|sejourner|habiter)\b.{0,40}"
        r"\b(\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|plusieurs) mois|\b(\d+|deux|trois|quatre|cinq|six|sept"
        r"|huit|neuf|plusieurs) mois (la.bas|chez|au |en |a l|dans mon pays|au pays)|retourner (au|dans mon) pays"
        r"|l.hiver (chez|au|en|a|dans)|rester la.bas",
    ),
    # Earning more while receiving a benefit or a pension: "Pension d'invalidité : quelle conséquence en cas
    # d'augmentation des ressources ?", not the fiche on the state of health beside it.
    Facet(
        "hausse des ressources",
        r"augmentation (de vos |des )?(ressources|revenus)|hausse (de vos |des )?(ressources|revenus)",
        r"gagne\w* plus|(augmentation|hausse) (de (mon|mes|ses|nos|son|sa) )?(salaire|revenus?|ressources|paie)"
        r"|(salaire|revenus?|ressources|paie) (a |ont |va |vont )?(augmente|monte)\w*"
        r"|retrouve (un|du) (travail|emploi|mi.temps|temps partiel|boulot|poste)",
    ),
    Facet(
        "suivi de la demande",
        r"suivre|ou en est|etat d.avancement",
        r"ou en est|suivre (ma|mon)|avancement|statut|en cours d.instruction",
    ),
)

_FACETS = tuple((f, gated(f.in_title), gated(f.in_message)) for f in FACETS)
# A loss or a theft the writer rules out is not the facet asked: "personne ne l'a volé, il l'a juste laissé quelque
# part" is a loss, "je ne l'ai pas perdu, on me l'a pris" a theft. Removed before the facets are read.
_NEGATED = re.compile(
    r"\bpersonne (ne |n.)?(me |m.|l.|les |lui |nous |te )*(l.|les )?(a|ont) (pris|vole\w*)"
    r"|\b(ne|n.) ?(me |m.|l.|les |lui |nous |te )*(l.|les )?(ai|a|as|avons|ont) (pas|jamais) (ete )?"
    r"(vole|perdu|pris)\w*"
    r"|\b(pas|non|jamais) (ete )?vole\w*|\b(pas|non) (un|de) vol\b"
)


# Fortieth pass (engineer-r66): the writer lost, not a thing lost. "je suis un peu perdue avec tous ces papiers", "on
# est complètement perdus", "nous sommes perdus : sécu, CAF, impôts…" say confusion; read as a loss they lifted every
# "… : en cas de perte" fiche, and their words « Que faire si j'ai perdu tous mes papiers en même temps ? » (first for
# a dead dog's owner who signed "je suis un peu perdu", v64-007, and for a new sailing boat's registration, v64-033).
# On train + validation of corpora/retrieval and corpora/drafting, 88 messages say it, none about a lost thing (two
# also lose something, read by their other words). Removed before the facets are read (as `_NEGATED`), and from the
# search's text with the politeness (`query.strip_noise`). Over raw or folded text alike. Not "mon passeport est
# perdu", "j'ai perdu", "s'est perdue dans la rue".
CONFUSED = re.compile(
    r"\b(?:je suis|je me sens|je me suis senti\w*|on est|on se sent|nous sommes|nous nous sentons|suis|sommes)"
    r"(?: (?:un peu|compl[eè]tement|totalement|vraiment|tellement|si|tout|toute|toutes|tous|assez|tr[eè]s|encore"
    r"|carr[eé]ment|franchement))* perdu\w*",
    re.IGNORECASE,
)


def facets_in_title(folded_title: str) -> frozenset[str]:
    return frozenset(f.name for f, in_title, _ in _FACETS if in_title.search(folded_title))


def facets_in_message(folded: str) -> frozenset[str]:
    folded = CONFUSED.sub(" ", _NEGATED.sub(" ", folded))
    return frozenset(f.name for f, _, in_message in _FACETS if in_message.search(folded))
