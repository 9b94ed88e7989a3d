"""The real request found under anger and insults (fifty-third pass, engineer-r97, issue 14).

A furious writer names the procedure in the words of the grievance: « mon APL est bloquée parce que j'ai deux mois
de retard de loyer, bravo les génies » asks whether the housing aid is kept when the rent is unpaid; « votre site
ANTS c'est de la merde, erreur technique à chaque fois, il y a un autre moyen ? » asks who helps when the carte grise
cannot be done online; « le préfet m'a suspendu le permis pour un excès de vitesse, scandale » is the administrative
suspension, not the points or the « permis blanc »; « mon nom est mal écrit sur la carte grise, c'est VOTRE faute »
is the carte grise's error, not a civil status act; « votre avis d'imposition est faux, comment je conteste ? » is
the tax claim, not its time limit. Each reading is a vocabulary entry (`guichet.knowledge.terms.Term`, gathered at
the end of `guichet.knowledge.vocabulary.VOCABULARY`), behind its own switch (read at call time, `silenced`):

- `READ_AID_HELD_FOR_ARREARS`: the housing aid (APL, allocation logement) stopped, blocked or suspended, told beside
  rent arrears (« deux mois de retard de loyer », « impayé de loyer »): F32037 « Les allocations logement sont-elles
  maintenues en cas de loyers impayés ? ». Not an aid cut for another reason (a home owned by a parent, F32384; a
  student, F1563), nor arrears told without the aid.
- `READ_ONLINE_CARTE_GRISE_STUCK`: the carte grise procedure that fails online (« le site plante », « erreur
  technique », « pas d'ordinateur », « j'y comprends rien ») : F34743 « Que faire si vous n'arrivez pas à faire votre
  démarche de carte grise en ligne ? ». Not the driving licence's online steps (a new category, F20028).
- `READ_PREFECT_SUSPENSION`: a licence suspended by the préfet or the préfecture, or for a speeding or a drink told
  as the préfecture's decision: F14836 « Suspension administrative du permis de conduire ». Not a judge's
  suspension (F21761: « tribunal », « judiciaire », « juge »).
- `READ_CARTE_GRISE_ERROR`: an error on the carte grise (« mal écrit », « faute », « erreur sur la carte grise »):
  F16868 « Que faire si la carte grise comporte une erreur ? ». Not a technical error of the website.
- `READ_TAX_CONTESTED`: a tax the writer says is wrong and asks how to contest (« comment je conteste », « je
  conteste comment »): F110 « Réclamations en matière d'impôt ». Not a fine, a penalty or a rectification proposal
  (F22257, the tax audit).

Each reading is written for a way of telling, never for one message; `corpora/retrieval/` only measures it (figures
in docs/benchmarks.md, fifty-third pass, r97).
"""

from __future__ import annotations

from guichet.knowledge.terms import Term, around

# Figures: train + validation of corpora/retrieval, the messages each entry matches, each switch alone with the others
# as shipped (`benchmarks/retrieval_vocabulary_switch.py anger_buried`; docs/benchmarks.md, fifty-third pass, r97).
# On: 4 matched; validation ret-v3-075 3 -> 1; train ret-v40-007 2 -> 1, v93-010 2 -> 1, r53-030 stays 1st; none down
# (arrears that followed the aid's loss, ret-v8-022, ret-v48-050, v25-040, kept out by the reason asked).
READ_AID_HELD_FOR_ARREARS = True
# Off: a cost. 3 matched; train ret-v19-066 26 -> 7; validation r51-046 1 -> 2 (F1050 first -> F21103), v77-036
# stays 1st.
READ_ONLINE_CARTE_GRISE_STUCK = False
# On: 5 matched; train r97-034 4 -> 1, ret-v19-062 2 -> 1, v94-029 3 -> 1, ret-r4-024 and ret-r42-029 stay 1st; none
# down (v94-050, a medical check after the suspension, F2727, kept out).
READ_PREFECT_SUSPENSION = True
# On: 2 matched; validation r97-023 2 -> 1; train ret-v3-005 stays 1st; none down (a website's « page d'erreur »
# and « c'est ma faute » kept out).
READ_CARTE_GRISE_ERROR = True
# On: 5 matched; train r97-037 3 -> 2; ret-r23-042 and r97-026 stay 2nd (F1064, the time limit, first); 2 stay 1st;
# none down (a seizure, F31716, and a surcharge, F34200, kept out).
READ_TAX_CONTESTED = True

