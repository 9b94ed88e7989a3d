"""Energy and consumer matters told in the writer's words (fifty-third pass, engineer-r95, issue 14).

The buyer of a broken washing machine, the household with a huge electricity bill, the pensioner waiting for « le bon
pour l'électricité », the daughter whose mother signed at her door rarely name the fiche that answers: « le magasin
dit que la garantie d'un an est finie » is the legal guarantee of conformity, « une facture de régularisation de
1 800 €, ils ne répondent pas » the national energy ombudsman, « l'APL pour l'électricité » the chèque énergie,
« un vendeur est venu chez ma mère … peut-elle annuler ? » doorstep selling and its 14 days. Each reading is a
vocabulary entry (`guichet.knowledge.terms.Term`, gathered at the end of `guichet.knowledge.vocabulary.VOCABULARY`)
behind its own switch (read at call time through `silenced`, as `guichet.knowledge.rented_home` does):

- `READ_LEGAL_GUARANTEE`: a product that broke, told beside what the seller said of « la garantie » (« finie », « d'un
  an », « constructeur », « voir avec la marque ») or beside the question of what guarantee the buyer has: F11094
  « Achat d'un produit : garantie légale de conformité » (« Si votre litige persiste avec le vendeur… »). The words
  « garantie constructeur », « un an » otherwise put F11093 (the commercial guarantee) first. Not a paid extension
  (F11093 is then the answer), a hidden defect or a second-hand purchase (F11007), a car, works or a tradesman
  (F2958, F2034), a rent deposit.
- `READ_ENERGY_DISPUTE`: an electricity or gas bill disputed (« facture de régularisation », readings « estimées »,
  « compteur mal relevé ») told with the supplier's silence or refusal, a complaint, a court or « un organisme
  indépendant »: F20820 « Médiateur national de l'énergie : comment y recourir ? ». The fiches on changing supplier
  (F18116) and on unpaid bills (F20055) otherwise come first. Not water (F389, F20762), a phone or internet bill
  (F14373), a landlord's charges.
- `READ_ENERGY_AID_NAMED`: the chèque énergie named by what it pays (« un bon pour payer l'électricité », « l'APL pour
  l'électricité », « un chèque pour aider à payer le chauffage »), in the forms the older entry
  (`vocabulary.names_family`: « bon … pour payer la facture d'électricité ») leaves out: F33667 « Chèque énergie (gaz,
  chaleur, électricité) ». Not an aid for works (MaPrimeRénov', F35083), a car, solar panels, the FSL.
- `READ_DOORSTEP_CANCEL`: someone came to the writer's or a relative's home and got something signed or paid, and
  the writer asks to cancel (« annuler », « revenir en arrière », « dire non », « combien de jours »): F23224
  « Démarchage à domicile (vente hors établissement) ». The register's paraphrase (« vendeur venu ») adds the words
  but points to no fiche, and the consumer-credit and distance-selling withdrawal fiches (F2441, F10485) came first.
  Not a purchase online, at a fair or in a shop.

Each reading is written for a way of telling, never for one message; `corpora/retrieval/` only measures it (figures
in docs/benchmarks.md, fifty-third pass, r95).
"""

from __future__ import annotations

from guichet.knowledge.terms import Term, around

# Figures: train + validation of corpora/retrieval, the messages each entry matches, each switch alone with the others
# as shipped (`benchmarks/retrieval_vocabulary_switch.py energy_consumer`; docs/benchmarks.md, fifty-third pass, r95).
# On: 11 matched; validation ret-r9-045 2 -> 1; train ret-r10-048 3 -> 1, v71-048 4 -> 1, three more 2 -> 1; five
# stay 2 behind F11093; none down.
READ_LEGAL_GUARANTEE = True
# On: 11 matched; train r39-031, r69-019, r95-008 2 -> 1, ret-v7-037 23 -> 1; validation two stay 1; none down.
READ_ENERGY_DISPUTE = True
# On: 8 matched, train only; r67-023 3 -> 1, r69-029 6 -> 1; none down.
READ_ENERGY_AID_NAMED = True
# On: 9 matched, train only; r84-003 12 -> 1, v86-049 18 -> 1, r95-018 13 -> 5, three more 2 -> 1; none down.
READ_DOORSTEP_CANCEL = True

