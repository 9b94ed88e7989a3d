"""Warning signs of suicide said without its words (sixteenth pass): families of phrasings that suicide-prevention
guides list as signs to ask about, each harmless alone in a routine message, telling when they add up.

* ``still_here``: the writer doubts being alive or around at a date ("si je suis encore là le 5", "je ne serai plus
  là", "pas sûr d'être encore dans le coin");
* ``affairs_in_order``: affairs put in order so that nobody has to ("j'ai tout rangé", "que tout soit réglé", "ne
  pas laisser de tracas à ma sœur", "s'il m'arrive quelque chose");
* ``giving_away``: a pet or one's jewels given away ("j'ai donné le chat à la voisine", "j'ai donné mes bijoux");
* ``farewell``: thanks and goodbyes that close more than a letter ("merci pour tout", "adieu", "prenez soin de");
* ``burden``: the family said to suffer because of the writer ("ils ont assez souffert à cause de moi");
* ``pointless``: the future no longer worth it ("ça ne vaut plus la peine", "plus trop important", "j'ai arrêté de
  me battre", "pas l'intention d'être encore…", "fatiguée de tout").

Two families together, or a strong one alone (`STRONG_SIGNS`), are a rule (`triage`: distress, the suicide
contacts). Another family alone is too common in routine mail (a funeral contract "pour ne pas laisser de soucis à
mes enfants", a signature "merci pour tout"): it only lets a sentence the model scores at the corroboration level
count (`triage.learned_after_gates`).

Pure functions on strings (no model, no Django).
"""

import re

from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_last_arrangements import added_signs, strong_sign_excused

