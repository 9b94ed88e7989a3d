"""A person's name and first name, told in the writer's words (fifty-third pass, engineer-r94, issue 14).

The name's fiches are a family of near neighbours (F10505 the child's name at birth, F10506 a minor's name changed
after a late recognition, F1343 the other parent's name as a nom d'usage, F868 / F33250 the spouse's name, F885 the
first name, F1656 the family name, F1177 an error in an act), and the writer names none of them. An adult writes
« rajouter le nom de ma mère sur ma carte d'identité », a mother « est-ce que mes enfants peuvent porter mon nom en
plus » (F1343 « Nom d'usage : utilisation du nom des 2 parents »), where the lexical search puts the birth's F10505
or the minor's F10506 first; a writer « ajouter le prénom de ma grand-mère à mes prénoms », « l'ordre de mes
prénoms », « que ce prénom soit inscrit sur mon acte de naissance » (F885 « Changement de prénom »), where the baby's
F882 comes first; a family « on veut changer de nom, tous » after a crime made the name infamous (F1656
« Changement de nom de famille pour motif légitime »); « le jour de naissance de ma mère est faux sur mon acte »
(F1177 « Comment corriger un acte d'état civil (erreur, coquille, double tiret) ? »); « j'ai repris mon nom de
naissance, sur mon permis il y a encore le nom de mon ex-mari » (F2695 « Faut-il signaler un changement de nom ou de
prénom pour le permis de conduire ? »); a husband « porter le nom de ma femme » (F868 « Nom d'usage : utilisation du
nom de sa femme ou de son mari »). Each reading is a vocabulary entry (`guichet.knowledge.terms.Term`, gathered at the
end of `guichet.knowledge.vocabulary.VOCABULARY`), behind its own switch (read at call time, `silenced`):

- `READ_PARENT_NAME_ADDED`: the other parent's name added to one's own (« le nom de ma mère … en plus », « à côté »,
  « accolé », « rajouter »), or a parent's own name added to a child's (« mes enfants … mon nom en plus »): F1343.
  Not a baby to be born (F10505), the spouse's name (F868, F33250), an adoption, a late recognition (F10506), nor a
  name to change for good (« pour toujours », « officiellement »: F1656).
- `READ_FIRST_NAME_CHANGED`: a first name to change, add, remove or reorder (« changer de prénom », « l'ordre de mes
  prénoms », « ajouter … à mes prénoms »): F885. Not a baby's first name chosen at the birth (F882, F31189), a first
  name already changed (the sex's mention left: F34826), an error in the act (F1177), a francisation (F10528), nor a
  carte grise or a licence.
- `READ_FAMILY_NAME_CHANGED`: the writer's own or the family's name to change (« changer de nom », « changer mon
  nom », « ne plus porter ce nom », « prendre le nom de ma mère pour toujours »): F1656. Not a child's name alone
  (« changer son nom »: F10506, F10555), a name after a marriage, a divorce or a death, a nom d'usage, a
  naturalisation, an adoption, a decree already published (F1811), a street or a business.
- `READ_CIVIL_ERROR`: an error in a civil status act (« faute », « au lieu de », « faux », an accent or a double hyphen
  in the « acte de naissance »): F1177. Not the town hall's refusal (F1431), nor a marginal note (F1429).
- `READ_LICENCE_NAME`: the driving licence and a name changed by a marriage or a divorce: F2695. Not points, a
  suspension, a loss or a foreign licence, nor the carte grise.
- `READ_WIFE_NAME`: a husband who takes his wife's name (« porter le nom de ma femme »): F868. Not the carte grise or
  the licence, a divorce, a widower.

Each reading is written for a way of telling, never for one message; `corpora/retrieval/` only measures it (figures
in docs/benchmarks.md, fifty-third pass, r94).
"""

from __future__ import annotations

from guichet.knowledge.terms import Term, around