# A product that no longer works.
_BROKEN = (
    r"(tombee?s?|est|etait|sont) en panne|en panne (au bout|apres|depuis)|panne|ne (s.allume|marche|fonctionne|tourne"
    r"|charge|recharge|essore|chauffe|refroidit|demarre|s.allume)\w* (plus|pas)|ne fait plus (de )?(froid|rien)"
    r"|lache|fuit|s.est mise? a fuir|(des |les )?lignes (noires? )?(sur|partout)|ecran noir|s.eteint tout seul"
)
# What the seller said of the guarantee, or the buyer's question of it.
_GUARANTEE = (
    r"garantie (est |etait |serait )?(finie?|terminee|expiree|depassee)|(la|sa|leur) garantie (\S+ ){0,4}(finie?"
    r"|terminee|expiree)|garantie (du |de la )?(constructeur|fabricant|marque)|garantie (d.un|d.1|1|un) an"
    r"|garantie (de |d.)?(2|deux) ans|plus (sous|de) garantie|(quelle|comme|quoi comme) garantie"
    r"|(voir|s.adresser|m.adresser|contacter|envoyer|renvoyer|appeler) (\w+ ){0,3}(au |le |la |a la |avec le "
    r"|avec la )?(fabricant|constructeur|marque)|c.est (au|a la) (fabricant|constructeur|marque)"
    r"|(doit|oblige\w*|a lui|au vendeur|au magasin) (\w+ ){0,2}(le |la |les )?(reparer|changer|remplacer)"
)
# Bought from a seller: a shop, a site, a purchase told.
_BOUGHT = r"achet\w*|achat|magasin|vendeu\w*|enseignes?|boutique|\bsite\b|commande\w*"
LEGAL_GUARANTEE = around(around(_BROKEN, _GUARANTEE, 300), _BOUGHT, 300)
# A paid extension (F11093 answers it), a hidden or older defect and second hand (F11007), a car, works, a tradesman,
# a rent deposit.
NOT_LEGAL_GUARANTEE = (
    r"extension de garantie|garantie (\w+ )?payante|(paye|souscrit|achete) (une|la|l.) ?(extension|garantie)"
    r"|vices? caches?|\bcaches?\b|deja present|existait (deja )?avant|avant la vente|d.occasion|occasion|particulier"
    r"|voiture|vehicule|garag\w*|travaux|artisan|chantier|decennale|toiture"
    r"|caution|depot de garantie|loyer|locataire"
)

# An electricity or gas bill told as wrong.
_ENERGY_BILL = (
    r"factures? (de |d.)?(regularisation|rattrapage)|regularisation (d.|de )?(electricite|gaz)"
    r"|(releves?|index|consommations?|factures?) (\w+ ){0,3}(estimee?s?|mal releve\w*|jamais releve\w*)"
    r"|compteur (\w+ ){0,3}(mal|pas|jamais) (ete )?releve"
    r"|factures? (d.electricite|de gaz|edf|engie|d.energie) (\w+ ){0,3}(enormes?|delirantes?|exorbitantes?"
    r"|astronomiques?|erronee?s?|fausses?|abusives?|injustifiee?s?)"
    r"|fournisseurs? (d.electricite|de gaz|d.energie) (\w+ ){0,3}(me |nous )?(reclam\w*|factur\w*)"
)
# The supplier silent or refusing, a complaint made, a third party asked to settle it.
_DISPUTED = (
    r"contest\w*|reclamation\w*|(ne|n.) (me |nous )?repond\w* (pas|plus|jamais)|aucune reponse|sans reponse"
    r"|refus\w* de (verifier|revoir|corriger|rectifier|baisser)|litiges?|organisme independant|proces|tribunal"
    r"|(me|nous) plaindre|recours|qui (peut )?trancher|inadmissible|scandal\w*|c.est du vol"
)
ENERGY_DISPUTE = around(_ENERGY_BILL, _DISPUTED, 400)
# Water, a phone or internet bill, a landlord's or co-ownership's charges.
NOT_ENERGY_DISPUTE = (
    r"factures? (\w+ ){0,2}d.eau|regularisation (d.|de l.)eau|l.eau (\w+ ){0,2}(facture|compteur)|compteur d.eau"
    r"|service des eaux|distributeur d.eau|internet|box|forfait|operateur"
    r"|telephon\w*|charges locatives|regularisation des charges|syndic|copropri\w*|(mon|ma|le|la) (proprio|bailleur)"
    r"|coloc\w*|surendett\w*|banque de france|justificatifs?|carte d.identite|passeport"
)

