"""Forty-first pass (engineer-r68): cover lost — the mutuelle gone with the job, the sécu that was a spouse's.

`COVER_TERMS`, vocabulary entries (`guichet.knowledge.terms.Term`) gathered at the end of
`guichet.knowledge.vocabulary.VOCABULARY`. A person in a crisis of cover does not name the scheme that answers them:
they tell what they no longer have ("je n'ai plus de mutuelle", "la portabilité s'est arrêtée", "j'étais sur la carte
de mon mari", "une couverture maladie à mon nom"). The name "mutuelle" alone points to the general fiche (F20314
« Couverture maladie complémentaire (mutuelle) », `names_health_work`), which explains what a mutuelle is and how an
employer's works: the wrong page for someone who has none left. Sources, quoted in each entry:

* F10027 « Complémentaire santé solidaire (ex-CMU-C) » — "Vous avez de faibles ressources ? La complémentaire santé
  solidaire vous aide pour vos dépenses de santé … C'est une complémentaire santé, c'est-à-dire une mutuelle gratuite
  ou payante selon vos revenus";
* F13104 « Pension de réversion - Défunt ayant travaillé dans le privé » — the general scheme's réversion;
* F34308 « Qu'est-ce que la protection universelle maladie (Puma) ? » — "une prise en charge des frais de santé sans
  rupture de droits"; F16622 « Peut-on encore être ayant droit pour la sécurité sociale ? » — "La notion d'ayant droit
  disparaît au profit de la protection universelle maladie (Puma)".

Each entry is written for a way of telling, never for one message (`corpora/retrieval/` only measures it).
"""

from __future__ import annotations

from guichet.knowledge.terms import Term

# The writer's own mutuelle is gone: none at all, no more, lost, ended (and the portability that ended with it).
# Not a mutuelle the writer does not need or refuses ("pas besoin de mutuelle", "je ne veux pas de la mutuelle de
# l'entreprise": F20740).
_NO_MUTUELLE = (
    r"(plus|pas|sans) (de |d.)(\w+ )?mutuelles?|\b(aucune|sans) (\w+ )?mutuelles?"
    r"|perdu (ma |la |notre )?(mutuelle|complementaire sante)"
    r"|(la |ma )?(mutuelle|portabilite)( de (la |ma )?mutuelle)? (\w+ ){0,2}(s.est |est |a ete )?"
    r"(arretee|terminee|finie|coupee|resiliee|supprimee)"
)
_NOT_MINE = (
    r"pas besoin (de |d.)(\w+ )?mutuelle|refuse\w* (la |de la )?mutuelle|dispense"
    # an employer that offers none (F20739), a care the sécu pays "sans mutuelle" (what the sécu pays, F165)
    r"|(propos|offr|fourni|prevoi|impos)\w* (\w+ )?pas (de |d.)(\w+ )?mutuelle|rembours\w* (\w+ ){0,4}sans mutuelle"
)

# Another's cover the writer lived on: an adult "ayant droit" of a spouse, "sur la carte de mon mari", and the cover
# asked "à mon nom" or "à moi" after a separation or a death.
_PARTNER = r"(mon |ma |son |sa )(ex.?)?(mari|femme|epou\w*|conjoint\w*|compagn\w*|concubin\w*|pacse\w*|ex)\b"
_ON_PARTNERS = (
    r"ayants? droits? (de |du |d.)"
    + _PARTNER
    + r"|(etais|etait|etions|mise?|inscrite?|rattachee?) (\w+ )?sur (sa (carte( vitale)?|secu)\b"
    r"|(la )?(carte( vitale)?|secu|securite sociale) (de |du |d.)" + _PARTNER + r")"
    r"|(couverture (maladie|sociale|sante)|secu|securite sociale|assurance maladie|carte vitale) "
    r"(a mon (propre )?nom|a moi|pour moi toute? seule?)"
)
# No cover at all ("plus de sécu", "aucune couverture maladie"): not a foreigner without papers (the AME, F3079),
# nor someone living or back from abroad (`abroad.ABROAD_TERMS`).
_NO_SECU = r"(plus|pas|aucune|sans) (de |d.)?(couverture (maladie|sociale)|secu|securite sociale)\b"
_NOT_PUMA = (
    r"etranger|sans.papiers|titre de sejour|\bame\b|aide medicale|irreguli\w*|expatri\w*|a l.etranger"
    r"|rentree? (de|du|d.)|canada|quebec|belgique|suisse|espagne|maroc|algerie|tunisie|enfants?|fils|fille|bebe"
)

