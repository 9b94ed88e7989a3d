"""Dangers said quietly in passing by older people and care leavers (fortieth pass of issue 12, engineer-dw).

The calm-question gate (`triage_calm_question`) lets the model's distress on a procedure of later life stand only
from `CALM_QUESTION_BAR` where the text says no danger. Its danger test (`triage_calm_illness._alarm`: the cue
families, the quiet dangers of patients and carers, the warning signs, the hardship signs) missed 50 of the 462
distress messages of train + validation that name such a procedure: 47 of them were kept only because the model,
trained on them, scored them 0.94 and more, and of the three of batch dw it had not seen, one was lost (a care
leaver sleeping at the station, scored 0.23). Out of sample that score is not there (the test split lost two
messages to the gate in the thirty-ninth pass). They say their danger in plain words, beside a question about a
pension or a rest home:

- money or a card kept by someone close, an allowance handed out ("mon neveu garde ma carte bleue et me donne vingt
  euros le dimanche", "c'est lui qui encaisse sa retraite");
- a hand raised or a voice ("quand je demande il crie et il me pousse", "il me bouscule", "il a cassé la porte");
- a cold home ("je ne chauffe plus qu'une pièce", "elle a coupé le chauffage", "il fait onze degrés", "je me couche
  à 18 heures pour ne pas chauffer");
- going without food ("des biscottes", "pain trempé dans du café", "pas acheté de viande depuis un mois", "plus de
  quoi acheter à manger", "un repas sur deux");
- nobody any more ("je ne vois plus personne", "je ne parle plus à personne", "j'ai personne chez qui aller");
- giving up ("à quoi sert de continuer", "je ne sais pas combien de temps je vais tenir", "où finir mes jours",
  "ce serait plus simple de ne pas me réveiller", "je laisse tout tomber", "regarder la corde");
- no bed of one's own ("je dors à la gare", "sur le canapé d'un ami", "je dors où lundi ?"; "je dors dans ma
  voiture" is the home family's);
- someone gone ("parti de la maison depuis 5 jours", "elle n'ouvre plus sa porte", "fugue");
- care left undone ("j'ai arrêté l'insuline", "il ne peut plus acheter ses médicaments", "amaigrie", "escarres").

`quiet_danger(folded)` says whether a folded text holds one of them. Each pattern is general French as these writers
put it, not one message's words; a routine near miss of each is in the tests ("mon fils me donne 150 euros par
mois", "ma fille me pousse à demander l'APA", "le chauffage collectif", "partir tranquille à la retraite").

Pure functions on strings (no model, no Django).
"""

import re

