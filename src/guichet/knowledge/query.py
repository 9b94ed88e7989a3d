"""Query understanding: what a citizen's message asks, what it tells, and what is noise.

A message is a subject line, greetings, a story, one or several questions, sometimes insults or instructions
aimed at the model, thanks and a signature (and, after pseudonymisation, placeholders such as [PERSONNE_1]).
`understand` splits it into sentences and sorts them:

* **asks**: the sentences that ask something (a question mark, an interrogative, "je voudrais savoir…");
* **context**: what the writer tells about their situation (who they are, what happened);
* **noise**: greetings, closings, politeness, insults, and instructions addressed to a model (prompt injection is
  data: it is kept out of the query, the message itself is untouched).

It also finds the vocabulary the message uses (`guichet.knowledge.vocabulary`), the distress situations it
describes and the situations that distinguish neighbouring fiches (`guichet.knowledge.situations`).

The search then uses, lexically, the whole useful text with the subject and the asks weighed twice, plus one
sub-query per distinct ask (an ask, its subject, and the sentence before it when the ask alone is too short to
name its topic: "Comment on fait ?"), fused; densely, the subject and the asks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from guichet.knowledge import (
    buried_ask,
    claims,
    debt_steps,
    distress_ask,
    lawyer_means,
    office_public,
    rant,
    shelter,
    study_cases,
    survivor_pension,
)
from guichet.knowledge.adult_children import adult_child
from guichet.knowledge.ages import message_ages, own_ages
from guichet.knowledge.analysis import analyze, fold
from guichet.knowledge.doubt import doubt_ask, without_frame
from guichet.knowledge.facets import CONFUSED, facets_in_message
from guichet.knowledge.feelings import feeling_ask, story_clauses
from guichet.knowledge.recourse import RecourseHit, recourse
from guichet.knowledge.register import paraphrases
from guichet.knowledge.reported_asks import reported_only
from guichet.knowledge.situations import (
    DOCUMENTS,
    HARDSHIPS,
    HOMELESS,
    KEPT_IN_QUERY,
    DistressHit,
    conditions,
    distress,
    documents_in_message,
    qualifiers_in_message,
    without_conditions,
)
from guichet.knowledge.story_asks import demoted
from guichet.knowledge.vocabulary import Found, Term, find_every, longest
from guichet.text import WRITTEN_PLACEHOLDER

_GREETING = re.compile(
    r"^\s*(?:bonjour|bonsoir|salut|hello|coucou|madame|monsieur|mesdames|messieurs|cher|chère|à qui de droit)"
    r"[^.!?\n]{0,40}?(?:[,.!\n]|$)",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"\b(?:cordialement|bien cordialement|salutations|sincères salutations|bien à vous|merci d'avance|"
    r"merci par avance|merci de votre réponse|merci pour votre réponse|dans l'attente de votre réponse|"
    r"je vous prie d'agréer|veuillez agréer|en vous remerciant)\b.*",
    re.IGNORECASE | re.DOTALL,
)
_EMAIL = re.compile(r"\S+@\S+")
# A country of birth other than France, masked by privacy (thirty-eighth pass) with a placeholder whose name keeps what
# retrieval needs: the birth was abroad ("née au [PAYS_NAISSANCE_ETRANGER_1]" reads "née à l'étranger").
_BIRTH_ABROAD = re.compile(r"(?:\b(?:en|au|aux|à|a)\s+)?\[PAYS_NAISSANCE_ETRANGER(?:_\d+)?\]")
_URL = re.compile(r"https?://\S+|\bwww\.\S+|\b[\w-]+\.(?:fr|com|org|net)\b")
_LONG_NUMBER = re.compile(r"(?:\d[\s.\-/]?){7,}\d")
_POLITENESS = re.compile(
    r"\b(?:s'il vous plaît|s'il vous plait|svp|stp|merci beaucoup|merci|je vous remercie|je vous en supplie|"
    r"je me permets de vous écrire|je vous écris car|je vous contacte car)\b",
    re.IGNORECASE,
)
# Words that carry anger, not meaning: removed from the sentence, the rest of the sentence is kept ("Bande
# d'incapables, ça fait 3 fois que je remplis votre formulaire pour la prime d'activité").
_INSULTS = re.compile(
    r"\b(?:bande d[e']\s*\w+|espèces? d[e']\s*\w+|incapables?|incompétents?|connards?|connasses?|cons|nuls|"
    r"escrocs?|voleurs?|rapaces?|clowns?|minables?|bons? à rien|menteurs?|merde|m\*+|foutage de gueule|"
    r"vous vous foutez de \w+|foutre|foutez|abrutis?|idiots?|débiles?|putains?(?: de| d')?|bordel|honte|honteux|"
    r"c'est du vol|inadmissible|scandale(?:ux)?|payés à rien \w+|sangsues?|parasites?|guignols?|tocards?|pourris|"
    r"feignasses?|fainéants?|planqués?|bureaucrates?|racket\w*|mafieux|mafia|vautours?|charognards?|ordures?|"
    r"salauds?|enfoirés?|crétins?|imbéciles?|nazes?|branleurs?|ras le bol|j'en ai marre|marre|dégoûtée?s?|"
    r"vampires?|pourrie?s?|oui ou merde|je vous jure|goinfr\w*|baltringues?|charlots?)\b",
    re.IGNORECASE,
)
# Twenty-first pass: the same anger written the hurried way, on a phone, without accents ("bande d'incompetents",
# "vous etes des planques", "bons a rien"), and a few more names for the office's staff ("rigolos", "bouffons",
# "ronds-de-cuir"); and the sneers at the office that say what it does instead of the need ("vous servez à rien à
# part mettre des PV", "vous faites quoi à part boire le café ?", "vous vous bougez pas", "comme d'hab"): their
# words ("PV", "café", "règles") name the office's business and pulled its fiches above the gold of abusive
# messages (v31-028: "… vous servez a rien a part mettre des pv" read as a fine). Removed as insults are; the rest of
# the sentence is kept. A clause runs to the next punctuation or "mais"/"et".
_CLAUSE_REST = r"(?:(?!\b(?:mais|et)\b)[^,.;:!?\n])*"
_INSULTS_MORE = re.compile(
    r"\b(?:incompetents?|degoutee?s?|faineants?|debiles?|imbeciles?|cretins?|bons? a rien|scandaleux|"
    r"rigolos?|bouffons?|ronds?[- ]de[- ]cuir|branquignols?|pignoufs?|cassos|tocards?|nullards?|"
    r"(?:vous|vos \w+|ils|elles?) (?:ne )?serve(?:z|nt) (?:a|à) rien(?: (?:a|à) part " + _CLAUSE_REST + r")?|"
    r"(?:vous )?(?:faites|foutez|fichez) quoi (?:(?:a|à) part " + _CLAUSE_REST + r"|de vos journées)|"
    r"vous (?:ne )?(?:faites|foutez|fichez) rien(?: de vos journées)?|vous vous bougez pas|"
    r"comme d'hab(?:itude)?)(?!\w)",
    re.IGNORECASE,
)
READ_HURRIED_ANGER = True  # off: the twentieth pass's reading (a measurement switch)
# A sentence addressed to a model rather than to the administration: kept out of the query.
_INJECTION = re.compile(
    r"ignore[rz]?\b|oublie[rz]?\s+(?:tes|vos|les|toutes|tout)|\bforget\b|\breveal\b|\bprevious instructions\b|"
    r"prompt|\bsystem\s*:|pour l'ia\b|\bl'ia\b|note pour le mod[eè]le|tu es (?:maintenant|un|une)\b|"
    r"nouvelle consigne|instruction prioritaire|r[ée]ponds uniquement|sans relecture|approuve[- ]le|classe[- ]le|"
    r"invente\b|ne cite aucune",
    re.IGNORECASE,
)
# The writer says the message went to the wrong office ("je sais que ce n'est pas votre rayon", "désolé, c'est sûrement
# pas le bon endroit", "rien à voir avec mon dossier d'allocations"): the clause is removed from the query (it names
# the office, not the need), and the office's themes no longer lift fiches (`guichet.knowledge.rerank`). A clause
# runs to the next punctuation or "mais" ("… pas votre domaine mais mon avocat parle de …" keeps the avocat).
# "Je ne sais pas à qui m'adresser" is not one: a person in distress says it to the right office too.
_WRONG_OFFICE = re.compile(
    r"(?:\bpas (?:le|la) bon(?:ne)? (?:endroit|service|interlocuteur|adresse|guichet|organisme|administration|"
    r"personne|bureau|destinataire)s?|\bpas les bons (?:interlocuteurs|services)|"
    r"\b(?:pas|rien) (?:à|a) voir avec (?:mon|ma|mes|votre|vos)\b|"
    r"\bpas (?:trop |vraiment |du tout )?(?:votre|ton) (?:rayon|domaine|rôle|role|travail|boulot|métier|metier)\b|"
    r"\bce n'est (?:sans doute |sûrement |surement |peut-être |peut-etre |probablement |certainement )?pas "
    r"(?:à vous|a vous|votre service|le bon|la bonne|chez vous)|"
    r"\b(?:désolée?|desolee?|excusez-moi|pardon) (?:de|d') (?:vous )?(?:écrire|ecrire|déranger|deranger)|"
    r"\bje me suis (?:peut-être |peut-etre |sans doute |sûrement |surement )?trompée? (?:de|d') (?:service|guichet|"
    r"adresse|destinataire|administration|interlocuteur)|"
    r"\bvous n'êtes (?:sûrement |surement |sans doute |peut-être |probablement |certainement )?pas "
    r"(?:les bons|le bon|la bonne|le service|concernés)|"
    r"\bje sais que vous (?:êtes|etes) (?:la|le|les|l')[^.?!]{0,60}?(?=\bmais\b)|"
    r"\bhors (?:de votre |sujet))"
    r"(?:(?!\bmais\b)[^,.;:!?\n])*",
    re.IGNORECASE,
)
READ_WRONG_OFFICE = True  # off: the office's words stay in the query and its themes count (a measurement switch)
# Sixteenth pass: more ways of saying it ("je ne sais pas si c'est à vous qu'il faut demander", "c'est le seul
# organisme où j'ai un contact", "je vous écris à la Sécu parce que…"), and, once the message says it, the clause that
# tells why the writer knows this office ("j'ai votre adresse parce que je déclare notre nounou chez vous", "comme vous
# nous aidez déjà pour le logement", "j'ai déjà un dossier chez vous pour mon APL"): it names the office's business,
# not the need, and pulled the office's fiches up. Such a clause alone, without a wrong-office cue, stays (a message to
# the right office says it too).
_WRONG_OFFICE_MORE = re.compile(
    r"(?:\bje ne sais (?:pas|plus) si c'est (?:à vous|a vous|vous|chez vous|votre service)|"
    r"\b(?:c'est|vous êtes|vous etes) (?:le|la|mon|ma|notre) seule? (?:organisme|contact|interlocut\w+|service|"
    r"administration|adresse|numéro|numero)s?\b|"
    r"\bje vous écris (?:à|a) (?:la |le |l')\s?[\w-]+ (?:parce que|car|puisque))"
    r"(?:(?!\bmais\b)[^,.;:!?\n])*",
    re.IGNORECASE,
)
_OFFICE_LINK = re.compile(
    r"(?:\bj'ai (?:déjà |deja )?(?:un dossier|votre adresse|un compte|vos coordonnées|vos coordonnees) "
    r"(?:chez vous|parce que|car|pour)|"
    r"\b(?:comme|puisque|parce que) vous (?:nous |m'|me )?(?:aidez|versez|suivez|payez|remboursez|connaissez) "
    r"(?:déjà|deja)|"
    r"\bje (?:suis|déclare|declare) [^,.;:!?\n]{0,40}chez vous\b)"
    r"(?:(?!\bmais\b)[^,.;:!?\n])*",
    re.IGNORECASE,
)
_WRONG_OFFICE_ALL = re.compile(
    f"{_WRONG_OFFICE.pattern}|{_WRONG_OFFICE_MORE.pattern}|{_OFFICE_LINK.pattern}", re.IGNORECASE
)
READ_OFFICE_LINK = True  # off: the fifteenth pass's reading (a measurement switch)
# Twentieth pass: the writer names the office while doubting it is the right one ("je ne sais pas si c'est la mairie
# qui gère ça", "ce n'est sans doute pas la CPAM qui s'en occupe", "je sais que la préfecture ne s'occupe pas de ça",
# "c'est peut-être aux impôts qu'il fallait demander"), or says why this office should act on another's business
# ("comme c'est vous qui encaissez l'impôt prélevé sur mes salaires, pouvez-vous l'obliger à me payer ?", "c'est vous
# les impôts, vous pouvez les obliger ?", "vous qui êtes un service public", "je m'adresse à la mairie car…"): the
# clause names the office's business (the tax, the rent the CAF pays, the pension), not the need, and on train +
# validation of corpora/retrieval it pulled the office's fiches above the gold of out-of-scope questions (v3-064, a
# wage never paid, gold not even a candidate; v16-018, a landlord's bill, gold 40th). Read as a wrong-office cue: the
# clause leaves the query and the office's themes no longer count.
_OFFICE_WORDS = r"(?:à |a |aux? )?(?:la |le |les |l'|votre |vos )?[\w.'-]+(?: [\w.'-]+){0,2}"
_OFFICE_ROLE = re.compile(
    r"(?:\b(?:comme|puisque) c'est (?:vous|votre [\w-]+|la [\w-]+|le [\w-]+|les [\w-]+) qui\b|"
    r"\bc'est vous (?:les|la|le|l')\s?[\w.-]+(?=\s*[,?!]|\s+vous\b)|"
    r"\bvous qui (?:êtes|etes) (?:un|une|le|la|l'|les)\b|"
    r"\bje m'adresse (?:à vous|a vous|aux? [\w.-]+|à la [\w.-]+|a la [\w.-]+)\s(?:car|parce que|puisque)\b|"
    r"\bc'est (?:donc )?(?:à vous|a vous) que je m'adresse|"
    r"\bje ne sais (?:pas|plus) si c'est " + _OFFICE_WORDS + r" (?:qui|qu'il faut|qu'il fallait)\b|"
    r"\bje ne sais (?:pas|plus) si (?:la|le|les|l')\s?[\w.-]+ (?:s'en occupe|peut|peuvent|gère|gere|traite)\b|"
    r"\bce n'est (?:peut-être |peut-etre |sans doute |sûrement |surement |probablement |pas du tout )?pas "
    r"(?:à |a |aux? )?(?:la|le|les|l')\s?[\w.-]+ (?:qui|qu'il faut|de répondre|de repondre)\b|"
    r"\bc'est peut-être (?:à |a |aux? )(?:la |le |les |l')?[\w.-]+ qu'il (?:faut|fallait)\b|"
    r"\bje ne (?:suis pas sûre?|suis pas sure?|pense pas) que ce soit\b|"
    r"\b(?:la|le|les|l')\s?[\w.-]+ ne s'occupe(?:nt)? pas de (?:ça|ca|cela)|"
    r"\bpas (?:du tout )?(?:le|du) (?:sujet|ressort) d|\bfaute de mieux\b)"
    r"(?:(?!\bmais\b)[^,.;:!?\n])*",
    re.IGNORECASE,
)
_WRONG_OFFICE_ROLE = re.compile(f"{_WRONG_OFFICE_ALL.pattern}|{_OFFICE_ROLE.pattern}", re.IGNORECASE)
READ_OFFICE_ROLE = True  # off: the nineteenth pass's reading (a measurement switch)
# Forty-second pass (engineer-r70): an ask that names the office only as "vous" ("quand dois-je m'inscrire chez
# vous ?", "auprès de vos services", "à votre caisse"), sent to an office the message does not doubt: the office's name
# (the message's `administration`) replaces the "vous" in the ask ("m'inscrire chez vous" sent to Pôle emploi reads
# "m'inscrire Pôle emploi"; r70-001: neither "chômage" nor "Pôle emploi" written, gold never gathered). Shipped OFF:
# on train + validation it read 62 messages differently and brought 3 gold fiches into the first 30, but put 2 fewer
# first (33 → 31 of 51, top 5 51 both); see docs/benchmarks.md.
READ_OFFICE_YOU = False  # on: the office's name replaces its "vous" in the asks (a switch)
_OFFICE_YOU = re.compile(
    r"\b(?:chez vous|auprès de vous|aupres de vous|(?:à |a |de |par |dans )?(?:vos services|votre service|"
    r"votre caisse|votre agence|votre organisme|votre administration))\b",
    re.IGNORECASE,
)
# guichet.text.SENTENCE_BREAK, plus the marks that fence an instruction aimed at a model ("-->", "###", "[…]").
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+|\s+-{2,}>?\s*|<!--|-->|#{2,}|\s+\[|\]\s+")
# "Où" asks, except in "je n'ai nulle part où aller", "n'importe où" (twenty-second pass: a homeless story, read
# as an ask, lent its words to the asks and hid that the questions beside it name no topic: `rerank.ASK_TOPIC_WORDS`).
_QUESTION_WORDS = re.compile(
    r"\b(?:comment|combien|quand|pourquoi|quel|quelle|quels|quelles|est-ce|puis-je|peut-on|dois-je|faut-il|"
    r"ai-je|suis-je|(?<!nulle part )(?<!n.importe )où|que faire|à qui|qui doit|est-il|y a-t-il|je voudrais savoir|"
    r"j'aimerais savoir|"
    r"pouvez-vous|pourriez-vous|savoir si|je voudrais|j'aimerais|je souhaite|je veux savoir|c'est quoi|"
    r"qu'est-ce|il faut quoi|on fait comment|je fais comment|expliquez|j'y ai droit|on y a droit)\b",
    re.IGNORECASE,
)
# Twenty-first pass: a hurried or angry writer asks without a question mark, ending on the choice the answer must make
# ("vous avez le droit de refuser oui ou non", "c imposable ou pas ces trucs", "je rembourse oui ou non"): such a
# sentence is the ask. Not "ou quoi" ("c'est une blague ou quoi"), which is rhetorical.
_CHOICE_ASKED = re.compile(r"\b(?:oui ou non|ou pas)\b(?! du tout\b)", re.IGNORECASE)
_NEGATED_DOCUMENT = re.compile(
    r"(jamais eu|pas eu|pas de|sans|n.ai (pas|plus)|n.a (pas|plus))( \w+){0,2} (de |d.|ma |mon |sa |son )?"
    r"(carte (nationale )?d.identite|passeport|cni)"
)
# Whose identity document: the writer's own ("mon passeport", "ma carte d'identité") is an adult's even when the
# story names a child ("je devais aller voir ma fille"); a child's is said with "son", "leur" or the child's name
# for it ("le passeport de mon fils", "mon fils … sa carte").
_MINOR_WRITER = re.compile(r"\bj.ai (1[0-7]|[0-9]) ans\b")
_OWN_DOCUMENT = re.compile(r"\b(mon|ma) (propre )?(passeport|carte (nationale )?d.identite|cni)")
_CHILD_DOCUMENT = re.compile(
    r"\b(son|sa|leur|leurs|ses|nos) (propres? )?(passeports?|cartes? (nationales? )?d.identite|cni)"
    r"|(passeports?|cartes? (nationales? )?d.identite|cni) (de|pour|a|des) (mon|ma|mes|notre|nos|l.|la|le|les) ?"
    r"(fils|fille|enfant|bebe|petit|gamin|gosse|ado)"
)
# What the writer was told exists ("ma collègue m'a dit que la CAF donne des sous avant la naissance", "on m'a parlé
# d'une allocation pour les parents qui…", "il paraît qu'il y a une aide"): the need itself, described by its effect,
# often the only sentence that says it: read as an ask (weighed twice, its own sub-query), not as the story. "On me
# dit que…" is mostly the office's own answer, which a complaint reports: left in the story.
_HEARSAY = re.compile(
    r"(?<!\bon )\b(?:(?:m'a|ma|m'ont|me|m'avait|m'avaient|nous a|nous ont) "
    r"(?:dit|dis|parlé|parle|conseillé|expliqué|affirmé|assuré|indiqué|appris)(?: \w+)? "
    r"(?:qu\w*|d'une?|de la|du|des|de)\b"
    r"|il para[iî]t|para[iî]t-il|j'ai (?:entendu|lu)(?: dire)? (?:qu|parler))",
    re.IGNORECASE,
)
# ... when what was told is something given or possible, not an instruction ("on m'a dit de patienter").
_HEARSAY_NEED = re.compile(
    r"\b(?:aides?|allocations?|primes?|droits?|cartes?|papiers?|chèques?|sous|argent|rembours\w*|pa[iy]\w*|donne\w*"
    r"|vers\w*|existe\w*|dispositif|prestations?|on peut|vous pouvez|possible|gratuit\w*)\b",
    re.IGNORECASE,
)
_CONTENT_MIN = 4  # an ask with fewer content words borrows the sentence before it
# Twenty-sixth pass: a lasting condition told in the story only (`situations.CONDITIONS`) leaves the lexical query when
# the subject and the asks name a topic of their own, this many content words or more ("Jusqu'à quelle date je peux
# faire ma déclaration de revenus ?", not "J'ai droit à quoi ?").
CONDITION_TOPIC_WORDS = 3
READ_CONDITIONS = True  # off: the twenty-fifth pass, every word of the story in the lexical query (a switch)
MAX_SUB_QUERIES = 4
DENSE_CHARS = 300


# Text-message spellings, written out before the message is read ("cmt jpeu faire" is "comment je peux faire"): an
# ask written this way has no interrogative the sentence sorter knows, and its words match no fiche. Only forms that
# are not also French words or acronyms of the fiches ("cb" is also a bank card, "c" a letter).
_SMS = {
    "cmt": "comment",
    "cmnt": "comment",
    "pk": "pourquoi",
    "pq": "pourquoi",
    "qd": "quand",
    "kan": "quand",
    "koi": "quoi",
    "pr": "pour",
    "tt": "tout",
    "tjs": "toujours",
    "tjrs": "toujours",
    "bcp": "beaucoup",
    "pb": "problème",
    "pbm": "problème",
    "rdv": "rendez-vous",
    "mtn": "maintenant",
    "mnt": "maintenant",
    "dc": "donc",
    "ds": "dans",
    "jsui": "je suis",
    "jsuis": "je suis",
    "chui": "je suis",
    "jveu": "je veux",
    "jveux": "je veux",
    "jpeu": "je peux",
    "jpeux": "je peux",
    "jdoi": "je dois",
    "jdois": "je dois",
    "jai": "j'ai",
    "jsp": "je ne sais pas",
    "ya": "il y a",
}
_SMS_WORD = re.compile(r"(?<![\w'-])(" + "|".join(sorted(_SMS, key=len, reverse=True)) + r")(?![\w'-])", re.IGNORECASE)


def _sms(match: re.Match) -> str:
    word = match.group(1)
    return match.group(0) if word.isupper() else _SMS[word.lower()]  # "PB", "PR": an acronym, not a text message


def expand_sms(text: str) -> str:
    """Write out text-message spellings ("cmt" → "comment", "jpeu" → "je peux")."""
    return _SMS_WORD.sub(_sms, text)


def strip_noise(text: str) -> str:
    """Remove greetings, closings and signatures, placeholders, e-mails, URLs, long numbers, politeness and
    the writer's own confusion ("je suis un peu perdue": `facets.CONFUSED`)."""
    text = expand_sms(text.replace("’", "'").replace("\r", ""))
    text = _CLOSING.sub("", text)
    text = _GREETING.sub("", text)
    text = _BIRTH_ABROAD.sub(" à l'étranger ", text)
    text = WRITTEN_PLACEHOLDER.sub(" ", text)
    text = _EMAIL.sub(" ", text)
    text = _URL.sub(" ", text)
    text = _LONG_NUMBER.sub(" ", text)
    text = _POLITENESS.sub(" ", text)
    text = CONFUSED.sub(" ", text)
    return re.sub(r"[ \t]+", " ", text).strip()


