"""A business put on hold and a consumer credit regretted, in the writer's words (fifty-eighth pass, engineer-r109,
issue 14).

Two ways of asking whose fiche the message's words miss, so that it is not among the candidates at all and no
tie-break can bring it (`guichet.knowledge.trade_neighbours` only reorders what was found). Each reading is a
vocabulary entry (`guichet.knowledge.terms.Term`, gathered at the end of `guichet.knowledge.vocabulary.VOCABULARY`),
behind its own switch (read at call time, `silenced`):

- `READ_BUSINESS_ON_HOLD`: the writer's business stopped for a while, not closed (« mettre mon entreprise en pause »,
  « en sommeil », « arrêter un an sans fermer », « je compte reprendre après »): F32703 « Cessation temporaire
  d'activité ou mise en sommeil d'une entreprise » (« L'entreprise peut cesser temporairement son activité … mise en
  sommeil »). The salaried worker's « temps de pause » (F18205) and the definitive closing (F23744) came first.
- `READ_CREDIT_REGRET`: a loan or a financing signed for a purchase (« le financement de la moto », « un prêt
  perso », « le crédit de la cuisine ») that the writer wants to give up (« renoncer », « revenir dessus », « je
  regrette »): F2441 « Crédit à la consommation : qu'est-ce que le droit de rétractation ? » (« Vous disposez d'un
  délai de 14 jours … pour vous rétracter »). The home loan's fiches came first. Not a home loan (« immobilier »,
  « la maison »): its own fiches answer.

Each reading is written for a way of telling, never for one message; `corpora/retrieval/` only measures it (figures
in docs/benchmarks.md, fifty-eighth pass, r109).
"""

from __future__ import annotations

from guichet.knowledge.terms import Term, around

# Figures: train + validation of corpora/retrieval (`benchmarks/retrieval_vocabulary_switch.py trade_terms`;
# docs/benchmarks.md, fifty-eighth pass, r109).
# On: validation r109-020 10 -> 1, v104-006 - -> 2; train nothing moves; none down.
READ_BUSINESS_ON_HOLD = True
# On: validation v103-29 11 -> 1, v86-007 4 -> 1; train ret-r10-043 4 -> 1, ret-r20-036 2 -> 1, ret-r42-032 3 -> 1,
# v61-019 3 -> 1; none down (ret-r25-036, gold F2451, stays 3rd).
READ_CREDIT_REGRET = True

# The writer's own business, by what it is
_OWN_BUSINESS = (
    r"(mon|ma|notre|l.|son|sa) (petite? )?(entreprise|societe|activite|boite|commerce|boutique|atelier|salon"
    r"|restaurant|cabinet|micro.?entreprise|auto.?entreprise|affaire|sarl|eurl|sas|sasu|ei)\b"
    r"|(je suis|suis) (\w+ )?(artisan|commercante?|menuisier|plombier|electricien|independante?|auto.?entrepreneu\w*"
    r"|micro.?entrepreneu\w*|gerante?)|a mon compte|entreprise individuelle"
)
# Stopped for a while, not closed
_ON_HOLD = (
    r"en (pause|sommeil|veille|stand.?by|suspens)|mise? en sommeil|sans (la |le )?fermer|sans (tout )?(fermer|arreter)"
    r" definitivement|(pas|ne veux pas|sans) (la |le )?(fermer|radier) definitivement|suspendre (mon|ma|l.|son|sa)"
    r" (activite|entreprise)|(arreter|cesser|interrompre|stopper) (\w+ ){0,3}(temporairement|provisoirement"
    r"|quelque temps|un (an|moment)|(\d+|deux|trois|six|quelques) mois)|cessation temporaire"
    r"|(reprendre|redemarrer) (\w+ ){0,3}(apres|plus tard|ensuite|dans (un|\d+|deux|six))"
)
BUSINESS_ON_HOLD_PATTERN = around(_OWN_BUSINESS, _ON_HOLD, 250)

# A loan for a purchase, by any of its names
_CREDIT = (
    r"(credit|pret|financement|emprunt|credit renouvelable)s?\b( (perso|personnel|conso|a la consommation|auto"
    r"|voiture|de la (voiture|moto|cuisine|concession)|pour (la|le|une|un|ma|mon)))?|(le|un|mon|ce) (credit|pret"
    r"|financement)\b"
)
# Given up after signing
_REGRET = (
    r"renonc\w*|revenir (en arriere|dessus|sur (ma|mon|cette|ce))|(me |se )?retract\w*"
    r"|regrett?\w*|changer? d.avis|faire marche arriere|annul\w* (le|mon|ce|cet|cette|la) (credit|pret|financement)"
)
# The signature told: a loan taken, not one asked for or refused
_SIGNED = r"sign\w*|souscri\w*|contract\w*|accept\w*|(pris|prendre) (un|le|ce) (credit|pret|financement)"
CREDIT_REGRET_PATTERN = around(around(_CREDIT, _REGRET, 200), _SIGNED, 300)

TRADE_TERMS: tuple[Term, ...] = (
    Term(
        BUSINESS_ON_HOLD_PATTERN,
        "cessation temporaire d'activité mise en sommeil de l'entreprise",
        ("F32703",),
        "F32703 « Cessation temporaire d'activité ou mise en sommeil d'une entreprise »",
        # a salaried worker's break, a shop's holiday closing: the employee's fiches answer
        unless=r"temps de pause|pause dejeuner|conges (payes|annuels)|fermeture (annuelle|pour conges)",
        told=True,
    ),
    Term(
        CREDIT_REGRET_PATTERN,
        "crédit à la consommation droit de rétractation délai de 14 jours",
        ("F2441",),
        "F2441 « Crédit à la consommation : qu'est-ce que le droit de rétractation ? »",
        # a home loan: its own fiches (the purchase cancelled, the suspensive condition)
        # an inheritance renounced beside a loan: the estate's fiches
        unless=r"immobilier|maison|appartement|logement|terrain|notaire|compromis|promesse de vente|succession"
        r"|heritage",
    ),
)
SWITCHES: dict[str, Term] = dict(zip(("READ_BUSINESS_ON_HOLD", "READ_CREDIT_REGRET"), TRADE_TERMS, strict=True))
_SWITCH_OF = {term: name for name, term in SWITCHES.items()}


def silenced(term: Term) -> bool:
    """Whether `term` is one of `TRADE_TERMS` and its switch is off (read at call time)."""
    switch = _SWITCH_OF.get(term)
    return switch is not None and not globals()[switch]