# Figures: train + validation of corpora/retrieval, the messages each entry matches, each switch alone with the others
# as shipped (`benchmarks/retrieval_vocabulary_switch.py names_identity`; docs/benchmarks.md, fifty-third pass, r94).
# On: validation r94-047 7 -> 1; train 6 up (v95-009 9 -> 1, r94-050 6 -> 1, v95-013 4 -> 1 …); none down (8 matched).
READ_PARENT_NAME_ADDED = True
# On: validation ret-v28-047 3 -> 1; train r94-004 5 -> 1, r94-003 3 -> 1, r94-045 and v95-008 2 -> 1; none down.
READ_FIRST_NAME_CHANGED = True
# On: validation r94-007 4 -> 1, r94-044 3 -> 2; train v95-011 3 -> 1; none down (8 matched).
READ_FAMILY_NAME_CHANGED = True
# On: validation r94-031 9 -> 1; train ret-v51-009 2 -> 1; none down (8 matched).
READ_CIVIL_ERROR = True
# On: train ret-r15-003 5 -> 1; none down (3 matched).
READ_LICENCE_NAME = True
# On: validation v95-012 2 -> 1; train r94-012 2 -> 1; none down (2 matched).
READ_WIFE_NAME = True

# A baby to be born or just born: its name and first name are chosen at the birth (F10505, F882).
BIRTH_TO_COME = (
    r"va naitre|naitra|doit naitre|vient de naitre"
    r"|(attend\w*|attendre) (un|une|notre|le|mon|ma)( premier| 1er| petit)? (bebe|enfant|fils|fille|garcon|petite?)"
    r"|enceinte|accouch\w*|sous x|nouveau.ne|futur bebe|declar\w* (de )?naissance|a la naissance|terme (prevu|en)"
)
# The spouse's name: the nom d'usage of a spouse (F868, F33250, F1091, F12521).
SPOUSE_NAME = (
    r"(nom|celui) de (mon|ma) (ex.)?(mari|femme|epou\w*|conjoint\w*)|nom d.epouse|nom de (femme )?mariee|marital"
)
# A marriage, a divorce or a death (« Marie » the first name is not « mariée »).
UNION_EVENT = (
    r"\b(suis|sommes|etions|etait|etre|s.est|se|nous|me|m.|vous|pas) (\w+ )?mari(e|ee|es)\b"
    r"|mariage|divorc\w*|veu(f|ve)|(mari|femme|epou\w*|conjoint\w*) (est )?decede\w*"
)

# The other parent's name, or the writer's own name given to a child.
PARENT_NAME = r"\bnom de (ma|sa|leur) mere|\bnom de (mon|son|leur) pere"
ADDED = (
    r"rajout\w*|ajout\w*|en plus|aussi|a cote|accol\w*|double nom|les (deux|2) noms|apres (le nom|celui)"
    r"|avant (le nom|celui)|apparaisse|figure"
)
CHILD = r"(mes|nos|ses) enfants|les enfants|(mon|notre|son) (fils|enfant)|(ma|notre|sa) fille|les petits"
# The writer's own name added beside the child's (« utiliser aussi mon nom », « mon nom à moi (X) à côté »).
MY_NAME_ADDED = (
    r"mon nom( a moi)?( \([^)]{0,30}\))?,? (\w+ ){0,2}(en plus|aussi|a cote|accole\w*|avec (le sien|celui))"
    r"|(aussi|en plus) mon nom|(rajouter|ajouter|accoler) mon nom"
)
PARENT_NAME_ADDED_PATTERN = "(?s:" + around(PARENT_NAME, ADDED, 80) + "|" + around(CHILD, MY_NAME_ADDED, 600) + ")"

# A first name to change, add, remove or reorder.
FIRST_NAME = r"prenoms?"
FIRST_NAME_ACT = (
    r"chang\w*|modifi\w*|supprim\w*|enlev\w*|ajout\w*|rajout\w*|invers\w*|intervert\w*|remplac\w*|ordre"
    r"|(soit|sera|etre) inscrit|en premier"
)
FIRST_NAME_CHANGED_PATTERN = around(FIRST_NAME, FIRST_NAME_ACT, 60)