# The cheque named by what it pays.
ENERGY_AID_NAMED = (
    r"(bon|cheque|apl|aide|allocation|prime) (\w+ ){0,2}(pour|de) (\w+ ){0,4}(l.electricite|l.energie|le chauffage"
    r"|le gaz|edf|engie)(?! (solaire|photovolta\w*))"
)
# The older entry's words, works and their aids, a car, solar panels, the FSL.
NOT_ENERGY_AID_NAMED = (
    r"cheque energie|travaux|isol\w*|renov\w*|chaudiere|pompe a chaleur|panneaux|photovolta\w*|solaire|voiture"
    r"|vehicule|borne|coup de pouce|\bfsl\b|fonds de solidarite|loyers?"
)

# Someone came to the home (the writer's or a relative's) and got something signed or paid.
_CAME_HOME = (
    r"(est|sont|etait|etaient) (\w+ ){0,2}(venue?s?|passee?s?|presentee?s?) (\w+ ){0,3}(chez|a la maison|a domicile"
    r"|a (ma|sa|la|notre) porte)|(venue?s?|passee?s?) sonner|(a|ont) (sonne|frappe) (chez|a)"
    r"|demarcheu\w+|porte.a.porte|vendeur a domicile|vente a domicile"
)
_SIGNED = r"sign\w*|bons? de commande|contrats?|cheques?|acomptes?|pay\w*"
_HOME_DEAL = around(_CAME_HOME, _SIGNED, 300)
_CANCEL = (
    r"annul\w*|retract\w*|revenir en arriere|revenir sur|dire non|change\w* d.avis|regrett?\w*|renoncer"
    r"|(combien de|quel) (temps|jours|delai)"
)
DOORSTEP_CANCEL = around(_HOME_DEAL, _CANCEL, 400)
# A purchase online, by phone, at a fair or a show, in a shop.
# A bailiff or a judgment brought to the door.
NOT_DOORSTEP_CANCEL = (
    r"internet|en ligne|\bsite\b|par telephone|au telephone|foire|salon|en magasin|dans (un|le) magasin"
    r"|huissier|commissaire de justice|jugement|expuls\w*|saisie"
)

ENERGY_CONSUMER_TERMS: tuple[Term, ...] = (
    Term(
        LEGAL_GUARANTEE,
        "garantie légale de conformité défaut de conformité 2 ans après la délivrance du bien",
        ("F11094",),
        "F11094 « Achat d'un produit : garantie légale de conformité » : « Si votre litige persiste avec le vendeur »",
        unless=NOT_LEGAL_GUARANTEE,
        told=True,
    ),
    Term(
        ENERGY_DISPUTE,
        "médiateur national de l'énergie litige avec le fournisseur d'électricité ou de gaz réclamation",
        ("F20820",),
        "F20820 « Médiateur national de l'énergie : comment y recourir ? » : « des solutions amiables aux litiges "
        "entre les fournisseurs d'énergies et les consommateurs »",
        unless=NOT_ENERGY_DISPUTE,
    ),
    Term(
        ENERGY_AID_NAMED,
        "chèque énergie aide au paiement des factures d'électricité de gaz",
        ("F33667",),
        "F33667 « Chèque énergie (gaz, chaleur, électricité) » : « un dispositif d'aide au paiement des dépenses "
        "d'énergie »",
        unless=NOT_ENERGY_AID_NAMED,
    ),
    Term(
        DOORSTEP_CANCEL,
        "démarchage à domicile vente hors établissement délai de rétractation de 14 jours",
        ("F23224",),
        "F23224 « Démarchage à domicile (vente hors établissement) » : « délai de rétractation de 14 jours »",
        unless=NOT_DOORSTEP_CANCEL,
    ),
)
# each switch's entry, by the switch's name (`benchmarks/retrieval_vocabulary_switch.py energy_consumer` reads it)
SWITCHES: dict[str, Term] = dict(
    zip(
        ("READ_LEGAL_GUARANTEE", "READ_ENERGY_DISPUTE", "READ_ENERGY_AID_NAMED", "READ_DOORSTEP_CANCEL"),
        ENERGY_CONSUMER_TERMS,
        strict=True,
    )
)
_SWITCH_OF = {term: name for name, term in SWITCHES.items()}


def silenced(term: Term) -> bool:
    """Whether `term` is one of `ENERGY_CONSUMER_TERMS` and its switch is off (read at call time)."""
    switch = _SWITCH_OF.get(term)
    return switch is not None and not globals()[switch]