def strip_signature(text: str) -> str:
    """Drop the short trailing lines of a message (name, phone label, file number): a signature, not a question."""
    lines = text.rstrip().split("\n")
    while len(lines) > 1 and len(lines[-1].split()) <= 5 and not lines[-1].rstrip().endswith(("?", ".", "!")):
        lines.pop()
    return "\n".join(lines)


def is_ask(sentence: str) -> bool:
    if "?" in sentence or _QUESTION_WORDS.search(sentence) or doubt_ask(sentence):
        return True
    if rant.READ_COMMANDS and rant.command(sentence):
        return True  # `rant`: "Dites-moi ce qu'il faut envoyer"
    return READ_HURRIED_ANGER and bool(_CHOICE_ASKED.search(sentence))


def _without_insults(text: str) -> str:
    text = _INSULTS.sub(" ", text)
    return _INSULTS_MORE.sub(" ", text) if READ_HURRIED_ANGER else text


def question_sentences(text: str) -> list[str]:
    """The sentences of `text` that ask something (a question mark, or an interrogative phrase)."""
    return [s for s in _sentences(text) if is_ask(s)]


def _sentences(text: str) -> list[str]:
    return [s.strip(" -#<>[]") for s in _SENTENCE.split(text) if s and s.strip(" -#<>[]")]


