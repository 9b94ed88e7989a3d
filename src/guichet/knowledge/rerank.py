"""Re-ranking the first stage's candidates with features one can explain, weighed on a training split.

Each candidate fiche gets a dozen numbers, each a reason an agent would accept:

* `first`: the first-stage score (lexical relative to the query's best + 0.4 × cosine), relative to the best;
* `lexical`: its lexical score for the whole message, relative to the best fiche's;
* `ask`: its best lexical score over the sub-queries (one per distinct ask), relative to each one's best;
* `coverage`: the share of the query's weighted vocabulary its best passage covers;
* `dense`: cosine between the subject-and-asks and the fiche's summary (title, description, sections);
* `passage`: the best cosine between the subject-and-asks and one of its passages;
* `vocabulary`: the subject or an ask names the thing this fiche is the fiche of ("CSS", "carte grise
  d'occasion"); `vocabulary_context`: the story names it ("je touche l'ARE" in a message about another benefit);
* `distress`: the message describes a distress situation this fiche serves (see `guichet.knowledge.situations`);
* `recourse`: the message disputes a decision or a bill of a body, and this fiche is that body's recourse route
  (médiateur, conciliateur, réclamation: see `guichet.knowledge.recourse`);
* `facet`: the fiche's title names what the message asks about the thing — a loss, a theft, a cost, a delay, a
  renewal, a first request (see `guichet.knowledge.facets`): "Passeport : en cas de vol" after a theft; half
  when the facet is only in the story, not in the subject or an ask; only for a fiche whose title the message
  shares a fifth of (the facet of *this* thing); half again for a price-only fiche when the message asks the cost
  beside another facet (`SIDE_FACETS`);
* `mismatch`: the fiche is written for a situation the message does not mention ("… d'un fonctionnaire",
  "… d'un mineur"), or for another event of the thing than the one the message names ("… : en cas de perte"
  after a theft, `EVENTS`), or for another public than the one the writer names ("… d'un salarié du secteur
  privé" for a civil servant, "… dans la fonction publique hospitalière" for a teacher) — usually the neighbour of
  the right fiche; `qualifier`: the fiche's title names a situation the message describes ("… d'un salarié du
  secteur privé" for someone in a CDI, "Défunt…" after a death);
* `administration`: the fiche's theme is one the administration the message was sent to handles (never when the
  writer says the message went to the wrong office, `Query.wrong_office`: fifteenth pass);
* `lexical_rank`, `dense_rank`: 1 / (1 + rank) among the candidates by lexical score and by fiche cosine (a rank
  is comparable across messages where a raw score is not);
* `guide`: the fiche is a step-by-step guide ("J'ai besoin de faire garder mes enfants", "Comment faire si…",
  "Recherche guidée"): a hub that links to the fiches that answer, and shares words with many messages;
* `whole_fiche`, `whole_fiche_rank`: plain BM25 of the message's useful text (subject, story and asks, no
  expansion) over the whole fiche — its title and every passage — relative to the best fiche, and 1 / (1 + rank)
  among the candidates (`guichet.knowledge.baseline.whole_fiche_scores`). The other lexical features score passages
  and fields with the vocabulary's expansions; this one trusts a fiche that uses the message's rare words anywhere
  in its text ("hérissons", "chauves-souris", "ovocytes"), the evidence by which plain BM25 had the answer first
  more often than the re-ranking on fiches drawn at random (eleventh pass, v13). Twelfth pass, train + validation,
  each batch scored by weights fitted without it (leave one batch out; start → after, first fiche / top 5): the
  random-fiche batches r13 + v13 + r14 + v14 96 → 109 / 159 → 170 of 230, every batch of corpora/retrieval 1,042 →
  1,048 / 1,346 → 1,363 of 1,480, corpora/drafting (never fitted on) 317 → 326 / 401 → 407 of 417; distress 157 →
  152 / 195 → 194 of 212. Its best fiches were also tried as extra candidates (8 a message): no gain;
* `story`: cosine between the whole useful text (subject, story and asks, the story included: `dense` reads only
  the subject and the asks) and the fiche's summary vector. A message that tells a situation and asks "qu'est-ce que
  je peux faire ?" has its topic in the story only. Thirteenth pass, leave one batch out on train + validation of
  corpora/retrieval (1,652; each batch ranked by weights fitted without it, the curated rules' weights kept; start →
  with the story feature and its candidates, first fiche / top 5): all 1,091 → 1,097 / 1,466 → 1,470, batches from
  fiches drawn at random (402) 155 → 159 / 274 → 276, unseen v* batches (948) 603 → 610 / 830 → 831, distress (234)
  157 → 160 / 200 → 204; gold among the candidates 1,590 → 1,614;
* `story_rank`, `story_passage`: the story vector's rank among the candidates (1 / (1 + rank), as
  `whole_fiche_rank`), and its best cosine with the candidate's passage vectors (a told situation close to one
  section of a long fiche). Thirteenth pass round 2, leave one batch out on train + validation (1,709): 1,139 / 1,522
  first fiche / top 5 against 1,129 / 1,521 for round 1's weights in-sample; distress (246) 163 / 214 against 164 /
  213;
* `title_dense`: the best cosine between the message's asks and the fiche's title alone. First fitted negative
  (`dense` already counts the title; a title that looks like the ask while the fiche's description and sections do
  not is more often a neighbour than the answer); since the whole-fiche and story features joined, its fitted weight
  is positive;
* `title`: the share of the fiche title's words (weighed by their rarity among fiches, question words aside) the
  message or its vocabulary uses: "Prime d'activité" over "Prime « Coup de pouce thermostat »";
* `question_answer`, `conditioned`: the fiche's own type. A "Fiche Question-réponse" answers one narrow question
  and lends its words to many messages (fitted weight negative); a "Fiche d'information conditionnée" is the main
  fiche of a benefit or procedure, split by situation.

The score is a weighted sum. WEIGHTS were fitted by `benchmarks/retrieval_rerank_fit.py --fit-validation` (a
listwise softmax over each message's candidates, L2-regularised) on the train and validation splits of
`corpora/retrieval/` (the features were chosen on train, checked on validation), checked on the train and
validation splits of `corpora/drafting/` (other messages, other authors), then rounded; no test split was read.
The weights of `recourse` and `facet` (added later) were chosen one at a time, the others fixed, on the same
splits (a refit of all weights on the larger train split did not raise hit@1; a `facet` mismatch feature, the
title naming a facet the message does not, was tried and left out: no gain). Each hit carries the reasons that
lifted it.

Three rules sit beside the weights. The fiches a name points to ("capital décès": a private employee's and a civil
servant's) are ordered by how their titles fit the writer's situation before their pointer ranks are counted. A
recourse route lifted only by the dispute (médiateur, conciliateur) never takes the first place from the problem's
own fiche, unless the message asks for a recourse or an amicable settlement, or says its claim was refused or left
unanswered (`ROUTE_NAMED`): the draft answers the problem first. A fiche whose title holds the whole title of a
fiche a name points to, and more ("Qui doit payer la taxe d'habitation d'un logement meublé ?" under "Taxe
d'habitation"), shares the name's pointer when the message uses half of its title (`SIBLING_TITLE_SHARE`).
A person hurt by another now (`situations.Distress.danger`: a violent partner, an abused child or elder, a harassed
pupil, a forced marriage) gets the fiche that protects them first, whatever else the message asks: on train +
validation of corpora/retrieval and corpora/drafting, 23 of the 25 messages that describe one had that fiche among
their gold ones, 4 of them below the first place; over every corpus message it fires on 55, 54 of them distress.
Two audience features (a fiche for professionals
only, for a business owner or for anyone else) were tried on train + validation and left out (one message either
way).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from guichet.knowledge import name_weighed, stated_cases, study_cases, unsaid_event
from guichet.knowledge.ages import age_fit
from guichet.knowledge.analysis import analyze, fold
from guichet.knowledge.european_citizen import european_writer
from guichet.knowledge.european_citizen import title_qualifiers as european_qualifiers
from guichet.knowledge.forms import NamedForm
from guichet.knowledge.french_abroad import (
    DROP_FOREIGNER_POINTERS,
    FOREIGNER,
    employee_abroad,
    foreign_person_title,
    french_writer,
)
from guichet.knowledge.index import LoadedIndex
from guichet.knowledge.name_family import family_terms, narrows_unasked, situation_words
from guichet.knowledge.name_weighed import outweighed, rest_evidence
from guichet.knowledge.narrowed_names import named_cores, narrowed_pointer, narrowing_weight
from guichet.knowledge.query import Query
from guichet.knowledge.recourse import INTERVENE, WHERE_TO_TURN
from guichet.knowledge.situations import (
    CIVIL_SERVICE,
    CONDITION_HARDSHIPS,
    DOCUMENTS,
    HARDSHIPS,
    OLD_OR_DISABLED,
    SCHOOL_LEVELS,
    UNIONS,
)
from guichet.knowledge.vocabulary import TAX_ASK, Found
from guichet.knowledge.vocabulary import names as names_thing

FEATURES = (
    "first",
    "lexical",
    "ask",
    "coverage",
    "dense",
    "passage",
    "vocabulary",
    "distress",
    "mismatch",
    "administration",
    "lexical_rank",
    "dense_rank",
    "title_dense",
    "guide",
    "title",
    "qualifier",
    "question_answer",
    "conditioned",
    "vocabulary_context",
    "recourse",
    "facet",
    "whole_fiche",
    "whole_fiche_rank",
    "story",
    "story_rank",
    "story_passage",
)
# Situations a title may name without the message having to: "… dans le secteur privé" is the default case.
MATCH_ONLY = frozenset({"salarié du privé", "majeur", OLD_OR_DISABLED, study_cases.STUDIES})
# Situations that only keep a fiche off when the message lacks them: a fiche for separated parents is the neighbour for
# a couple, but "mon ex ne paie plus la pension" is answered by the unpaid maintenance's fiche, not by every fiche
# titled for separated parents (as a qualifier: train + validation 3 first fiches lost, 2 gained). Twenty-fourth pass:
# likewise a fiche for a private person who employs someone at home keeps off a shopkeeper with staff, but an "aide à
# domicile" is not lifted to the tax credit of the household that employs her.
MISMATCH_ONLY = frozenset({"séparé ou divorcé", "particulier employeur"})
# The publics one person belongs to one of: a writer who says they are a civil servant is not a private employee,
# so a fiche written for the other public is the neighbour, even one whose public is otherwise the default case.
PUBLICS = frozenset({"agent public", "salarié du privé", "indépendant"})


# A title that names a place abroad ("Peut-on toucher le RSA à l'étranger ?") holds the word of a foreign person too:
# a French writer who goes abroad is in the title's situation without being a foreigner.
IMPLIED_IN_TITLE = {
    "à l'étranger": frozenset({"étranger"}),
    # twenty-fourth pass, second shift: a writer back from abroad lived there ("… à votre retour après avoir
    # travaillé comme expatrié ?" is titled for both)
    "retour en France": frozenset({"à l'étranger", "étranger"}),
}


# Twentieth pass: and the other way round, a message about a foreign person, document or place (the "étranger"
# qualifier, read from a country named, a nationality, a foreigner's papers) is not kept off a fiche titled for
# something done abroad ("Droits de douane des achats effectués à l'étranger" for a writer back from Dubai).
IMPLIED_FOR_WRITER = {"étranger": frozenset({"à l'étranger"})}
READ_FOREIGN_FAMILY = True  # off: the nineteenth pass (a measurement switch)


def _implied_in_title(writer: frozenset[str]) -> frozenset[str]:
    implied = frozenset().union(*(IMPLIED_IN_TITLE.get(name, frozenset()) for name in writer))
    if READ_FOREIGN_FAMILY:
        implied |= frozenset().union(*(IMPLIED_FOR_WRITER.get(name, frozenset()) for name in writer))
    return implied


def mismatch(title: frozenset[str], writer: frozenset[str]) -> bool:
    """Whether a fiche title names a situation the writer is not in: one the message does not mention, or another
    public than the one the writer says they belong to ("… d'un salarié du secteur privé" for a civil servant), or
    only documents the message does not name ("Carte d'identité d'un majeur : première demande" for a passport)."""
    if title - writer - MATCH_ONLY - DOCUMENTS - SCHOOL_LEVELS - UNIONS - _implied_in_title(writer):
        return True
    unions = title & UNIONS
    if unions and writer & UNIONS and not unions & writer:
        return True  # "(couple non marié)" for a married writer; a writer who names no union is no one's neighbour
    for alternatives in (DOCUMENTS, SCHOOL_LEVELS):
        named = title & alternatives
        if named and not named & writer:
            return True
    publics = writer & PUBLICS
    return bool(publics and title & PUBLICS and not title & publics)


# A facet is a facet *of the thing* the message is about: it counts only for a fiche whose title the message shares a
# fifth of (weighed by rarity), so that "réclamer mes heures sup" does not lift "Réclamations en matière d'impôt".
FACET_TITLE_SHARE = 0.2
# A fiche whose title holds every word of the title of the fiche a name points to, and more, is that name's fiche
# narrowed to a situation ("Qui doit payer la taxe d'habitation d'un logement meublé ?" under "Taxe d'habitation"):
# it shares the name's pointer when the message uses half of its title (grid 0.4 / 0.5 / 0.6 on train + validation:
# +4 / +5 / +4 right first fiches on corpora/retrieval, drafting unchanged at hit@1).
SIBLING_TITLE_SHARE = 0.5
# Twenty-ninth pass: ... and uses this share of the words by which the sibling's title narrows the named fiche's
# (`_narrowing_share`): a name the message uses lends its words to every sibling's title, the narrowing words do not.
SIBLING_NARROWING = 0.5
# What happened to a document or a right, one at a time: it was lost, or stolen, or it expires, or it is asked for the
# first time. A message that names one of them is not answered by a fiche titled for another ("Renouvellement de la
# carte d'identité" or "… : en cas de perte" after a bag snatched): that fiche counts as a mismatch.
EVENTS = frozenset({"perte", "vol", "renouvellement", "première fois"})
# The cost is the question most often added to another one ("Il faut quoi comme preuve et ça coûte combien ?"): beside
# another facet asked, a fiche that only gives the price ("Combien coûte un passeport ?") gets half the facet's credit.
SIDE_FACETS = frozenset({"coût"})
# A name whose entry lists several fiches has one per public (RSA, prime d'activité, capital décès): a fiche titled
# with that name and written for the writer's situation is one of them even when the entry does not list it. A name
# with one fiche is a thing, not a family (for every name: train + validation of corpora/retrieval without r11
# 758 / 965 of 1,019, against 759 / 964 with this floor).
PER_PUBLIC_NAME = 2
SECOND_SITUATION = 0.5
GUIDE_TYPES = ("Fiche Comment faire si", "Recherche guidée")
# A message that asks for the recourse route itself (a médiateur, a recours, an amicable settlement), or whose claim
# was already refused or left unanswered, is past the problem: the route is its answer and may come first.
ROUTE_NAMED = re.compile(
    r"\b(mediat\w*|conciliat\w*|recours|a l.amiable|au.dessus d\w*"
    r"|reclamation\w*[, ]+(\w+ ){0,3}(refusee?s?|rejetee?s?|n.avance|sans reponse|restee?s? sans))"
)
COLUMN = {name: i for i, name in enumerate(FEATURES)}
# Forty-second pass: a writer who wants to take the body they dispute to court ("je veux porter l'affaire au
# tribunal", "quel tribunal je saisis contre eux ?", "lui faire un procès", "attaquer l'éducation nationale") asks how
# to contest, in the only words they know for it: the body's recourse route (its médiateur, its conciliateur, the
# recours amiable that comes before any judge) is the answer, as when they name it (`ROUTE_NAMED`). Read only when a
# route was recognised (`Query.recourse`: a dispute with a body that has one); "le tribunal m'a condamné" or a
# divorce "au tribunal" without a dispute with a body keep the problem's fiche first. The court must be where the
# writer wants to go (a verb of taking or seizing before it, "quel tribunal"), or what they ask to step in or would
# rather avoid ("sans procès"), not the court that already decided ("le juge du tribunal a fixé la pension"). Train +
# validation of corpora/retrieval (`benchmarks/retrieval_court_named.py`): fires on 19 messages, 5 golds 2nd -> 1st
# (4 of them the batch r69, written for it), none down; corpora/drafting: fires on none.
COURT_NAMED = re.compile(
    r"\b((aller|porter|emmener|amener|trainer|saisir|passer par|ecri\w*|recours|quel|quelle juridiction|devant)\b"
    r"[^.?!]{0,40}\b(tribunal|tribunaux|juges?)\b|(faire|intenter|lancer) (un |le |des )?proces\b(?![ .-]?verba)"
    r"|\battaquer\b|(aller|poursuivre|agir|action) en justice|saisir la justice"
    # the court asked to step in ("le tribunal peut-il intervenir ?"), or avoided ("régler ça sans procès")
    r"|\b(tribunal|juge) (peut|pourrait|peuvent|doit)\b|\bsans (proces|tribunal|juge)\b(?![ .-]?verba))"
)
READ_COURT_NAMED = True  # off: the forty-first pass, a court named leaves the problem's fiche first (a switch)
# Thirty-first pass: a tax question in the subject or an ask (`vocabulary.TAX_ASK`), beside an entry that reads the tax
# status of what the message names (`Term.asked_status`): the other names count as context.
_TAX_ASKED = re.compile(TAX_ASK)
READ_ASKED_STATUS = True  # off: the thirtieth pass's reading (a measurement switch)
# ... and the fiches whose title names the income tax take the facet's place (`READ_STATUS_FACET`; the lead's AAH
# example, one sentence that tells the work taken up and asks the tax: the cumul facet had lifted F20209).
_TAX_TITLE = re.compile(
    r"impot sur le revenu|imposab\w*|\bimpose\w*|fiscal\w*|\bdeclarer (ses|les|vos|l.|la|le)\b|exoner\w*"
)
READ_STATUS_FACET = True
_AMOUNT_ASKED = re.compile(r"\bcombien\b")
STATUS_SITUATION = 0.0  # the other names' pointer weight then (0: dropped; 0.5: context)
READ_OTHER_SIDE = True  # off: an entry's `outranks` is not read (a measurement switch)
READ_INTERVENTION = True  # off: the thirtieth pass's reading of a firm's dispute sent to an office (a switch)
STATUS_NEAREST = 30  # characters: the status entries whose match is this much longer than the shortest are context
# Twenty-second pass: a hardship told in the story only (`situations.HARDSHIPS`: no money left, debts, an eviction, an
# old parent's care, a death, an order to leave), beside asks that name a topic of their own (`ASK_TOPIC_WORDS` content
# words or more: "le fonds de garantie paie-t-il les soins quand l'agresseur est insolvable ?", not "Ils ont le droit ?
# Je fais quoi d'ici demain ?"): a fiche of that hardship the asks do not name (its best lexical score over the asks
# under `ASK_SHARE` of the best fiche's) gets `STORY_HARDSHIP` of its distress pointer. Whole, the pointer (weight
# 5.37) outranked the fiche that answers the question asked; halved, it stays among the first. Grid on train +
# validation of corpora/retrieval: ASK_TOPIC_WORDS 4 / 5 / 6, ASK_SHARE 0.4 / 0.5 / 0.6, STORY_HARDSHIP 0 / 0.25 / 0.4
# / 0.5 (0: a pointer dropped lost five distress messages whose hardship's fiche was the answer).
STORY_HARDSHIP = 0.5
ASK_TOPIC_WORDS = 5
ASK_SHARE = 0.5
READ_STORY_HARDSHIP = True  # off: the twenty-first pass, every distress pointer whole (a measurement switch)
# ... and the hardship's first fiche that gave way keeps a place among the first `HARDSHIP_KEPT` (the help a person in
# hardship needs stays in view beside the answer to their question).
HARDSHIP_KEPT = 5
# Thirteenth pass, round 2: refitted with `story_rank` and `story_passage` (benchmarks/retrieval_lobo.py, its fit on
# every batch of train + validation, v16 and v17 included; the curated rules' weights kept).
# Thirteenth pass: refitted with `story` (benchmarks/retrieval_lobo.py --set PER_STORY=15 --set PER_WHOLE=15, its
# fit on every batch; the curated rules' weights kept as below).
# Twelfth pass: refitted with `whole_fiche` (`benchmarks/retrieval_rerank_fit.py --fit-validation --keep …`: the
# weights of the curated rules — vocabulary, distress, recourse, facet, mismatch, qualifier, vocabulary_context — kept
# as they were, the others fitted on train + validation of every batch, v14 and r14 included).
# Sixteenth pass: refitted the same way on train + validation as the corpus now stands (r17, r18, v18 to v22 joined
# since). Held out in seven folds, on the 465 messages of the eight batches the previous weights never saw (both held
# out: `retrieval_lobo.py --folds 7 --not-fitted r16-,r17-,r18-,v18-,v19-,v20-,v21-,v22-`), first fiche / top 5
# 219 / 372 against 210 / 369; validation hit@1 / hit@5 / MRR 0.628 / 0.888 / 0.741 against 0.631 / 0.881 / 0.740.
# Twenty-third pass: refitted the same way on train + validation as the corpus now stands (3,246 messages with gold;
# r19 to r25 and v24 to v36 joined since the sixteenth pass's fit), the curated rules' weights kept. Held out in seven
# folds (`retrieval_lobo.py --folds 7 --not-fitted r19-,…,r25.,v24-,…,v36-`), on the 1,072 messages of the 19 batches
# the previous weights never saw (both columns held out), first fiche / top 5 530 / 864 against 518 / 860; unseen v*
# (729) 353 / 577 against 342 / 571; distress (178) 76 / 125 against 76 / 126; corpora/drafting (417, never fitted on)
# 325 / 408 against 326 / 408. Previous weights (sixteenth pass): first 1.73, lexical 1.63, ask 0.86, coverage 0.47,
# dense 1.20, passage 1.78, administration 1.19, lexical_rank 0.70, title_dense 0.98, guide -1.66, title 0.39,
# question_answer -0.33, conditioned -0.01, whole_fiche 1.77, whole_fiche_rank 0.53, story 2.06, story_rank 0.51,
# story_passage 2.40 (the others unchanged). The curated `vocabulary` weight 2.55 -> 3.00 beside it: with the refit, a
# fiche that only uses the message's words everywhere outscored a fiche named by the message (the twelfth pass's
# guard, tests/knowledge/test_knowledge_twelfth_pass.py); train + validation, the refit's other weights fixed
# (`retrieval_rerank_fit.py --grid vocabulary=2.55,2.8,2.9,3.0,3.2`): hit@1 / hit@5 train 0.579 / 0.856 and validation
# 0.597 / 0.863 at 2.55 and at 3.0, corpora/drafting unchanged (3.2: 0.581 / 0.599, not taken: no held-out check).
WEIGHTS = np.array(
    [1.90, 1.74, 0.74, 0.41, 1.39, 2.04, 3.00, 5.37, -1.52, 1.15, 0.53, 0.16, 0.92, -1.34]
    + [0.29, 0.85, -0.24, -0.23, 1.49, 1.5, 1.5]
    + [2.17, 0.59]
    + [2.31, 0.52, 2.61],
    dtype=np.float32,
)

# Which themes (words of a fiche's breadcrumb, folded) each administration handles: the administrations of
# `guichet.accounts.demo` by their short name. A message sent to the wrong office still gets its fiche (the
# weight is small), this only breaks ties between neighbours.
ADMINISTRATION_THEMES: dict[str, tuple[str, ...]] = {
    "caf": ("famille", "logement", "social", "allocations", "handicap", "rsa", "prime d'activite"),
    "cnav": ("retraite", "reversion", "personnes agees", "aspa"),
    "cpam": ("sante", "maladie", "assurance maladie", "soins", "complementaire"),
    "prefecture": ("etranger", "papiers", "transports", "permis", "carte grise", "sejour"),
    "ants": ("papiers", "transports", "permis", "carte grise", "identite", "passeport"),
    "france travail": ("chomage", "emploi", "travail", "formation"),
    "dgfip": ("impot", "fiscalite", "argent", "taxe"),
    "mairie": ("papiers", "citoyennete", "etat civil", "elections", "famille", "logement", "justice"),
    "urssaf": ("creation", "cotisations", "entreprise", "micro", "independant", "employeur"),
    "mdph": ("handicap",),
    # Thirty-fourth pass: the Mutualité sociale agricole is the farm world's CPAM, CAF and CNAV in one (F1002 « …
    # faire intervenir la Caf ou la MSA », F20841 « … médiateur de la Caf ou de la MSA », F23787 « Cotisations et
    # contributions sociales des exploitants agricoles »): the farm's own themes and the three offices' it stands for.
    "msa": (
        "agricole",
        "msa",
        "exploitant",
        "famille",
        "allocations",
        "sante",
        "maladie",
        "retraite",
        "reversion",
    ),
}
# Thirty-third pass: the office as a tenant or a front office names it ("Impôts", "Centre des finances publiques",
# "impots.gouv", "SIP de Lens"): its short name above. Only the tax office's names so far (a message sent to
# "impôts" had no office theme at all: the v56 batch, 123 + 120 corpus messages under "impôts" / "Impôts"); the other
# offices' names below (thirty-fourth pass).
ADMINISTRATION_NAMES: tuple[tuple[re.Pattern, str], ...] = (
    (re.compile(r"\bimpots?\b|finances publiques|\bdgfip\b|tresor public|\bsip\b|\bsie\b"), "dgfip"),
)
# Thirty-fourth pass: the other offices by the names their users write on a form or a letter — "Assurance maladie
# (CPAM)", "la sécu", "Carsat", "Assurance retraite", "caisse de retraite", "Pôle emploi", "Mairie de Lille",
# "Préfecture du Nord", "CAF du Nord", "URSSAF - Cesu", "Pajemploi" — each the office its own fiches name: the
# Assurance maladie is the CPAM (F3053 « des indemnités journalières (IJ) de votre caisse primaire d'assurance
# maladie (CPAM) »), the Carsat the CNAV's regional fund (F13845 « Caisse régionale de retraite (Cnav, Carsat, CGSS
# ou CSS) »), Pôle emploi France Travail's name until 2024, the one this snapshot's fiches still use (F1636
# « Chômage : inscription à Pôle emploi »), the Cesu an URSSAF service (F2912 « déclaration auprès de l'Urssaf »).
# Only the first pattern that matches counts ("CAF / MDPH" is the CAF's).
OTHER_OFFICE_NAMES: tuple[tuple[re.Pattern, str], ...] = (
    (re.compile(r"assurance maladie|\bcpam\b|\bsecu\b|securite sociale|\bameli\b|caisse primaire"), "cpam"),
    (re.compile(r"\bcarsat\b|\bcnav\b|\bretraites?\b|\bagirc\b|\barrco\b|\bvieillesse\b"), "cnav"),
    (re.compile(r"pole emploi|france travail"), "france travail"),
    (re.compile(r"\burssaf\b|\bpajemploi\b|\bcesu\b"), "urssaf"),
    (re.compile(r"\bcaf\b|allocations familiales"), "caf"),
    (re.compile(r"\bmsa\b|mutualite sociale agricole"), "msa"),
    (re.compile(r"\bmairie\b|hotel de ville"), "mairie"),
    (re.compile(r"\bprefecture\b|sous.prefecture"), "prefecture"),
    (re.compile(r"\bants\b"), "ants"),
    (re.compile(r"\bmdph\b"), "mdph"),
)


READ_OFFICE_NAMES = True  # off: the thirty-second pass, the short name only (a measurement switch)
READ_OTHER_OFFICE_NAMES = True  # off: the thirty-third pass, the tax office's other names only (a switch)


def administration_themes(administration: str) -> tuple[str, ...]:
    """The themes of the office a message was sent to, by its short name or one of its other names."""
    name = fold(administration).strip()
    if name in ADMINISTRATION_THEMES or not READ_OFFICE_NAMES:
        return ADMINISTRATION_THEMES.get(name, ())
    patterns = ADMINISTRATION_NAMES + (OTHER_OFFICE_NAMES if READ_OTHER_OFFICE_NAMES else ())
    return next((ADMINISTRATION_THEMES[key] for pattern, key in patterns if pattern.search(name)), ())


def _situation_fit(index: LoadedIndex, query: Query, fiche_id: str) -> tuple[bool, int]:
    """How a fiche's title fits the writer's situation, best first: no situation the message lacks, then one it has.

    A name often has one fiche per public ("capital décès": a private employee's, a civil servant's): the one
    written for the writer's situation comes first among the fiches the name points to."""
    position = index.position.get(fiche_id)
    if position is None:
        return (True, 0)
    qualifiers = index.title_qualifiers[position] | study_cases.title_cases(fold(index.fiches[position]["title"]))
    ages = age_fit(index.title_ages[position], query.ages, query.own_ages)
    return (
        mismatch(qualifiers, query.qualifiers) or ages is False,
        -len(qualifiers & query.qualifiers) - (ages is True),
    )