# The housing aid, and the words that say it stopped.
HOUSING_AID = r"apl|aides? (au|aux|pour le) logement|allocations? (de |au |pour le )?logement|als|alf"
STOPPED = (
    r"bloquee?s?|suspendue?s?|suspension|arrete\w*|coupee?s?|supprimee?s?|sucree?s?|retiree?s?|stoppee?s?"
    r"|(plus|pas) (rien )?(touche|recu|verse)\w*"
)
AID_STOPPED = (
    rf"\b(?:{HOUSING_AID})\b(?:\W+\w+){{0,4}}?\W+(?:{STOPPED})\b"
    rf"|\b(?:{STOPPED})\b(?:\W+\w+){{0,4}}?\W+(?:{HOUSING_AID})\b"
)
ARREARS = (
    r"(retards?|impayes?|dettes?) (de |du |des )?loyers?|loyers? (en retard|impayes?|pas payes?|non payes?)"
    r"|mois de (loyer )?(retard|impayes?)|impayes? de loyers?"
)
# The arrears told as the reason: after « parce que », « à cause de », « signalé » …, or before « signalé » (the
# landlord's report); not arrears that followed the aid's loss (« résultat j'ai deux mois de retard »).
REASON = (
    r"parce qu\w*|a cause d\w*|car|pour cause d\w*|suite a|sous pretexte|vu que|au motif|pour|signale\w*"
    r"|declare\w*"
)
CAUSE_ARREARS = (
    rf"\b(?:{REASON})\W+(?:\w+\W+){{0,5}}?(?:{ARREARS})\b"
    rf"|\b(?:{ARREARS})\b(?:\W+\w+){{0,12}}?\W+(?:signale\w*|declare\w*|prevenu\w*|averti\w*)\b"
)
AID_HELD_PATTERN = around(AID_STOPPED, CAUSE_ARREARS, 300)
NOT_AID_HELD = r"appartient a (mon|ma|mes)|(mon|ma) (pere|mere|parents?) (est|sont) (le |la )?proprietaire|etudiant"

# The carte grise, and its online procedure that fails.
CARTE_GRISE = r"carte grise|certificat d.immatriculation|immatriculation"
ONLINE = r"site|en ligne|internet|ants|teleservice|ordinateur|ordi"
FAILS = (
    r"plante\w*|bug\w*|beug\w*|erreur technique|(marche|fonctionne) (pas|plus|jamais)|n.arrive (pas|plus|jamais)"
    r"|j.y comprends rien|impossible|bloque\w*|pas d.(ordinateur|ordi|internet)"
)
ONLINE_FAILS = around(ONLINE, FAILS, 150)
# and another way or someone's help asked
HELP = (
    r"autre (moyen|solution|facon|possibilite)|qui (peut|pourrait) m.aider|m.aider|aidez.moi|de l.aide"
    r"|sans (internet|ordinateur|ordi)|au guichet|en (prefecture|personne)|par (courrier|papier)|version papier"
)
STUCK_PATTERN = around(around(CARTE_GRISE, ONLINE_FAILS, 250), HELP, 400)
NOT_STUCK = (
    r"permis (de conduire|moto|a2?|b)\b|categorie|rendez.vous|titre de sejour|passeport|carte d.identite"
    r"|perdue?\b|perte|volee?\b|duplicata"
)