def _split_title(title: str, body: str) -> tuple[str, str]:
    if not title and "\n" in body:
        first, rest = body.split("\n", 1)
        if len(first) <= 120 and not first.rstrip().endswith((".", ":")):
            return first.strip(), rest.strip()
    return title, body


@dataclass
class Query:
    """A message as the search reads it (see the module docstring)."""

    subject: str = ""
    asks: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    noise: list[str] = field(default_factory=list)
    vocabulary: list[Found] = field(default_factory=list)
    names: tuple[Term, ...] = ()  # every entry the message uses, those inside a longer one's match included
    register: list[tuple[str, str]] = field(default_factory=list)  # a need said by its effect: (words, fiches' words)
    distress: list[DistressHit] = field(default_factory=list)
    asked_distress: frozenset[str] = frozenset()  # the distress situations an ask says itself (`rerank.HARDSHIPS`)
    recourse: list[RecourseHit] = field(default_factory=list)  # a complaint: where to contest (médiateur…)
    qualifiers: frozenset[str] = frozenset()
    ages: frozenset[int] = frozenset()  # the ages of people the message gives ("j'ai 23 ans", "ma fille de 15 ans")
    own_ages: frozenset[int] = frozenset()  # the writer's own ("j'ai 23 ans")
    facets: frozenset[str] = frozenset()  # what is asked about the thing: loss, theft, cost, delay…
    asked_facets: frozenset[str] = frozenset()  # the same, in the subject and the asks only
    terms: frozenset[str] = frozenset()  # the analysed terms of the useful text and of its vocabulary's expansions
    wrong_office: bool = False  # the writer says the message went to the wrong office (`_WRONG_OFFICE`)
    conditions_aside: frozenset[str] = frozenset()  # lasting conditions told in the story only (`CONDITIONS_ASIDE`)
    story_asks: frozenset[str] = frozenset()  # asks that only a story's words make asks (`story_asks.demoted`)
    buried: list[str] = field(default_factory=list)  # plain asks weighed once more over a long story (`buried_ask`)

    @property
    def empty(self) -> bool:
        return not (self.subject or self.asks or self.context)

    def expansions(self) -> list[str]:
        names = [found.term.expansion for found in self.vocabulary if found.term.expansion]
        return [*names, *(expansion for _, expansion in self.register)]

    def story(self) -> list[str]:
        """The context sentences, without the words of a lasting condition told in the story only
        (`situations.CONDITIONS`: "je suis sourde de naissance" before a question on the income tax)."""
        aside = self.conditions_aside - KEPT_IN_QUERY
        if not aside:
            return self.context
        return [without_conditions(fold(sentence), aside) for sentence in self.context]

    def lexical(self) -> str:
        """The whole useful text: subject ×2, asks ×2, context once (`story`), vocabulary expansions once."""
        parts = [self.subject, self.subject, *self.asks, *self.story(), *self.asks, *self.buried, *self.expansions()]
        return "\n".join(part for part in parts if part)

    def topical(self) -> str:
        """`useful` without the words of a lasting condition told in the story only: what the whole-fiche BM25
        reads."""
        return "\n".join(part for part in [self.subject, *self.story(), *self.asks] if part)

    def useful(self) -> str:
        """The useful text once, as the writer said it: subject, story and asks, no vocabulary expansion (what the
        whole-fiche BM25 of `guichet.knowledge.baseline` reads)."""
        return "\n".join(part for part in [self.subject, *self.context, *self.asks] if part)

    def borrowed(self, ask: str) -> list[str]:
        """The sentence a short ask refers to ("Il a le droit ?" after "Le propriétaire ne m'a pas rendu ma
        caution"): the story sentence just before it, when the ask is too short to name its topic."""
        if len(analyze(ask)) >= _CONTENT_MIN:
            return []
        useful = [*self.context, *self.asks]
        position = useful.index(ask)
        return [s for s in useful[:position] if s not in self.asks][-1:]

    def ordered_asks(self) -> list[str]:
        """The asks, those that ask by their form first and those that only a story's words make asks after them."""
        return [a for a in self.asks if a not in self.story_asks] + [a for a in self.asks if a in self.story_asks]

    def sub_queries(self) -> list[str]:
        """One query per distinct ask: the ask, the subject, the sentence before a short ask, its vocabulary; the asks
        that ask by their form first (`story_asks`: the `MAX_SUB_QUERIES` cut drops story sentences, not the
        question told last)."""
        if len(self.asks) < 2 and not (self.asks and self.context):
            return []
        out, seen = [], set()
        for ask in self.ordered_asks():
            parts = [*self.borrowed(ask), self.subject, ask]
            folded = fold(" ".join(parts))
            parts += [
                found.term.expansion
                for found in self.vocabulary
                if found.term.expansion and found.text.lower() in folded
            ]
            parts += [expansion for words, expansion in self.register if words in folded]
            query = "\n".join(part for part in parts if part)
            key = frozenset(analyze(query))
            if key and key not in seen:
                seen.add(key)
                out.append(query)
        return out[:MAX_SUB_QUERIES]

    def dense(self) -> str:
        """A short text for the sentence encoder: the subject and the asks (else the start of the context), in the
        message's order (the plain asks first, `ordered_asks`, lost six first fiches and won one on train +
        validation: the encoder reads the story sentence's topic better than a short question's)."""
        parts = [self.subject, *self.asks] if self.asks else [self.subject, *self.context]
        return " ".join(part for part in parts if part)[:DENSE_CHARS]