def other_event(title_facets: frozenset[str], message_facets: frozenset[str]) -> bool:
    """Whether a fiche title names another event (`EVENTS`) than the one the message names: "Passeport : en cas de
    perte" or "Renouvellement du passeport" after a theft."""
    return bool(title_facets & EVENTS and message_facets & EVENTS and not title_facets & message_facets & EVENTS)


# The facets that ask a side fact of a thing (what it costs, how long it takes, what to do once it is lost or stolen,
# while abroad or after a move, how to pay a bill one cannot): a fiche of their own answers them, not the thing's main
# fiche. A claim, a renewal, a first request, a cumul or a penalty are often the main procedure itself ("Comment je
# conteste ?" after a radar, "Il faut la renouveler ?" beside the first request): those keep the name's pointer.
POINTER_FACETS = frozenset(
    {
        "coût",
        "délai",
        "perte",
        "vol",
        "détérioration",
        "séjour hors de France",
        "changement d'adresse",
        "urgence",
        "suivi de la demande",
        "difficulté de paiement",
        "impayé",
    }
)


def _title_share(index: LoadedIndex, query: Query, position: int) -> float:
    title = index.title_terms[position]
    total = sum(title.values())
    return sum(w for t, w in title.items() if t in query.terms) / total if total > 0 else 0.0