# The writer's own or the family's name to change; a child's name alone (« son nom ») is F10506's or F10555's.
FAMILY_NAME_CHANGED_PATTERN = (
    r"changer (de|mon|notre|nos) noms?( de famille)?\b(?! d.usage)|changement de (mon |notre )?nom( de famille)?\b"
    r"(?! d.usage)|(ne plus|plus) porter (ce|son|le|mon|notre) nom"
    r"|(?s:"
    + around(
        r"(prendre|porter) (le|seulement le|uniquement le) nom de (ma|mon) (mere|pere|grand.\w+)",
        r"pour toujours"
        r"|definitiv\w*|officiel\w*|acte de naissance|etat civil",
        80,
    )
    + r")|relever (le|ce) nom|nom (ridicule|difficile a porter|lourd a porter|impossible a porter)"
)

# An error in a civil status act.
ERROR = (
    r"erreurs?|fautes?|coquilles?|mal (ecrit|orthographi\w*|recopi\w*)|au lieu de|(sans|oubli\w*|manqu\w*|pas mis)"
    r" (l.|le |un |les )?(accents?|trema|tilde|cedille)|double tiret|(deux|2) tirets|faux|fausse|inexact\w*"
)
ACT = r"actes? (de naissance|de mariage|de deces|d.etat civil)|etat civil"
CIVIL_ERROR_PATTERN = around(ERROR, ACT, 150)

# The driving licence, and a name changed by a marriage or a divorce.
LICENCE = r"permis( de conduire)?"
NAME_CHANGED = (
    r"nom de (naissance|jeune fille|mon ex\w*|mon (mari|epou\w*|femme))|nom d.(usage|epouse)|nom de (femme )?mariee"
    r"|(changement|changer|change) de (nom|prenom)|(repris|reprendre|reprends) mon nom|nouveau nom"
)
LICENCE_NAME_PATTERN = around(LICENCE, NAME_CHANGED, 150)

# A husband who takes his wife's name.
WIFE_NAME_PATTERN = r"(porter|prendre|utiliser|avoir) le nom de (ma femme|mon epouse)|je suis un homme.{0,120}\bnom\b"

