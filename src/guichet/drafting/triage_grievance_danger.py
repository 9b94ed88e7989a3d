"""Distress inside a complaint, or told by someone else (fifty-eighth pass of issue 12, engineer-ha).

Two blind spots of the distress rules. (1) A grievance at the office whose consequence is a vital danger now, written
angrily as a complaint: « vous avez coupé mon RSA … le frigo est vide », « mes droits sont coupés … plus de lait pour
la petite », « plus d'électricité depuis hier … on annonce -5 cette nuit », « la pharmacie refuse de me donner mon
traitement », « nous dormons chez un ami et demain il ne peut plus nous garder ». The complaint rules read the anger;
the danger, told as the grievance's consequence, has none of the distress rules' words. (2) A relative, a neighbour,
a social worker or a child writes about someone else in danger: « ma voisine de 86 ans n'ouvre plus sa porte depuis
quatre jours », « mon frère m'a dit que ce serait plus simple s'il n'était plus là », « il m'a envoyé un message
d'adieu », « deux enfants de 5 et 7 ans sont seuls depuis hier soir ».

And the opposite cost: a relative's suicide or a death told in the past for a procedure, a crisis told as over
(« il est aujourd'hui stabilisé et suivi », « depuis elle a été relogée et tout va bien »), a family quarrel about
money, must stay where they are: each family reads a danger said now, and nothing is read where the writer says the
danger is over (`_OVER`).

Families on folded text (`fold`), each with its switch (read at call time; set one off in a test:
`triage_grievance_danger.READ_GRIEVANCE_DANGER = False`):

- `READ_GRIEVANCE_DANGER`: a consequence of vital danger now (no food, no heating or power with the cold or a baby,
  no roof tonight, a treatment refused or stopped, an eviction on a date) in a message that holds a grievance at the
  office (a benefit cut, blocked, suspended, not paid; « scandale », « honte », « inadmissible »);
- `READ_OTHER_IN_DANGER`: someone else named (a relative, a neighbour, a colleague, « une dame », « M. … ») said in
  danger now, in the third person: ending it said of them, a farewell, someone who no longer opens or answers for
  days, who no longer eats, children alone since last night.
- `SUICIDE_OVER_GATE` (the opposite cost, in the suicide rule's checks): the rule's bare word « suicid » is dropped
  where a suicide or an attempt is told with a time long past (« en 2021 », « il y a deux ans ») and the person, or
  the writer, said well now (« il va bien aujourd'hui », « je vais mieux »), nothing recent or to come, no despair.

Measured figures: docs/benchmarks.md (fifty-eighth pass, engineer-ha). Pure functions on folded text (no model, no
Django).
"""

import re

from guichet.drafting.triage_cues import cue_counts

# Train + validation A/B, rules alone (docs/benchmarks.md, fifty-eighth pass, engineer-ha): each family gains gold
# distress messages on validation (4 and 6) and train (10 and 14), no other message anywhere; the gate frees 3
# validation and 3 train routine messages in the pipeline and matches no gold distress message.
READ_GRIEVANCE_DANGER = True
READ_OTHER_IN_DANGER = True
# The opposite cost: the suicide rule's bare word where a suicide or an attempt is told as past and the writer says
# the person (or themself) is well now (`suicide_told_over`).
SUICIDE_OVER_GATE = True

_APOS = r"['’ ]"
_DAYS = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce soir|cette nuit)"

# A grievance at the office: a benefit, a payment or a file stopped by it, or the anger said.
_GRIEVANCE = re.compile(
    r"\b(?:coupee?s?|suspendue?s?|bloquee?s?|supprimee?s?|retenue?s?|radiee?s?|perdue?s?"
    r"|toujours pas (?:verse|paye|recu)"
    r"|pas (?:encore )?(?:ete )?(?:versee?s?|payee?s?)|plus (?:ete )?versee?s?|erreur|scandal\w*|honte\w*|inadmissible"
    r"|inhumain\w*|lamentable|incapables?|personne ne (?:repond|vient|se deplace)|conteste\w*|reclamation)\b"
)