def _narrowing_share(
    title: dict[str, float], named: set[str], query: Query, stated: frozenset[str] = frozenset()
) -> float:
    """The share (weighed by rarity) of a sibling's title words beyond the named fiche's title that the message or its
    vocabulary uses: "travailler", "percevoir" for "Peut-on travailler et percevoir l'AAH ?" under "AAH"; `stated`:
    the title's words for a case the message states in its own words (`stated_cases`: "mineurs" for three children
    of 4, 9 and 13)."""
    extra = {term: weight for term, weight in title.items() if term not in named}
    total = sum(extra.values())
    used = sum(w for t, w in extra.items() if t in query.terms or t in stated)
    return used / total if total > 0 else 1.0


def _facet_takes_pointer(
    index: LoadedIndex, query: Query, fiches: np.ndarray, pointed: dict[str, tuple[str, str, int, float]]
) -> None:
    """The name points to the thing's main fiche, the ask picks the thing's fiche that answers it.

    "Combien coûte la carte grise de la voiture d'occasion que j'achète ?" names the carte grise of a second-hand
    car (F1050, the procedure) and asks its cost: "Coût de la carte grise" answers. A candidate whose title names a
    facet the subject or an ask names (`facets`: a cost, a delay, a loss…) and a thing the message names (a
    vocabulary entry whose words its title uses) takes the pointer of that thing's fiche when that fiche's title
    names no facet asked; the general fiche keeps its pointer one rank lower (it states the cost or the delay too,
    in passing). Only the side facts of `POINTER_FACETS`; a candidate keeps its own pointer when it is as good.
    Eleventh pass, train + validation (corpora/retrieval 1,189, corpora/drafting 383): first fiche 884 -> 892 and
    292 -> 293, top 5 unchanged (the carte grise's delay or cost fiche was second under F1050 "véhicule d'occasion"
    on seven messages of five authors; the Pacs's cost, the Aspa abroad, a move told to the tax office; lost: one
    message whose cost ask came with "et comment la faire")."""
    asked = query.asked_facets & POINTER_FACETS
    if not asked:
        return
    terms = [term for term in query.names if not term.spans]
    general = []
    for key, pointer in pointed.items():
        position = index.position.get(key[2:])
        if key.startswith("v:") and position is not None and not index.title_facets[position] & asked:
            title = index.fiches[position]["title"]
            general.append((key, pointer, [term for term in terms if names_thing(term, title)]))
    if not general:
        return
    demoted: set[str] = set()
    for fiche in fiches:
        if not index.title_facets[fiche] & asked or _title_share(index, query, fiche) < FACET_TITLE_SHARE:
            continue
        key = f"v:{index.fiches[fiche]['fiche_id']}"
        own = pointed.get(key)
        title = index.fiches[fiche]["title"]
        for general_key, (kind, text, rank, weight), things in general:
            if general_key == key or not any(names_thing(term, title) for term in things):
                continue
            if not own or (own[3], -own[2]) < (weight, -rank):  # unless its own pointer is as good
                pointed[key] = own = (kind, text, rank, weight)
            demoted.add(general_key)
    for general_key in demoted:
        # one rank lower, not dropped (eleventh pass, train + validation of corpora/retrieval: dropped +1 first
        # fiche, but a cost asked beside "et comment la faire" lost its procedure's fiche from the first place twice)
        kind, text, rank, weight = pointed[general_key]
        pointed[general_key] = (kind, text, rank + 1, weight)