_FAMILIES: dict[str, str] = {
    # Someone else keeps the money or the card, or hands out an allowance; the money gone ("plus que 40 € pour finir
    # le mois", "aucun argent", "rien à vendre"). Not "je garde ma carte", not "mon fils me donne 200 € par mois".
    "money_gone": (
        r"(?<!je )\b(?:garde|gardent|gardait|a garde|encaisse|encaissent|encaissait)"
        r" (?:toute (?:ma|sa|la)|ma|sa|mes|ses|leur) (?:carte|cb|retraite|pension|argent|chequier|codes)\b"
        r"|\b(?:il|elle|ils) (?:prend|prennent|prenait|a pris|ont pris) (?:toute (?:ma|sa|la)|ma|sa|mes|ses)"
        r" (?:carte|cb|pension|argent|chequier|codes)\b"
        r"|\b(?:me|lui|nous) (?:laisse|laissent) (?:\d+|dix|vingt|trente|quarante|cinquante) ?(?:€|euros?)"
        r"|\b(?:me|lui|nous) (?:donne|donnent) (?:\d+|dix|vingt|trente|quarante|cinquante) ?(?:€|euros?)"
        r" (?:par semaine|le (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))\b"
        r"|\bse fait vider son compte\b|\bme laisser? les restes\b|\baucun argent\b"
        r"|\bplus que \d+ ?(?:€|euros?) pour (?:finir|tenir)\b|\brien a vendre\b|\bvendu\w* [^.]{0,30}\balliance\b"
    ),
    # A hand or a voice raised at the writer, mail read (the violence family reads "hurle", "frappe", "coups").
    # Not "ma fille me pousse à demander l'APA".
    "mistreated": (
        r"\b(?:il|elle|ils) (?:me |lui )?crie(?:nt)?\b|\bcrie(?:nt)? sur (?:moi|elle|lui)\b"
        r"|\b(?:me|la|le|nous) (?:pousse|poussent|bouscule|bousculent|secoue|secouent)\b(?! a )"
        r"|\bdes bleus\b|\bbleus? (?:sur|aux) (?:les |le )?(?:bras|jambes|visage)\b|\ble bras bleu\b"
        r"|\bcasse (?:la|ma|sa) porte\b|\bcasse mon telephone\b|\bdans ses couches\b"
        r"|\b(?:il|elle) lit (?:tous )?mes (?:messages|courriers|mails|sms)\b|\bm'a empechee? d'aller\b"
    ),
    # A cold home (the cold family reads "plus de chauffage", "il fait 12 degrés" in digits). Not "je ne chauffe pas
    # plus que d'habitude".
    "cold_home": (
        r"\b(?:chauffe|chauffons|chauffent) (?:plus|pas)\b(?! plus)|\bcoupe\w* (?:le|son|mon) chauffage\b"
        r"|\bpour ne pas chauffer\b|\b(?:doigts|mains|pieds) geles\b|\bje me couvre\b"
        r"|\bil (?:fait|faisait) (?:dix|onze|douze|treize|quatorze) degres\b"
        r"|\b(?:dix|onze|douze|treize|\d+) degres (?:dans|chez)\b"
        r"|\bplus (?:de|d') (?:chauffage|electricite)\b|\bni (?:d'electricite|de chauffage)\b|\bsans electricite\b"
    ),
    # Going without food. Not "je ne mange plus de sucre", not a dog that "ne mange plus ses croquettes".
    "hungry": (
        r"\bbiscottes\b|\bpain (?:trempe|sec)\b|\b(?:pas|plus) (?:achete|mange) de (?:viande|poisson)\b"
        r"|\bplus de quoi (?:acheter|manger|vivre)\b|\breste plus de quoi\b|\bun repas sur deux\b|\bsans manger\b"
        r"|\bmange (?:pas|plus|rien)\b(?! (?:de |d'|du |des |ses |son |sa |a la cantine))|\bconserves froides\b"
        r"|\bplus rien dans le frigo\b"
    ),
    # Nobody any more.
    "nobody": (
        r"\bne (?:vois|voit|parle|parlons) plus (?:a )?personne\b|\bn'ose (?:en )?parler a personne\b"
        r"|\bsans que je sorte\b|\bpersonne ne (?:m'appelle|vient|passe)\b"
        r"|\bj'ai personne\b"
    ),
    # Giving up, no point going on, not holding out, an act done. Not "partir tranquille à la retraite".
    "giving_up": (
        r"\ba quoi (?:sert|servirait) de continuer\b|\bl'interet de continuer\b"
        r"|\b(?:combien de temps|jusqu'a quand) (?:je vais|je pourrai|il va|elle va) tenir\b|\bfinir mes jours\b"
        r"|\bne pas me reveiller\b|\bplus (?:mon|son) probleme\b|\blaisse tout tomber\b|\barreter d'essayer\b"
        r"|\bpartir tranquille\b(?! (?:en|a la) (?:retraite|vacances))|\bregard\w* (?:la|une) (?:corde|poutre)\b"
        r"|\bje ne serai plus un poids\b|\bsens que je baisse\b|\bapres ce que j'ai fait\b|\bmorte? d'inquietude\b"
        r"|\b(?:dernier|derniere) (?:courrier|lettre) que vous (?:recevrez|aurez) de moi\b"
    ),
    # No bed of one's own (the home family reads "à la rue", "dehors", "je dors dans …", "je dors chez …").
    "no_bed": (
        r"\bdor(?:s|t|mons|ment|mir) (?:a la gare|sur (?:le|un) canape|chez qui)\b|\bje dors ou\b"
        r"|\bje vais (?:aller )?ou le\b|\bou (?:je vais|aller) dormir\b"
    ),
    # Someone gone for days. Not "mon mari est parti de la maison, je déclare la séparation".
    "gone": (
        r"\bfugu\w*|\bparti\w* de la maison (?:depuis|il y a) (?:\d+|deux|trois|quatre|cinq|six|sept|quelques) jours"
        r"|\bn'ouvre plus (?:sa |la )?porte\b|\bson telephone est eteint\b"
    ),
    # Care left undone: treatment stopped for want of money, weight lost. Not "le médecin a arrêté le traitement".
    "care_undone": (
        r"\bj'ai arrete (?:l'|le |la |les )(?:insuline|traitement|medicaments?)\b"
        r"|\bplus (?:acheter|payer) (?:ses|mes|les) medicaments\b|\bamaigri\w*|(?<!anti-)\bescarres\b"
    ),
}

_QUIET_DANGER = re.compile("|".join(f"(?:{pattern})" for pattern in _FAMILIES.values()))


def quiet_danger(folded: str) -> bool:
    """The folded text (`triage_cues.fold`) says a danger quietly, in one of the families above."""
    return bool(_QUIET_DANGER.search(folded))


def quiet_danger_kinds(folded: str) -> list[str]:
    """The families of `_FAMILIES` the folded text holds, in their order (for the benchmarks and the tests)."""
    return [name for name, pattern in _FAMILIES.items() if re.search(pattern, folded)]