# Consequences of vital danger now, each with the distress kind whose contacts it brings.
_GRIEVANCE_CONSEQUENCES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "food",
        re.compile(
            r"\b(?:plus|pas) (?:de quoi|rien pour) (?:manger|(?:acheter|faire) (?:a manger|les courses)|nourrir)"
            r"|\bplus de lait\b|\b(?:on|je|nous) saut(?:e|ons|ent) des repas\b|\bfrigo (?:est )?vide\b"
            r"|\b(?:pas|rien|plus) mange depuis (?:\w+ )?(?:jours?|hier)\b"
        ),
    ),
    (
        "energy",
        re.compile(
            r"(?:\b(?:plus|sans) (?:d" + _APOS + r"?|de )(?:electricite|courant|chauffage|gaz)\b"
            r"|\bcoupe (?:l" + _APOS + r"?eau|l" + _APOS + r"?electricite|le gaz|le courant|le chauffage))"
            r"(?=[^.\n]{0,120}(?:depuis|cette nuit|degres|hiver|froid|bebe|\-\d))"
        ),
    ),
    (
        "homeless",
        re.compile(
            r"\b(?:dormons|dort|dors|dorment|vit|vivons|vis|vivent) (?:depuis [^.\n]{0,25})?"
            r"(?:dans (?:ma|sa|notre|la|une|leur) voiture|chez (?:un|une|des) ami|dans (?:le|son|un) salon|a la gare"
            r"|dehors|dans la rue)"
            r"|\bne (?:peut|peuvent) plus nous (?:garder|heberger|loger)\b"
        ),
    ),
    (
        "health",
        re.compile(
            r"\brefusen?t? de (?:me|lui|nous) (?:donner|delivrer) (?:mon|son|ses|mes|notre) "
            r"(?:traitement|medicaments|insuline)"
            r"|\b(?:plus|pas) (?:de quoi )?(?:payer|acheter) (?:mes|ses|son|mon|leur) "
            r"(?:medicaments|traitement|insuline)"
        ),
    ),
    (
        "homeless",
        re.compile(
            r"\bexpulsion (?:est |a ete )?(?:fixee|prevue|programmee) (?:au|le|pour le) (?:\d|" + _DAYS + ")"
            r"|\bl" + _APOS + r"?huissier (?:passe|vient|revient) " + _DAYS
        ),
    ),
)

# Someone else named: a relative, a neighbour, a colleague, a person the writer reports.
_OTHER = re.compile(
    r"\b(?:mon|ma|notre|mes|son|sa) (?:voisine?|frere|soeur|pere|mere|maman|papa|fils|fille|ami|amie|collegue"
    r"|cousine?|oncle|tante|grand-(?:mere|pere)|beau-(?:frere|pere)|belle-(?:soeur|mere)|neveu|niece|enfants?)\b"
    r"|\b(?:une dame|un monsieur|une personne agee|m\. \[personne|mme \[personne)|\benfants?\b"
)
_THEY = r"(?:il|elle|ils|elles|et|qui)"
_OTHER_DANGERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "suicide",
        re.compile(
            r"\b(?:s" + _APOS + r"?il|si elle|qu" + _APOS + r"?(?:il|elle)) n" + _APOS + r"?etai(?:t|ent) plus la\b"
            r"|\b" + _THEY + r" (?:me )?(?:parle|parlent|a parle|m" + _APOS + r"?a parle) (?:de |d" + _APOS + r"?)"
            r"(?:en finir|mourir|se tuer|se suicider|sauter|disparaitre|partir pour toujours)"
            r"|\bmessage d" + _APOS + r"?adieu\b"
            r"|\b" + _THEY + r" (?:dit qu" + _APOS + r"?(?:il|elle) )?(?:veut|voudrait|prefere|prefererait) "
            r"(?:partir pour toujours|mourir|en finir|disparaitre)"
        ),
    ),
    (
        "elderly",
        re.compile(
            r"\b(?:n" + _APOS + r"?ouvre plus|ne repond plus (?:au telephone|a la porte|aux appels|a personne))"
            r"[^.\n]{0,40}depuis (?:\w+ )?(?:jours?|semaines?|hier)"
            r"|\bdepuis (?:\w+ )?(?:jours?|semaines?) (?:il|elle) n" + _APOS + r"?ouvre plus"
        ),
    ),
    (
        "suffering",
        re.compile(
            r"\b" + _THEY + r" ne (?:mange|s" + _APOS + r"?alimente|se nourrit) (?:presque |quasiment )?plus\b"
        ),
    ),
    (
        "child",
        re.compile(
            r"\benfants?\b[^.\n]{0,40}\b(?:sont|est|restent|reste|laisses?) (?:tout )?seuls? depuis (?:hier|ce matin)"
        ),
    ),
)