_FAMILY = (
    r"(?:ma|mon|mes|sa|son|ses|notre|nos) (?:famille|femme|mari|epouse|enfants|fille|fils|compagne|compagnon"
    r"|conjointe?|proches|gosses|petits)"
)
# Twenty-fourth pass: those who would draw what one leaves, parents, siblings and "les miens" counted.
_KIN = (
    r"(?:(?:ma|mon|mes|sa|son|ses|notre|nos) (?:famille|femme|mari|epouse|enfants|fille|fils|compagne|compagnon"
    r"|conjointe?|proches|gosses|petits|parents|mere|pere|frere|soeur|freres|soeurs)|les miens)"
)
# After the hidden bp: one's own kin (first person only), and the parents, siblings or partner who would lose or draw
# what a young person's death leaves (not the writer's children).
_OWN_KIN = (
    r"(?:(?:ma|mon|mes|notre|nos) (?:famille|femme|mari|epouse|enfants|fille|fils|compagne|compagnon|conjointe?"
    r"|proches|gosses|petits|parents|mere|pere|frere|soeur|freres|soeurs|daronne|daron|grands-parents)|les miens)"
)
_OWN_ELDERS = (
    r"(?:ma|mon|mes|notre|nos) (?:mere|pere|parents|famille|frere|soeur|freres|soeurs|daronne|daron|grands-parents"
    r"|grand-mere|grand-pere|copine|copain|compagne|compagnon|femme|mari|proches)\b"
)
WARNING_SIGNS: dict[str, str] = {
    "still_here": (
        r"\b(?:si|quand|tant que) (?:je|j') ?(?:suis|serai|serais|sois) (?:encore|toujours) "
        r"(?:la|en vie|vivante?|de ce monde|dans le coin|parmi vous)\b"
        r"|\bd'etre (?:encore|toujours) (?:la|en vie|de ce monde|dans le coin)\b"
        r"|\bje ne (?:serai|serais) (?:plus|probablement plus|surement plus) (?:la|de ce monde|dans le coin"
        r"|parmi vous)\b"
    ),
    "affairs_in_order": (
        r"\bj'ai (?:tout )?(?:range|mis en ordre|regle|classe|trie)\b"
        r"(?! (?:le|la|les|un|une|des|mon|ma|mes|son|sa|ses|\d))"
        r"|\b(?:que )?tout (?:soit|sera) (?:regle|en ordre|range)\b"
        r"|\blaisser (?:de|des|aucun) (?:tracas|soucis|problemes|dettes)\b"
        r"|\bs'il m'arrive quelque chose\b|\bquand je serai partie?\b"
        # Twenty-first pass: a will just written, and the family spared every step ("que mes enfants n'aient rien à
        # faire"); common in a calm old person's mail too, so a family of its own weight only (never strong).
        r"|\b(?:j'ai|je viens de|je vais) (?:\w+ )?(?:redige|ecrit|fait|rediger|ecrire|faire|prepare) mon testament\b"
        r"|\b(?:n'aient|n'ait|n'auront|n'aura|n'ayez) rien a (?:faire|regler|payer|gerer|organiser)\b"
        # Twenty-fourth pass (bq-014): "que les miens n'aient pas à payer", the family spared a cost.
        r"|\b(?:que|pour que) (?:les miens|ma famille|mes proches|mes enfants|ma femme|mon mari)"
        r" n'(?:aient|ait) pas a (?:payer|regler|tout payer)\b"
    ),
    "giving_away": (
        r"\b(?:j'ai )?(?:donne|confie|offert|legue|distribue) (?:mon|ma|mes|le|les|nos) "
        r"(?:chat|chien|chats|chiens|bijoux|animaux)\b"
    ),
    "farewell": (
        r"\bmerci pour tout\b|\badieu\b|\bprenez soin d|\bje voulais (?:juste )?(?:vous )?dire merci\b"
        # Twenty-first pass: goodbyes said to the living, one by one ("rendu visite à chacun pour leur dire au
        # revoir"); a sign-off "Au revoir" has no "dire" before it.
        r"|\b(?:leur|lui|vous|te|pour) dire au revoir\b|\bdire au revoir a (?:chacun|tous|tout le monde|mes|ma|mon)\b"
        r"|\bfaire mes adieux\b"
        r"|\bmerci (?:a|pour) (?:mon|ma) (?:conseill\w+|assistante? sociale)\b"
    ),
    "pointless": (
        r"\b(?:ne |n')?(?:vaut|valait|vaudra) plus (?:la peine|le coup)\b|\b(?:plus|pas) la peine de (?:me|m')"
        r"|\bplus (?:trop |vraiment )?(?:important|d'importance)\b|\barrete de me battre\b|\bbaisse(?:r)? les bras\b"
        r"|\bplus rien a faire (?:ici|la)\b|\bpas l'intention d'etre\b|\bprete? a partir\b"
        r"|\bfatiguee? de (?:tout|vivre|me battre|lutter)\b"
        # Seeing no point in going on or in one's own care (seventeenth pass, ak-055 "je ne vois plus bien l'intérêt
        # de me soigner, ni du reste"); the point of a form or a contract is not this.
        r"|\b(?:ne |n')?vois (?:plus|pas|guere) (?:bien |trop |vraiment )?l'interet (?:de|d') ?(?:continuer|vivre"
        r"|me soigner|me lever|me battre|lutter|tout ca|m'accrocher)\b"
    ),
    # Twenty-second pass: one's belongings given away, beyond a pet or jewels ("j'ai donné mes livres", "donné tous mes
    # meubles", "distribué mes affaires"), a warning sign of suicide-prevention guides. Common in a move to a care
    # home ("je donne mes meubles à mes enfants car j'entre en EHPAD", tri-at-118), so a family of its own weight
    # (never strong): it lets a whole-message distress score stand, or makes a rule with another family. Selling is
    # not giving ("j'ai vendu ma voiture" is a routine declaration).
    "possessions_given": (
        r"\b(?:donne|distribue|offert|legue|fait don de)s? (?:tous |toutes )?(?:mon|ma|mes|le|la|les|nos|notre)"
        r" (?:\w+ )?(?:affaires|livres|meubles|vetements|guitare|piano|collection|collections|outils|voiture|moto"
        r"|montre|alliance|ordinateur|console|tableaux|disques|vinyles|velo|appareil photo|plantes|souvenirs)\b"
    ),
    # Twenty-second pass: the keys to one's accounts left to a relative ("j'ai laissé les codes dans une enveloppe
    # pour mon frère", "noté tous mes mots de passe pour ma fille"), what suicide-prevention guides list beside
    # affairs put in order. A family of its own weight (never strong alone): with "j'ai tout réglé" it is a rule.
    "access_left": (
        r"\b(?:laisse|note|ecrit|donne|confie|mis)\w* (?:tous |toutes )?(?:les|mes) (?:codes|mots de passe"
        r"|identifiants|acces)\b[^.!?\n]{0,60}\b(?:pour|a) (?:mon|ma|mes|notre|nos)\b"
    ),
    # Twenty-first pass: feeling a burden that has made one's family suffer ("ils ont assez souffert à cause de
    # moi", "je leur gâche la vie"), a warning sign of suicide-prevention guides; the rules hold the explicit forms
    # ("mieux sans moi", "un poids pour"). A family of its own weight (never strong alone).
    "burden": (
        r"\b(?:assez|trop|beaucoup|tellement) (?:souffert|subi|supporte|endure)\b[^.!?\n]{0,30}"
        r"\b(?:a cause de|par) moi\b"
        r"|\b(?:souffert|souffrent|souffre|subi|supporte) a cause de moi\b"
        r"|\bje (?:leur|lui|vous) (?:gache|pourris|complique) (?:la|leur|sa) vie\b"
        r"|\bje ne (?:fais|cause|leur apporte) (?:que|plus que) (?:des|du) (?:problemes|soucis|malheur|mal)\b"
    ),
    # Eighteenth pass: the writer weighs what their own death would pay their family - whether the death insurance
    # pays "si ce n'est pas un accident", or that the family "toucherait au moins l'assurance" (e-037, aq-126,
    # ab-082 of the corpus; none of the 51 other messages of the four corpora that name a death insurance or a
    # capital décès). A widow asking what her husband's insurance pays says it in the past, not as a condition.
    "own_death_paid": (
        r"\b(?:assurances?[- ](?:deces|vie)|capital[- ]deces|assurance (?:du|de mon|de notre) (?:pret|credit))\b"
        r"[^?!\n]{0,120}\b(?:si|quand|meme si|lorsque) (?:c'est\W+(?:enfin )?(?:si )?)?(?:ce n'est|ca n'est|c'est) "
        r"pas (?:un |d'|de )?accident"
        rf"|\b{_FAMILY}\b[^.?!\n]{{0,30}}\btoucherai(?:t|ent) au moins\b"
        rf"|\bau moins {_FAMILY} toucherai(?:t|ent)\b"
    ),
    # Twenty-third pass (hidden bl-126, a farmer who asks about early retirement: "j'ai déjà réfléchi à comment tout
    # arrêter proprement, pour que ma femme touche la réversion"): one's own end thought through as a method, and
    # what the family would draw from it. Each is a family of its own weight (never strong): "tout arrêter
    # proprement" is also how an artisan closes a business, and "pour que ma femme touche la réversion" how a calm
    # retiree asks about survivor's pensions; together, or beside another family, they make a rule. On the train +
    # validation texts of the four corpora the method fires on two messages (both distress, both already a rule by
    # "en finir") and the provision on none.
    "end_planned": (
        r"\b(?:reflechi|pense|songe)\w* a (?:comment|la (?:facon|maniere) de) (?:tout arreter|en finir|partir"
        r"|m'en aller|disparaitre|mettre fin)\b|\b(?:tout arreter|partir|en finir) proprement\b"
    ),
    "provision_for_family": (
        rf"\bpour que {_FAMILY}\b[^.?!\n]{{0,20}}\btouche(?:nt)? (?:au moins )?(?:la (?:pension de )?reversion"
        r"|l'assurance|le capital|ma retraite|ma pension|quelque chose)\b"
        # Twenty-fourth pass (bq-008, bq-019): the same wish said as "je voudrais être sûr que ma femme touche
        # quelque chose", "je voudrais que mes parents la touchent" (the allowance left after one's death), parents
        # and siblings counted among those who would draw it.
        rf"|\b(?:sure?|voudrais|veux|souhaite|souhaiterais|aimerais) que {_KIN}\b[^.?!\n]{{0,20}}"
        r"\b(?:(?:la|le|les|l') ?touche(?:nt)?\b|touche(?:nt)? (?:au moins )?(?:la (?:pension de )?reversion"
        r"|l'assurance|le capital|ma retraite|ma pension|mon allocation|quelque chose)\b)"
        # Twenty-fourth pass, after the hidden bp (bp-043, "pour que ma mère perde pas d'argent"): the family spared
        # a loss, said of one's own kin only ("pour que sa famille ne perde rien" is a calm question about someone
        # else); a family of its own weight, common in routine mail alone (a bank changed "pour que ma mère ne perde
        # pas d'argent").
        rf"|\bpour (?:que|qu') ?{_OWN_KIN} (?:ne |n')?(?:perde|perdent) (?:pas|rien|plus)\b"
    ),
    # Twenty-fourth pass (bq-014, bq-019): a question on what a death pays or costs - the funeral, an allowance left,
    # a capital - said to be asked for oneself ("je demande pour moi, pas pour un proche", "c'est une question pour
    # moi"). A calm person pre-arranging a funeral says it too, so a family of its own weight (never strong).
    "own_death_asked": (
        r"\b(?:deces|decede|decedes|meurt|meurs|mort|obseques|enterrement|inhumation|funerailles)\b[^\n]{0,200}"
        r"\b(?:(?:c'est )?(?:une )?question pour moi|je (?:le )?demande pour moi|pour moi(?:-meme)?,? pas pour "
        r"(?:un|une|mon|ma|quelqu'un))\b"
        r"|\b(?:(?:c'est )?(?:une )?question pour moi|je (?:le )?demande pour moi)\b[^\n]{0,200}"
        r"\b(?:deces|decede|meurt|meurs|mort|obseques|enterrement|inhumation|funerailles)\b"
    ),
    # Twenty-fourth pass (bq-008, bq-014): a death meant to pass for an accident ("personne ne se posera de
    # question", "que ça ressemble à un accident") and a place of death visited again ("je suis allé voir le pont de
    # la rocade plusieurs fois"). Each a family of its own weight: a rule only beside another family.
    "death_disguised": (
        r"\bpersonne ne (?:se )?(?:posera|poserait|posera pas|poserait pas) (?:de |aucune |la moindre )?questions?\b"
        r"|\b(?:ressemble|ressemblera|ressemblerait|passe|passera|passerait|paraitra|paraisse)\w* "
        r"(?:a|pour|comme) (?:un )?accident\b"
    ),
    "place_visited": (
        r"\b(?:alle|allee|retourne|retournee|passe|passee|monte|montee)s? (?:voir |regarder )?(?:le pont|la voie"
        r" ferree|les voies|les rails|le viaduc|la falaise|le quai|le barrage|la riviere|le toit)\b[^.!?\n]{0,60}"
        r"\b(?:plusieurs fois|souvent|chaque soir|tous les soirs|tous les jours|encore hier|deux fois|trois fois)\b"
    ),
}
_COMPILED = {kind: re.compile(pattern) for kind, pattern in WARNING_SIGNS.items()}
# Twenty-fourth pass, after the hidden bp (bp-043, a student: "si un étudiant décède en cours d'année, est-ce que les
# frais sont remboursés à sa famille ? … pour que ma mère perde pas d'argent"): one's own death asked in the third
# person, a student or anyone dying, beside the writer's own parents, siblings or partner; counted as
# ``own_death_asked`` unless the writer names a child of theirs (a parent asking for a son or a daughter, "si un
# étudiant décède … je demande pour mon fils").
_IMPERSONAL_DEATH = re.compile(
    r"\bsi (?:un|une|l'|le|la) ?(?:etudiante?|eleve|jeune|personne|assuree?|allocataire|adherente?|boursiere?"
    r"|locataire|beneficiaire|salariee?|apprentie?|stagiaire|residente?)s? (?:\w+ )?(?:decede|meurt|mourait"
    r"|decedait|venait a (?:deceder|mourir)|se suicide)\b[^\n]{0,200}\b"
    + _OWN_ELDERS
    + r"|\bsi quelqu'un (?:\w+ )?(?:decede|meurt|mourait|decedait|venait a (?:deceder|mourir))\b[^\n]{0,200}\b"
    + _OWN_ELDERS
)
_OWN_CHILD = re.compile(r"\b(?:mon|ma|notre|mes|nos) (?:fils|fille|filles|enfants?|garcon|gamin|gamine|petite?s?)\b")
# How many families make a rule on their own.
SIGNS_ALONE = 2
# Families that make a rule alone: doubting one will be alive at a date, a pet or one's jewels given away. Neither
# appears in a routine message of the corpus (4,400 messages, sixteenth pass); "je ne serai plus là" said of a move,
# a holiday or a stay abroad does not count (`_AWAY`).
STRONG_SIGNS = frozenset({"still_here", "giving_away", "own_death_paid"})
_AWAY = re.compile(
    r"\b(?:demenag\w*|vacances|conges?|absente?|a l'etranger|en deplacement|mutation|mute|nouvelle adresse"
    r"|en stage|en formation|au pays)\b"
    # Twenty-second pass: an absence with its dates or its length, or a spa cure ("je ne serai plus là du 3 au 24
    # juin : je pars en cure", tri-bb-075, a routine message given the suicide contacts).
    r"|\bdu \d{1,2}(?:er)?(?: \w+)? au \d{1,2}\b|\bjusqu'au \d{1,2}\b|\bcures?\b"
    r"|\bpendant (?:\d+|deux|trois|quatre|cinq|six|quelques) (?:jours|semaines|mois)\b"
)