# A licence suspended, and the préfecture's hand.
SUSPENDED = around(r"suspen\w*", r"permis", 100)
PREFECT = r"prefe\w*|administrative|exces de vitesse|km/h"
PREFECT_PATTERN = around(SUSPENDED, PREFECT, 300)
NOT_PREFECT = r"judiciaire|tribunal|juge\w*|\btj\b|composition penale|medical\w*|medecin"

# An error on the carte grise.
ERROR = (
    r"erreurs?|errone\w*|fautes? (d.orthographe|de frappe|dans|sur)"
    r"|mal (ecrit|orthographi\w*|saisi\w*|recopie\w*|tape)|coquille|pas (le bon|mon) (nom|prenom)"
)
ERROR_PATTERN = around(CARTE_GRISE, ERROR, 120)
NOT_ERROR = r"erreur technique|(message|page) d.erreur|plante|bug\w*"

# A tax said to be wrong, and the way to contest it asked.
TAX = r"impots?|taxe (fonciere|d.habitation)|avis d.(imposition|impot)|avis de taxe|taxe"
CONTEST_ASKED = (
    r"comment (je |on |puis.je |peut.on )?(le |la |les )?contest\w*|(je|on) (le |la )?contest\w* comment"
    r"|(veux|voudrais|dois|faut|vais) (le |la |les )?contest\w*|contester (cet|cette|mon|ma|l.|le|la|ce)"
)
TAX_PATTERN = around(TAX, CONTEST_ASKED, 250)
NOT_TAX = (
    r"amende|contravention|radar|proposition de rectification|controle fiscal|verification|penalite|majoration"
    r"|saisie|tiers detenteur"
)

ANGER_BURIED_TERMS: tuple[Term, ...] = (
    Term(
        AID_HELD_PATTERN,
        "allocations logement maintenues en cas de loyers impayés impayé de loyer",
        ("F32037",),
        "F32037 « Les allocations logement sont-elles maintenues en cas de loyers impayés ? »",
        unless=NOT_AID_HELD,
    ),
    Term(
        STUCK_PATTERN,
        "démarche de carte grise en ligne médiateurs préfecture professionnel habilité",
        ("F34743",),
        "F34743 « Que faire si vous n'arrivez pas à faire votre démarche de carte grise en ligne ? »",
        unless=NOT_STUCK,
    ),
    Term(
        PREFECT_PATTERN,
        "suspension administrative du permis de conduire préfet",
        ("F14836",),
        "F14836 « Suspension administrative du permis de conduire »",
        unless=NOT_PREFECT,
    ),
    Term(
        ERROR_PATTERN,
        "carte grise comporte une erreur correction",
        ("F16868",),
        "F16868 « Que faire si la carte grise comporte une erreur ? »",
        unless=NOT_ERROR,
    ),
    Term(
        TAX_PATTERN,
        "réclamation en matière d'impôt contester",
        ("F110",),
        "F110 « Réclamations en matière d'impôt »",
        unless=NOT_TAX,
    ),
)
# each switch's entry, by the switch's name (`benchmarks/retrieval_vocabulary_switch.py anger_buried` reads it)
SWITCHES: dict[str, Term] = dict(
    zip(
        (
            "READ_AID_HELD_FOR_ARREARS",
            "READ_ONLINE_CARTE_GRISE_STUCK",
            "READ_PREFECT_SUSPENSION",
            "READ_CARTE_GRISE_ERROR",
            "READ_TAX_CONTESTED",
        ),
        ANGER_BURIED_TERMS,
        strict=True,
    )
)
_SWITCH_OF = {term: name for name, term in SWITCHES.items()}


def silenced(term: Term) -> bool:
    """Whether `term` is one of `ANGER_BURIED_TERMS` and its switch is off (read at call time)."""
    switch = _SWITCH_OF.get(term)
    return switch is not None and not globals()[switch]