# A pension that stops with a death: the widow's or widower's "réversion" is, unless the dead spouse served the
# State, a town, a hospital or the army, the general scheme's (F13104 « Pension de réversion - Défunt ayant travaillé
# dans le privé »): the name alone pointed to no fiche (`names_family`), and F21819 « Pension de réversion de l'époux
# et de l'ex-époux : décès d'un fonctionnaire » came first for "la retraite de réversion" (its title has more of the
# words). A public employer said anywhere, or an age under the réversion's, leaves the choice to the words and the
# writer's situation.
_PUBLIC_SCHEME = (
    r"fonctionnaire|agent (public|contractuel|titulaire|territorial|hospitalier)|contractuel\w*|titulaire"
    r"|fonction publique|militaire|armee|gendarme\w*|polici\w*|enseignant\w*|professeur\w*|instituteur\w*"
    r"|mairie|commune|hopital|education nationale|(de |d.)l.etat|cnracl|ircantec|sncf|ratp|edf|gdf|marin\w*"
    r"|msa|agricole|exploitant|artisan|commercant|independant|liberal"
    # the réversion named only to say it is out of reach (a widow under 55: F744 « Allocation veuvage », read by
    # `bereavement_terms`), or beside a widow's allowance
    r"|veuvage|55 ans|jeunes? veuve?s?|trop jeunes? pour|en attendant (\w+ ){0,2}(la |ma )?reversion"
    # or a réversion already paid, told as the writer's income, not asked for
    r"|(avec|touche|percois|recois|vis (de|avec)) (\w+ ){0,2}(pension de )?reversion"
)

COVER_TERMS: tuple[Term, ...] = (
    Term(
        _NO_MUTUELLE,
        "complémentaire santé solidaire mutuelle gratuite ressources",
        ("F10027",),
        "F10027 « Complémentaire santé solidaire (ex-CMU-C) » : « une mutuelle gratuite ou payante selon vos "
        "revenus »",
        unless=_NOT_MINE,
    ),
    Term(
        _ON_PARTNERS,
        "protection universelle maladie Puma ayant droit prise en charge des frais de santé",
        ("F34308", "F16622"),
        "F34308 « Qu'est-ce que la protection universelle maladie (Puma) ? » ; F16622 « Peut-on encore être ayant "
        "droit pour la sécurité sociale ? » : « La notion d'ayant droit disparaît au profit de la Puma »",
    ),
    Term(
        _NO_SECU,
        "protection universelle maladie Puma prise en charge des frais de santé sans rupture de droits",
        ("F34308",),
        "F34308 « … protection universelle maladie (Puma) » : « une prise en charge des frais de santé sans rupture "
        "de droits »",
        unless=_NOT_PUMA,
    ),
)

# Kept apart from `COVER_TERMS` so that it can be measured alone (`vocabulary.READ_REVERSION_PRIVATE`).
REVERSION_TERMS: tuple[Term, ...] = (
    Term(
        r"reversion",
        "pension de réversion régime général",
        ("F13104",),
        "F13104 « Pension de réversion - Défunt ayant travaillé dans le privé » : « Le décès de l'époux(se) ou "
        "ex-époux(se) assuré à la Sécurité sociale permet de percevoir une pension de réversion »",
        unless=_PUBLIC_SCHEME,
    ),
)