# Thirty-first pass: a name that is the setting of the story ("l'Ehpad de ma mère", `Term.setting`) points to the
# setting's general fiche; when another entry of the message points to a precise fiche (the aide sociale à
# l'hébergement, the tax reduction, a housing aid, a short stay), the setting's pointer counts this share of itself.
SETTING_SHARE = 0.0
SETTING_GIVES_WAY = True  # off: the thirtieth pass (a measurement switch)
# Thirty-second pass: a vocabulary entry marked `told` (a situation that is the need) counts whole from the story
READ_TOLD = True  # off: the thirty-first pass (a measurement switch)


def _setting_gives_way(query: Query, pointed: dict[str, tuple[str, str, int, float]]) -> None:
    """The precise fiche a message names over the general fiche of the place its story happens in.

    "Je verse 400 € à l'Ehpad de ma mère, puis-je le déduire ?" names the Ehpad (F763, what an Ehpad is) and the
    deduction of what a child pays for a parent (F444): the Ehpad is where the question happens, the deduction is
    what it asks. When another entry of the message points to a fiche, the setting's pointer counts `SETTING_SHARE`
    of itself, and an entry whose words hold the setting's name (a situation told around "l'Ehpad") takes the
    setting's weight when the setting was named in the subject or an ask: "Est-ce qu'un Ehpad peut le prendre juste
    pour un court séjour ?" asks the short stay, though the entry's words begin in the story. On the train and
    validation splits of corpora/retrieval, 2 of the 70 messages that name an Ehpad or a maison de retraite had F763
    among their gold fiches."""
    if not SETTING_GIVES_WAY:
        return
    settings = [found for found in query.vocabulary if found.term.setting and found.term.fiches]
    if not settings:
        return
    asked = fold(" ".join([query.subject, *query.asks]))

    def weight(found: Found) -> float:  # as `Candidates.build` reads it: the subject or an ask, or the story
        return 1.0 if fold(found.text) in asked else 0.5

    keys = {f"v:{fiche}" for found in settings for fiche in found.term.fiches}
    gives_way = False
    for setting in settings:
        pointer = pointed.get(f"v:{setting.term.fiches[0]}")
        if pointer is None or pointer[0] != "vocabulary":
            continue
        for found in query.vocabulary:
            if found.term.setting or not set(found.term.fiches) - {key[2:] for key in keys}:
                continue
            # its words hold the setting's name (this occurrence or another: "l'Ehpad" in the subject and the story)
            holds = found.start <= setting.start < setting.end <= found.end or names_thing(setting.term, found.text)
            # a precise name told in passing ("la dépendance" in the story) leaves the setting named in the ask
            if not holds and weight(found) < weight(setting):
                continue
            gives_way = True
            if not holds:
                continue
            for fiche in found.term.fiches:
                own = pointed.get(f"v:{fiche}")
                if own and own[0] == "vocabulary" and own[1] == found.text and own[3] < pointer[3]:
                    pointed[f"v:{fiche}"] = (own[0], own[1], own[2], pointer[3])
    if not gives_way:
        return
    for key in keys:
        pointer = pointed.get(key)
        if pointer is None or pointer[0] != "vocabulary":
            continue
        if SETTING_SHARE <= 0:
            del pointed[key]
        else:
            kind, text, rank, weight = pointer
            pointed[key] = (kind, text, rank, weight * SETTING_SHARE)