def understand(text: str, *, title: str = "", administration: str = "") -> Query:
    """Read a (pseudonymised) message: `text` may start with its subject line ("title\\n\\nmessage").

    `administration`: the short name of the office it was sent to, which names the body a complaint disputes
    when the message does not ("vous me réclamez…", sent to the CAF)."""
    title, body = _split_title(strip_noise(title), strip_signature(strip_noise(text)))
    body = _GREETING.sub("", body)
    query = Query()
    wrong_office = _WRONG_OFFICE if READ_WRONG_OFFICE else re.compile(r"(?!)")
    query.wrong_office = bool(wrong_office.search(f"{title}\n{body}"))
    if READ_WRONG_OFFICE and READ_OFFICE_LINK:
        query.wrong_office = query.wrong_office or bool(_WRONG_OFFICE_MORE.search(f"{title}\n{body}"))
        role = READ_OFFICE_ROLE and bool(_OFFICE_ROLE.search(f"{title}\n{body}"))
        query.wrong_office = query.wrong_office or role
        if query.wrong_office:
            wrong_office = _WRONG_OFFICE_ROLE if role else _WRONG_OFFICE_ALL
    if title and not _INJECTION.search(title):
        query.subject = _without_insults(wrong_office.sub(" ", title)).strip(" ,.!")
    told: set[str] = set()  # the asks that are hearsay ("on m'a parlé d'une aide…")
    said: set[str] = set()  # the claims the writer asks to verify (`claims`)
    told_story: list[str] = []  # the story as told, before `feelings.story_clauses`
    sentences = _sentences(body)
    # `reported_asks`: "ma fille m'a demandé pourquoi je pleurais" is told, when the message asks something else
    asks_else = any(is_ask(s) and not reported_only(s) for s in sentences if not _INJECTION.search(s))
    for sentence in sentences:
        if _INJECTION.search(sentence):
            query.noise.append(sentence)
            continue
        kept = wrong_office.sub(" ", sentence)
        if rant.READ_SNEERS and _without_insults(kept) != kept:
            kept = rant.without_sneers(kept)  # `rant`: "vous êtes des … payés avec nos impôts" leaves the story
        cleaned = re.sub(r"\s+", " ", _without_insults(kept)).strip(" ,;:!")
        if len(cleaned) < len(sentence) - 2:
            query.noise.append(sentence)
            # "Vos agents sont des … et des …": nothing left to search with; a question keeps its two words
            # ("Comment je change ce putain de taux ?")
            if len(analyze(cleaned)) < (2 if is_ask(cleaned) else 3):
                continue
        if not analyze(cleaned):
            continue
        reported = claims.claim(cleaned)
        if reported is not None:
            # `claims`: "ma voisine m'a dit qu'on perd ses APL si…" asks the claim; the frame and its source are not
            # the writer's situation, what the writer says of themselves before the frame is
            query.noise.append(reported.frame)
            told_story.append(reported.source)  # read for the writer's situation ("mon ex-mari"), never searched
            if reported.own:
                told_story.append(reported.own)
                query.context.append(story_clauses(reported.own) or reported.own)
            query.asks.append(reported.said)
            told.add(reported.said)
            said.add(reported.said)
            continue
        hearsay = bool(_HEARSAY.search(cleaned) and _HEARSAY_NEED.search(cleaned))
        if is_ask(cleaned) and not hearsay and feeling_ask(cleaned):
            told_story.append(cleaned)  # "je ne sais même pas par où commencer.": read, not searched
            query.noise.append(cleaned)
            continue
        if (is_ask(cleaned) and not (asks_else and reported_only(cleaned))) or hearsay:
            cleaned = without_frame(cleaned)  # `doubt`: "je me demande si…" searched without "je me demande"
            query.asks.append(cleaned)
        else:
            told_story.append(cleaned)
            # `feelings`: "je ne dors plus, je pleure" leaves the words searched, not the message read
            searched = story_clauses(cleaned)
            if searched:
                query.context.append(searched)
            if searched != cleaned:
                query.noise.append(cleaned)
        if hearsay:
            told.add(cleaned)
    if said:
        # "C'est vrai ?", "Qui a raison ?": asks whether the claim holds, which the claim itself says
        checks = [ask for ask in query.asks if ask not in said and claims.verification_only(ask)]
        query.asks = [ask for ask in query.asks if ask not in checks]
        query.noise.extend(checks)
    if READ_OFFICE_YOU and administration.strip() and not query.wrong_office:
        office = f" {administration.strip()} "
        query.asks = [_OFFICE_YOU.sub(office, ask) for ask in query.asks]
        told = {_OFFICE_YOU.sub(office, ask) for ask in told}
    if rant.READ_RHETORIC:
        # `rant`: "C'est une blague ???" beside the question asked is noise, not an ask
        reproaches = [ask for ask in query.asks if rant.rhetorical(ask) and ask not in told]
        if reproaches and len(reproaches) < len(query.asks):
            query.asks = [ask for ask in query.asks if ask not in reproaches]
            query.noise.extend(reproaches)
    query.story_asks = frozenset(demoted(query.asks, told))  # `story_asks`: a relative "où", a temporal "quand"…
    # the whole story, feelings included: the distress situations, ages and conditions are read on all of it
    useful = " \n".join([query.subject, *told_story, *query.asks])
    folded = fold(useful)
    every = find_every(useful)
    query.vocabulary = longest(every)
    query.names = tuple(found.term for found in every)
    query.vocabulary, query.names = lawyer_means.set_aside(query.subject, query.asks, query.vocabulary, query.names)
    query.register = paraphrases(folded)
    query.distress = debt_steps.past_the_door(distress(folded), every)  # a debt's step named (forty-ninth pass)
    if query.distress:
        query.asked_distress = frozenset(hit.name for hit in distress(fold(" \n".join(query.asks))))
    query.recourse = recourse(folded, fold(administration))
    # A document the writer says they do not have is not the one they write about ("je n'ai jamais eu de carte
    # d'identité, il me faut un passeport"); the subject and asks decide when the story names both.
    documents = documents_in_message(_NEGATED_DOCUMENT.sub(" ", folded))
    asked_documents = documents_in_message(_NEGATED_DOCUMENT.sub(" ", fold(" \n".join([query.subject, *query.asks]))))
    query.qualifiers = (qualifiers_in_message(folded) - DOCUMENTS) | (asked_documents or documents)
    if (
        documents
        and _OWN_DOCUMENT.search(folded)
        and not _CHILD_DOCUMENT.search(folded)
        and not _MINOR_WRITER.search(folded)
    ):
        # "j'ai égaré mon passeport, je devais aller voir ma fille": the writer's own document, not a minor's
        query.qualifiers -= {"mineur"}
    if "mineur" in query.qualifiers and adult_child(folded):
        # "mon fils a 22 ans": an adult child, the sibling written for a "majeur" (forty-fourth pass)
        query.qualifiers = (query.qualifiers - {"mineur"}) | {"majeur"}
    # `office_public`: a message to the Service des retraites de l'État, a hospital's human resources or the Carsat
    # is a civil servant's, a hospital agent's, a private employee's, when it names no public of its own
    query.qualifiers |= office_public.office_publics(administration, query.qualifiers, wrong_office=query.wrong_office)
    query.qualifiers = survivor_pension.dead_publics(folded, query.qualifiers)  # the dead's régime (fiftieth pass)
    # `study_cases`: a year of study ("je rentre en L1") is a student's; a student is in the "études" of a title
    query.qualifiers |= study_cases.writer_cases(folded, query.qualifiers)
    query.ages = message_ages(folded)
    query.own_ages = own_ages(folded)
    query.facets = facets_in_message(folded)
    query.asked_facets = facets_in_message(fold(" \n".join([query.subject, *query.asks])))
    if shelter.READ_SHELTER_PLACES and HOMELESS in {hit.name for hit in query.distress}:
        # `shelter`: "je dors dans ma voiture" searched as "sans domicile ni hébergement", not as a car (after the
        # distress map and the vocabulary, which read the place as written)
        query.subject = shelter.read_place(query.subject)
        query.asks = [shelter.read_place(ask) for ask in query.asks]
        query.context = [shelter.read_place(sentence) for sentence in query.context]
        query.story_asks = frozenset(shelter.read_place(ask) for ask in query.story_asks)
    query.buried = buried_ask.weighed(query.asks, query.context, told | query.story_asks)  # `buried_ask`
    query.buried = query.buried or distress_ask.weighed(query.asks, query.context, told | query.story_asks)
    query.terms = frozenset(analyze(" ".join([query.useful(), *query.expansions()])))
    if READ_CONDITIONS:
        asked = fold(" \n".join([query.subject, *query.asks]))
        told = conditions(folded) - conditions(asked)
        # a person in danger or thinking of suicide tells no background (only `situations.HARDSHIPS` can be one)
        background = all(hit.name in HARDSHIPS for hit in query.distress)
        if told and background and len(analyze(without_conditions(asked, told))) >= CONDITION_TOPIC_WORDS:
            query.conditions_aside = told
    return query


def prepare_query(text: str, *, title: str = "") -> str:
    """The lexical query for a message (see `Query.lexical`): what `guichet search --explain` shows."""
    return understand(text, title=title).lexical()