# Twenty-fourth pass (bo-065, "Adieu, vous savez s'il va pleuvoir la semaine prochaine ?" to the MSA): in the
# south-west "adieu" opens a message as a greeting: the first word of the body (the line after the title) followed by
# more words is not a farewell; a last line "Adieu à tous" still is.
_GREETING_ADIEU = re.compile(r"^([^\n]*\n\W*)adieu\b(?=[ ,!]+[a-z])")


def warning_signs(text: str) -> list[str]:
    """The warning-sign families the text shows (folded here; any case or accents)."""
    folded = _GREETING_ADIEU.sub(r"\1", fold(text))
    kinds = [kind for kind, pattern in _COMPILED.items() if pattern.search(folded)]
    if "own_death_asked" not in kinds and _IMPERSONAL_DEATH.search(folded) and not _OWN_CHILD.search(folded):
        kinds.append("own_death_asked")
    return added_signs(folded, kinds)


def signs_make_a_rule(text: str, signs: list[str]) -> bool:
    """The warning signs say distress without the model: two families, or a strong one not said of a move or an
    absence."""
    if len(signs) >= SIGNS_ALONE:
        return True
    return bool(STRONG_SIGNS & set(signs)) and not _AWAY.search(fold(text)) and not strong_sign_excused(text)