NAMES_IDENTITY_TERMS: tuple[Term, ...] = (
    Term(
        PARENT_NAME_ADDED_PATTERN,
        "nom d'usage utilisation du nom des 2 parents double nom nom du parent qui ne l'a pas transmis",
        ("F1343",),
        "F1343 « Nom d'usage : utilisation du nom des 2 parents » (« Toute personne peut utiliser un double nom "
        "composé de son nom de naissance et du nom du parent qui ne lui a pas transmis son nom à la naissance »)",
        # a baby to be born (F10505), the spouse's name (F868, F33250), an adoption (F2621, F2668), a late
        # recognition (F10506), a name changed for good (F1656), the parents' disagreement at the birth (F10555)
        unless=BIRTH_TO_COME + "|" + SPOUSE_NAME + r"|adopt\w*|(?<!jamais )(?<!pas )reconnue?s?\b|reconnaissance\b"
        r"|pour toujours|definitiv\w*|officiellement|pas (juste|seulement) (pour )?l.usage",
        told=True,
    ),
    Term(
        FIRST_NAME_CHANGED_PATTERN,
        "changement de prénom intérêt légitime officier de l'état civil ajout suppression ordre des prénoms",
        ("F885",),
        "F885 « Changement de prénom » (« Vous pouvez également demander l'ajout, la suppression ou la modification "
        "de l'ordre des prénoms »)",
        # a baby's first name chosen at the birth (F882, F31189); a first name already changed (the sex's mention is
        # what is left: F34826); an error in the act (F1177); a francisation (F10528); the carte grise or the licence
        unless=BIRTH_TO_COME + r"|deja( fait| ete)? (chang|modifi)\w*|a (deja )?ete (chang|modifi)\w*"
        r"|erreur|faute|coquille|mal (ecrit|orthographi\w*)|au lieu de|accent|trema|tilde|cedille"
        r"|francis\w*|naturalis\w*|carte grise|immatricul\w*|\bpermis\b",
        told=True,
    ),
    Term(
        FAMILY_NAME_CHANGED_PATTERN,
        "changement de nom de famille pour motif légitime nom difficile à porter ridicule Journal officiel",
        ("F1656",),
        "F1656 « Changement de nom de famille pour motif légitime » (« un nom difficile à porter car perçu comme "
        "ridicule ou péjoratif »)",
        # a name after a marriage, a divorce or a death (F868, F1091, F12521), a nom d'usage (F1343), a naturalisation
        # (F10528), an adoption (F2621, F2668), a late recognition (F10506), a decree already published (F1811), the
        # carte grise or the licence, a street, a business or a boat
        unless=SPOUSE_NAME
        + "|"
        + UNION_EVENT
        + r"|nom d.usage|naturalis\w*|francis\w*|adopt\w*|(?<!jamais )(?<!pas )reconnue?s?\b"
        r"|reconnaissance\b|decret|journal officiel .{0,40}(publie|paru)|carte grise|immatricul\w*|\bpermis\b|\brue\b"
        r"|\b(entreprise|societe|association|commerce|enseigne|bateau|site|boutique|magasin|marque)\b",
        told=True,
    ),
    Term(
        CIVIL_ERROR_PATTERN,
        "corriger un acte d'état civil erreur coquille rectification procureur de la République",
        ("F1177",),
        "F1177 « Comment corriger un acte d'état civil (erreur, coquille, double tiret) ? »",
        # the town hall's refusal (F1431), a marginal note (F1429)
        unless=r"refus\w*|\bmarge\b|marginale|faux (acte|papiers?|documents?)|falsifi\w*|contrefa\w*",
    ),
    Term(
        LICENCE_NAME_PATTERN,
        "changement de nom ou de prénom permis de conduire nouveau permis nom d'usage divorce mariage",
        ("F2695",),
        "F2695 « Faut-il signaler un changement de nom ou de prénom pour le permis de conduire ? »",
        # the licence's points, a suspension, a loss or theft, a foreign licence; the carte grise (F34748, F16876);
        # a building permit
        unless=r"\bpoints?\b|retrait|suspen\w*|perdu|perte|vol(e|ee)?\b|etranger|echange|carte grise|immatricul\w*"
        r"|construire|amenager",
    ),
    Term(
        WIFE_NAME_PATTERN,
        "nom d'usage utilisation du nom de sa femme ou de son mari",
        ("F868",),
        "F868 « Nom d'usage : utilisation du nom de sa femme ou de son mari »",
        # the carte grise or the licence (F34747, F2695), a divorce (F1091), a widower (F12521)
        unless=r"carte grise|immatricul\w*|\bpermis\b|divorc\w*|veuf|decede\w*",
    ),
)
SWITCHES: dict[str, Term] = dict(
    zip(
        (
            "READ_PARENT_NAME_ADDED",
            "READ_FIRST_NAME_CHANGED",
            "READ_FAMILY_NAME_CHANGED",
            "READ_CIVIL_ERROR",
            "READ_LICENCE_NAME",
            "READ_WIFE_NAME",
        ),
        NAMES_IDENTITY_TERMS,
        strict=True,
    )
)
_SWITCH_OF = {term: name for name, term in SWITCHES.items()}


def silenced(term: Term) -> bool:
    """Whether `term` is one of `NAMES_IDENTITY_TERMS` and its switch is off (read at call time)."""
    switch = _SWITCH_OF.get(term)
    return switch is not None and not globals()[switch]