@dataclass
class Candidates:
    fiches: np.ndarray  # fiche positions in the index
    features: np.ndarray  # (len(fiches), len(FEATURES))
    pointers: list[list[str]]  # per candidate: why the vocabulary or a distress situation pointed to it
    route_named: bool = False  # the message itself names a recourse route (médiateur, conciliateur, recours…)
    protects: int | None = None  # the row of the fiche that protects a person in danger (`Distress.danger`)
    aside: int | None = None  # the row of a hardship's fiche that gave way to the asks (`STORY_HARDSHIP`)
    extra: np.ndarray | None = None  # the rest of the message, when it speaks against a name (`name_weighed`)

    @classmethod
    def build(
        cls,
        index: LoadedIndex,
        query: Query,
        fiches: np.ndarray,
        *,
        first: np.ndarray,
        lexical: np.ndarray,
        sub_best: np.ndarray,
        coverage: np.ndarray,
        dense: np.ndarray | None,
        whole: np.ndarray | None = None,
        passage: np.ndarray | None,
        title_dense: np.ndarray | None = None,
        story: np.ndarray | None = None,
        story_passage: np.ndarray | None = None,
        administration: str = "",
        rest: np.ndarray | None = None,
        forms: list[NamedForm] | None = None,
    ) -> Candidates:
        n = len(fiches)
        features = np.zeros((n, len(FEATURES)), dtype=np.float32)
        if n == 0:
            return cls(fiches, features, [])
        top_first = float(first[fiches].max()) or 1.0
        features[:, 0] = first[fiches] / top_first
        features[:, 1] = lexical[fiches]
        features[:, 2] = sub_best[fiches]
        features[:, 3] = coverage[fiches]
        if whole is not None:
            features[:, COLUMN["whole_fiche"]] = whole[fiches]
        if dense is not None:
            features[:, 4] = np.maximum(dense[fiches], 0.0)
        if passage is not None:
            features[:, 5] = np.maximum(passage[fiches], 0.0)
        if title_dense is not None:
            features[:, COLUMN["title_dense"]] = np.maximum(title_dense, 0.0)
        if story is not None:
            features[:, COLUMN["story"]] = np.maximum(story[fiches], 0.0)
        if story_passage is not None:
            features[:, COLUMN["story_passage"]] = np.maximum(story_passage[fiches], 0.0)
        pointed: dict[str, tuple[str, str, int, float]] = {}
        asked = fold(" ".join([query.subject, *query.asks]))
        # Thirty-first pass: the tax status of a thing the message names, asked in the subject or an ask ("dois-je
        # déclarer l'AAH ?"): the tax fiche answers, the thing's own fiche and its neighbours' are the situation.
        status = READ_ASKED_STATUS and bool(_TAX_ASKED.search(asked))
        statuses = [len(found.text) for found in query.vocabulary if found.term.asked_status] if status else []
        outranked = {fiche for found in query.vocabulary for fiche in found.term.outranks}
        situation: set[str] = set()  # the fiches of the names a tax question made its situation
        # an amount asked beside the tax question ("combien je dois toucher … et est-ce imposable ?") is a second ask:
        # the thing's facets and fiche stay in the race
        status_only = READ_STATUS_FACET and bool(statuses) and not _AMOUNT_ASKED.search(asked)
        for found in query.vocabulary:
            # A name in the subject or an ask is what the message is about; in the story, it may be context.
            weight = 1.0 if fold(found.text) in asked or (READ_TOLD and found.term.told) else 0.5
            if statuses and found.term.asked_status:
                # the income told nearest the tax question is the one asked about ("je suis au chômage depuis. Cette
                # indemnité de rupture est-elle imposable ?": the severance pay's, not the unemployment benefit's)
                weight = 1.0 if len(found.text) <= min(statuses) + STATUS_NEAREST else 0.5
            elif statuses:
                weight = min(weight, STATUS_SITUATION)
                if weight <= 0:
                    situation.update(found.term.fiches)
                    continue
            if READ_OTHER_SIDE and found.term.outranks:
                weight = 1.0  # the writer's side of the procedure is what the message is about
            elif READ_OTHER_SIDE and outranked and set(found.term.fiches) <= outranked:
                weight = min(weight, 0.5)  # the procedure's own fiche, read from the side the message is not on
            # the writer's situation first, then what the message narrows the name to (`narrowed_names`)
            ordered = sorted(
                found.term.fiches,
                key=lambda f: (
                    *_situation_fit(index, query, f),
                    -narrowing_weight(index, query, f, found.term.fiches),
                ),
            )
            for rank, fiche_id in enumerate(ordered):
                pointed.setdefault(f"v:{fiche_id}", ("vocabulary", found.text, rank, weight))
        # forty-sixth pass: a form named by its Cerfa number points to the procedures that list it (`forms`), after
        # the names: a name the message uses says more of the need than the paper it was handed
        for form in forms or ():
            for fiche_id in form.fiches:  # one form, one procedure: its fiches share the pointer, the rest decides
                pointed.setdefault(f"v:{fiche_id}", ("form", f"formulaire {form.text}", 0, form.weight))
        # forty-third pass: a name the rest of the message speaks against counts as context, and what the rest of
        # the message tells weighs in (`name_weighed`)
        against = outweighed(query, index.position, fiches, rest)
        for fiche_id in against:
            pointer = pointed.get(f"v:{fiche_id}")
            if pointer is not None and pointer[0] == "vocabulary" and pointer[3] >= 1.0:
                if name_weighed.OUTWEIGHED_SHARE > 0:  # read at each search, like the switch
                    pointed[f"v:{fiche_id}"] = (*pointer[:3], name_weighed.OUTWEIGHED_SHARE)
                else:
                    del pointed[f"v:{fiche_id}"]
        extra = rest_evidence(rest, fiches) if against else None
        _facet_takes_pointer(index, query, fiches, pointed)
        _setting_gives_way(query, pointed)
        protecting = ""
        background = READ_STORY_HARDSHIP and len(analyze(" ".join(query.asks))) >= ASK_TOPIC_WORDS
        for order, hit in enumerate(query.distress):  # the first situation recognised is the main one
            # a hardship told as the background of another question gives way where the asks do not name its fiche
            told_aside = any(hit.name in CONDITION_HARDSHIPS.get(name, ()) for name in query.conditions_aside)
            aside = (background and hit.name in HARDSHIPS or told_aside) and hit.name not in query.asked_distress
            share = STORY_HARDSHIP if aside else 1.0
            # as for names: the fiche written for the writer's situation first ("RSA parent isolé" for a mother
            # alone with her baby), the curated order otherwise
            ordered = sorted(hit.fiches, key=lambda f: _situation_fit(index, query, f))
            for rank, fiche_id in enumerate(ordered):
                # one procedure's stages (`Distress.alike`) share the first pointer: the message's words pick one
                rank = 0 if hit.alike else rank
                pointed.setdefault(f"d:{fiche_id}", ("distress", hit.name, rank + 2 * order, share))
            if hit.danger and not protecting:
                protecting = ordered[0]
        # Thirty-first pass: the office asked to step into a dispute with a body it is not (`recourse.INTERVENE`): that
        # body's route is where to turn, before the office's own.
        intervene = READ_INTERVENTION and bool(INTERVENE.search(asked))
        routes = sorted(query.recourse, key=lambda route: not (intervene and route.elsewhere))
        for order, route in enumerate(routes):
            for rank, fiche_id in enumerate(route.fiches):
                turn = 2.0 if intervene and route.elsewhere else 1.0
                pointed.setdefault(f"r:{fiche_id}", ("recourse", route.name, rank + order, turn))
        # A message the writer says went to the wrong office: that office's themes say nothing of its need.
        themes = () if query.wrong_office else administration_themes(administration)
        where_to_turn = bool(WHERE_TO_TURN.search(asked))
        named = [
            (set(index.title_terms[position]), pointer)
            for key, pointer in pointed.items()
            if key.startswith("v:") and (position := index.position.get(key[2:])) is not None
        ]
        cores = named_cores(index, query, pointed)  # thirty-seventh pass: a name's narrower fiches
        # The names the message uses that point to fiches ("rsa", "capital décès"), folded, with their best pointer.
        names = [
            (
                re.compile(rf"\b{re.escape(fold(found.text).strip())}\b"),
                pointed[f"v:{found.term.fiches[0]}"],
                family_terms(index, found.term.fiches),
            )
            for found in query.vocabulary
            if len(found.term.fiches) >= PER_PUBLIC_NAME
            and f"v:{found.term.fiches[0]}" in pointed
            and fold(found.text).strip()
        ]
        # a French writer abroad or back from abroad: a fiche for a foreign person in France is a neighbour
        folded_message = fold(" ".join([query.subject, *query.asks, *query.context]))
        french = french_writer(folded_message, query.qualifiers)
        european = european_writer(folded_message)  # a European citizen in France: their own regime's fiches
        pointers: list[list[str]] = []
        aside: tuple[int, int] | None = None  # the row of the hardship's first fiche that gave way, its pointer rank
        for row, fiche in enumerate(fiches):
            meta = index.fiches[fiche]
            reasons = []
            vocabulary = pointed.get(f"v:{meta['fiche_id']}")
            title = index.title_terms[fiche]
            features[row, COLUMN["title"]] = _title_share(index, query, fiche)
            ages = age_fit(index.title_ages[fiche], query.ages, query.own_ages)
            # `study_cases`: "(court séjour, études)" names a student's case, which a tourist need not state
            qualifiers = index.title_qualifiers[fiche] | study_cases.title_cases(fold(meta["title"]))
            # a French writer abroad is no foreigner: a fiche for a foreign person in France neither fits nor stays
            foreigner = french and (
                foreign_person_title(fold(meta["title"])) or employee_abroad(folded_message, meta.get("audiences", ()))
            )
            if foreigner:
                qualifiers = qualifiers - FOREIGNER
            if european:
                qualifiers = european_qualifiers(fold(meta["title"]), qualifiers, query.qualifiers)
            fits = bool((qualifiers & query.qualifiers) - DOCUMENTS - MISMATCH_ONLY - UNIONS) or ages is True
            if not vocabulary and features[row, COLUMN["title"]] >= SIBLING_TITLE_SHARE:
                # "Qui doit payer la taxe d'habitation d'un logement meublé ?" is a fiche of the name "taxe
                # d'habitation" too, narrowed to a situation the message shares: it inherits the name's pointer.
                # Twenty-ninth pass: only when the message names what narrows it (its title's words beyond the
                # name's fiche's title): "Peut-on travailler et percevoir l'AAH ?" is no fiche of a message about
                # the AAH and a partner's salary, though it uses most of that title through the name alone. (The
                # writer's situation named by the title, "Un agent public…" for a teacher, counted as naming it too:
                # 4 first fiches fewer on the messages this pass moved, not kept.) Forty-sixth pass: the cases of
                # `stated_cases` (a minor, a student, a life abroad) count, said in the message's own words.
                stated = stated_cases.stated_words(fold(meta["title"]), qualifiers, query.qualifiers)
                vocabulary = next(
                    (
                        p
                        for words, p in named
                        if words
                        and words < set(title)
                        and _narrowing_share(title, words, query, stated) >= SIBLING_NARROWING
                    ),
                    None,
                )
            if not vocabulary and features[row, COLUMN["title"]] >= SIBLING_TITLE_SHARE:
                # "Bulletin n°2 du casier judiciaire…" when the message names the casier and the bulletin n°2
                vocabulary = narrowed_pointer(index, query, fiche, cores)
            if not vocabulary and names and fits and not mismatch(qualifiers, query.qualifiers) and ages is not False:
                # "Comment le conjoint étranger est-il pris en compte dans le calcul du RSA ?" for a writer whose wife
                # has no residence permit: a fiche titled with the name the message uses and written for the writer's
                # situation is one of that name's per-public fiches, whether or not the name's entry lists it
                folded_title = fold(meta["title"])
                vocabulary = next(
                    (
                        (kind, text, 0, weight)
                        for pattern, (kind, text, _, weight), family in names
                        if pattern.search(folded_title)
                        and not narrows_unasked(
                            title, family, query.terms, situation_words(folded_title, qualifiers & query.qualifiers)
                        )
                    ),
                    None,
                )
            if vocabulary:
                column = COLUMN["vocabulary"] if vocabulary[3] >= 1.0 else COLUMN["vocabulary_context"]
                features[row, column] = 1.0 / (1 + vocabulary[2])
                reasons.append(f"vocabulaire : « {vocabulary[1]} »")
            distress = pointed.get(f"d:{meta['fiche_id']}")
            if distress:
                share = 1.0 if features[row, COLUMN["ask"]] >= ASK_SHARE else distress[3]  # the asks name it too
                features[row, COLUMN["distress"]] = share / (1 + distress[2])
                if share < 1.0 and (aside is None or distress[2] < aside[1]):
                    aside = (row, distress[2])
                reasons.append(f"situation : {distress[1]}")
            route = pointed.get(f"r:{meta['fiche_id']}")
            if route:
                features[row, COLUMN["recourse"]] = (2.0 if where_to_turn else route[3]) / (1 + route[2])
                reasons.append(f"recours : {route[1]}")
            facets = index.title_facets[fiche]
            if (
                mismatch(qualifiers, query.qualifiers)
                or foreigner
                or ages is False
                or (other_event(facets, query.facets) and features[row, COLUMN["title"]] >= FACET_TITLE_SHARE)
                # `unsaid_event`: "… en cas de vol" for a message that names no event of the thing
                or (
                    unsaid_event.unsaid_mishap(facets, query.facets, fold(meta["title"]), folded_message)
                    and features[row, COLUMN["title"]] >= FACET_TITLE_SHARE
                )
            ):
                # a fiche for another event of the same thing ("… en cas de perte" after a theft) is a neighbour
                features[row, COLUMN["mismatch"]] = 1.0
            if fits:  # a document named by both only keeps off a mismatch; an age the title's range holds is a match
                # a title written for two of the writer's situations ("Travailleur handicapé : contrat d'apprentissage"
                # for a disabled apprentice) fits better than a sibling written for one (tenth pass: half a match
                # more; train + validation +1 first fiche on each corpus, two messages a rank lower within the top 10)
                shared_names = (qualifiers & query.qualifiers) - DOCUMENTS - MISMATCH_ONLY - UNIONS
                # the civil service's names nest ("fonctionnaire" is an agent public and a tenured one): one situation
                shared = len(shared_names - CIVIL_SERVICE) + bool(shared_names & CIVIL_SERVICE) + (ages is True)
                features[row, COLUMN["qualifier"]] = 1.0 + SECOND_SITUATION * (min(shared, 2) - 1)
            if facets & query.facets and features[row, COLUMN["title"]] >= FACET_TITLE_SHARE:
                # a facet named in the story only ("j'ai perdu mon emploi") counts half
                features[row, COLUMN["facet"]] = 1.0 if facets & query.asked_facets else 0.5
                if facets & query.facets == SIDE_FACETS and query.asked_facets - SIDE_FACETS:
                    # "… et ça coûte combien ?" beside another ask: the procedure's fiche states the price too
                    features[row, COLUMN["facet"]] *= 0.5
                reasons.append(f"demande : {', '.join(sorted(facets & query.facets))}")
            if status_only and meta["fiche_id"] in situation and not vocabulary:
                # the fiche of the situation told, not of the tax question asked: the neighbour (a mismatch)
                features[row, COLUMN["mismatch"]] = 1.0
            if status_only:
                # the tax status asked is the facet; what the thing's other facets name ("je reprends un travail": the
                # cumul) is the situation that brought the question
                taxed = bool(_TAX_TITLE.search(fold(meta["title"])))
                share = features[row, COLUMN["title"]] >= FACET_TITLE_SHARE
                features[row, COLUMN["facet"]] = 1.0 if taxed and share else 0.0
                reasons[:] = [r for r in reasons if not r.startswith("demande : ")]
                if taxed and share:
                    reasons.append("demande : impôt sur le revenu")
            if meta["fiche_type"].startswith("Fiche Question-réponse"):
                features[row, COLUMN["question_answer"]] = 1.0
            if meta["fiche_type"].endswith("conditionnée"):
                features[row, COLUMN["conditioned"]] = 1.0
            if meta["fiche_type"].startswith(GUIDE_TYPES):
                features[row, COLUMN["guide"]] = 1.0
            if themes and any(word in index.folded_themes[fiche] for word in themes):
                features[row, COLUMN["administration"]] = 1.0
            if foreigner and DROP_FOREIGNER_POINTERS:  # a name or a situation read as a foreigner's
                features[row, [COLUMN["vocabulary"], COLUMN["vocabulary_context"], COLUMN["distress"]]] = 0.0
            pointers.append(reasons)
        for column, source in (
            (COLUMN["lexical_rank"], COLUMN["lexical"]),
            (COLUMN["dense_rank"], COLUMN["dense"]),
            (COLUMN["whole_fiche_rank"], COLUMN["whole_fiche"]),
            (COLUMN["story_rank"], COLUMN["story"]),
        ):
            ranks = np.empty(n, dtype=np.float32)
            ranks[np.argsort(-features[:, source], kind="stable")] = np.arange(n, dtype=np.float32)
            features[:, column] = 1.0 / (1.0 + ranks)
        # a fiche that shares no word with the message has no whole-fiche rank (not the first place of a tie at zero)
        features[features[:, COLUMN["whole_fiche"]] <= 0, COLUMN["whole_fiche_rank"]] = 0.0
        features[features[:, COLUMN["story"]] <= 0, COLUMN["story_rank"]] = 0.0  # no story vector (lexical only)
        told = fold(" ".join([query.subject, *query.asks, *query.context]))
        named = where_to_turn or ROUTE_NAMED.search(told)
        named = named or (READ_COURT_NAMED and bool(query.recourse) and bool(COURT_NAMED.search(told)))
        named = named or (READ_INTERVENTION and intervene and any(route.elsewhere for route in query.recourse))
        protects = next((row for row, f in enumerate(fiches) if index.fiches[f]["fiche_id"] == protecting), None)
        return cls(
            fiches,
            features,
            pointers,
            route_named=bool(named),
            protects=protects,
            aside=aside[0] if aside is not None else None,
            extra=extra,
        )

    def scores(self, weights: np.ndarray = WEIGHTS) -> np.ndarray:
        scores = self.features @ weights
        return scores if self.extra is None else scores + self.extra