# A danger the writer says is over: nothing here is read then.
_OVER = re.compile(
    r"\b(?:aujourd" + _APOS + r"?hui|maintenant|desormais|depuis) (?:il |elle |je )?(?:va|vais|vont) mieux\b"
    r"|\b(?:est|suis|sont) (?:aujourd" + _APOS + r"?hui |maintenant )?(?:stabilisee?s?|tire d" + _APOS + r"?affaire)"
    r"|\btout va bien\b|\ba ete annulee?\b|\ba ete relogee?\b"
)


def grievance_danger_hits(text: str) -> dict[str, list[str]]:
    """The dangers read in `text` (folded title and body) inside a grievance or said of someone else: hits by
    distress kind, each family under its switch; nothing where the writer says the danger is over."""
    found: dict[str, list[str]] = {}
    if not (READ_GRIEVANCE_DANGER or READ_OTHER_IN_DANGER) or _OVER.search(text):
        return found
    if READ_GRIEVANCE_DANGER and _GRIEVANCE.search(text):
        for kind, pattern in _GRIEVANCE_CONSEQUENCES:
            if match := pattern.search(text):
                found.setdefault(kind, []).append(f"danger dans la plainte : {match.group(0)}")
    if READ_OTHER_IN_DANGER and _OTHER.search(text):
        for kind, pattern in _OTHER_DANGERS:
            if match := pattern.search(text):
                found.setdefault(kind, []).append(f"danger chez un proche : {match.group(0)}")
    return found


# A suicide or an attempt told with a time long past, and the person said well now.
_SUICIDE_PAST = re.compile(
    r"\b(?:suicid\w*|tentative de suicide|mis fin a (?:ses|mes) jours)\b[^.\n]{0,60}"
    r"\b(?:en (?:19|20)\d\d|il y a (?:\d+|un|une|deux|trois|quatre|cinq|plusieurs) (?:ans?|annees|mois)"
    r"|l" + _APOS + r"?an (?:dernier|passe)|l" + _APOS + r"?annee (?:derniere|passee))\b"
    r"|\b(?:en (?:19|20)\d\d|il y a (?:\d+|un|une|deux|trois|quatre|cinq|plusieurs) (?:ans?|annees|mois)"
    r"|l" + _APOS + r"?an (?:dernier|passe)|l" + _APOS + r"?annee (?:derniere|passee))\b[^.\n]{0,80}"
    r"\b(?:suicid\w*|tentative de suicide|mis fin a (?:ses|mes) jours)"
)
_WELL_NOW = re.compile(
    r"\b(?:je vais|il va|elle va|ils vont|nous allons|on va) (?:bien|mieux|beaucoup mieux)\b"
    r"|\b(?:est|suis) (?:aujourd" + _APOS + r"?hui |maintenant )?stabilisee?\b|\btout va bien\b"
)
# Something of these days or of the days to come (the cues' « deadline » family counts « aujourd'hui », which is
# how the writer says the person is well now).
_RECENT = re.compile(
    r"\b(?:hier|ce matin|cette nuit|ce soir|cette semaine|la semaine derniere|demain"
    r"|dans (?:\d+|deux|trois|quelques) jours|d" + _APOS + r"?ici (?:lundi|mardi|mercredi|jeudi|vendredi|samedi"
    r"|dimanche|demain))\b"
)


def suicide_told_over(hits: list[str], text: str) -> bool:
    """The suicide rule's only hit is its bare word, and `text` (folded) tells a suicide or an attempt long past with
    the person (or the writer) said well now, nothing recent or to come, no despair, no farewell."""
    if not SUICIDE_OVER_GATE or not hits or set(hits) - {"suicid"}:
        return False
    if not (_SUICIDE_PAST.search(text) and _WELL_NOW.search(text)) or _RECENT.search(text):
        return False
    counts = cue_counts(text)
    return not (counts["despair"] or counts["farewell"])