def rerank(candidates: Candidates, weights: np.ndarray = WEIGHTS) -> list[tuple[int, float, list[str]]]:
    """Candidates best first: (fiche position, score, reasons)."""
    if len(candidates.fiches) == 0:
        return []
    scores = candidates.scores(weights)
    order = list(np.argsort(-scores, kind="stable"))
    features = candidates.features
    lifted_by_route = (
        (features[:, COLUMN["recourse"]] > 0)
        & (features[:, COLUMN["vocabulary"]] == 0)
        & (features[:, COLUMN["distress"]] == 0)
    )
    if not candidates.route_named and lifted_by_route[order[0]]:
        # The draft answers the problem from the problem's own fiche; the way to contest comes second.
        problem = next((i for i in order if not lifted_by_route[i]), None)
        if problem is not None:
            order.remove(problem)
            order.insert(0, problem)
            scores = scores.copy()
            scores[problem] = scores[order[1]]
    if candidates.aside is not None and order.index(candidates.aside) >= HARDSHIP_KEPT:
        # the hardship's fiche gave way to the fiche the asks name, not out of view
        order.remove(candidates.aside)
        order.insert(HARDSHIP_KEPT - 1, candidates.aside)
        scores = scores.copy()
        scores[candidates.aside] = scores[order[HARDSHIP_KEPT - 2]]
    if candidates.protects is not None and order[0] != candidates.protects:
        # A person hurt by another (a violent partner, an abused child or elder, a harassed pupil) gets the fiche
        # that protects them first; what else they ask (an allowance, a move) comes after it.
        order.remove(candidates.protects)
        order.insert(0, candidates.protects)
        scores = scores.copy()
        scores[candidates.protects] = scores[order[1]]
    return [(int(candidates.fiches[i]), float(scores[i]), candidates.pointers[i]) for i in order]
