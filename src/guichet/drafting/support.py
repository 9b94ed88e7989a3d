"""The words of a draft sentence that need support, and the words of the evidence that give it (thirty-third pass).

The support check (`guichet.drafting.checks.check_support`) counts the share of a sentence's content words found in
the best single source or in the message. Counted on the bare content words, a faithful sentence was flagged as
often as an invented one: "Vous êtes veuve depuis le début de l'année" for "j'ai perdu mon mari en janvier", "Vous
nous demandez si votre dossier a bien été reçu", "N'hésitez pas à nous recontacter". Here a sentence's words are
read a little further before they are counted, the same way on both sides:

- the letter's own voice is not a claim: a frame that reports what the writer asks or says ("vous nous demandez si",
  "vous souhaitez savoir", "votre question porte sur", "vous nous indiquez que"), a courtesy ("nous vous remercions
  de votre message", "n'hésitez pas à nous recontacter", "restons à votre disposition") and an invitation's opening
  ("nous vous invitons à", "vous pouvez") are taken out; what they introduce is still read (a step no source gives,
  "appeler le 36 46", stays unsupported);
- words that carry no fact of their own (auxiliaries and modals: "êtes", "avez été", "devez", "pouvez";
  time and link words: "depuis", "désormais", "pendant", "toujours") are not counted;
- a number written in words is its digits ("trois mois" / "3 mois", "vingt ans" / "20 ans");
- everyday words and the administration's words for one thing count as one (`SAME_THING`: "mari" / "époux" /
  "conjoint", "boulot" / "emploi" / "travail", "propriétaire" / "bailleur", "baisser" / "diminuer"): families of
  general words, never a message's;
- words are cut to five letters, not six ("cotisé" / "cotisations", "retourné" / "retour"), as the asked check
  (`STEM`, imported there) cuts them.

Thirty-fourth pass: a question or a fear of the writer's that the sentence reports ("vous nous demandez si…", "vous
souhaitez savoir…", "vous craignez que…") claims nothing up to the end of its clause, and is no longer read; the
ways and times of a procedure count as one with the fiche's words ("sur internet" / "en ligne", "par voie postale" /
"par courrier", "la durée" / "le délai", "la saison" / "la période", "le seuil" / "le plafond", "ce document
annuel" / "un certificat chaque année"); "oui", "non", "soit", "certain", "via", "effectuer" carry no fact. A word a
family lists is that family's whatever its prefix ("internet" is no "interrompu").

Measured and left out: the packaged sentence embedder (`guichet.knowledge.index.embed`) as a second opinion between
a sentence and each sentence of the message or source. Its similarity does not part a faithful restatement from an
invented answer in the question's words (on corpora/asked, train + validation, the flagged told sentences score
0.14–0.70, the flagged asserted ones 0.19–0.68; at 0.6 on what this module still flags, 4 faithful sentences cleared
for 1 answer missed) and it costs 34–70 ms a sentence on the 2-core machine, with a model inside the checks.

Measured and left out too: the retrieval vocabulary's expansions of the message (`guichet.knowledge.vocabulary`:
"le chômage" for "l'allocation d'aide au retour à l'emploi"). It cleared 5 more faithful sentences of corpora/asked
and 3 consistent ones of corpora/claims, but also an answer that adds a fact ("vous avez droit à la complémentaire
santé solidaire sans participation" to "est-ce que je peux avoir la CSS gratuite ?") and an unsupported claim about
the writer ("Vous percevez l'allocation d'aide au retour à l'emploi depuis le mois de juin" to "le chômage"), for
about 15 ms more a draft. And each source read together with the message (a sentence that applies a rule to the
writer's case takes words from both): 8 faithful sentences fewer flagged, 3 answers that add a fact more missed.

Deterministic, no model, and cheaper than the words it replaces: each text's distinct words are read once.
"""

import re

from guichet.text import fold
from guichet.text.words import CONTENT_STOP_WORDS

# Words that carry no fact of a case on their own (folded; `content_terms` keeps them).
_NO_FACT = frozenset(
    """
    etes ete etre etait etaient etant avez avons avait avaient ayez ayant aurez aurait auront devez devrez devra
    devrait devront pouvez pourrez pourra pourrait pourront puisse puissiez voulez allez vais va vont aller
    depuis desormais pendant durant toujours deja actuellement bien bel bon encore aussi tres ici
    dont lequel laquelle lesquels lesquelles auquel auxquels auxquelles duquel
    concernant quant egard oui non via effectue effectuee effectuer effectuent soit certain certaine certains certaines
    correspondant correspondante correspondants correspondantes
    """.split()
)
# Number words as their digits.
_NUMBER_WORDS = {
    "deux": "2",
    "trois": "3",
    "quatre": "4",
    "cinq": "5",
    "six": "6",
    "sept": "7",
    "huit": "8",
    "neuf": "9",
    "dix": "10",
    "onze": "11",
    "douze": "12",
    "quinze": "15",
    "vingt": "20",
    "trente": "30",
    "quarante": "40",
    "cinquante": "50",
    "soixante": "60",
    "cent": "100",
    "premier": "1er",
    "premiere": "1er",
    "1ere": "1er",
    "deuxieme": "2e",
    "second": "2e",
    "seconde": "2e",
    "troisieme": "3e",
}
# One thing, said in everyday words or in the administration's (folded words; each family's first word stands for
# the others). General words only, the ones a reply uses to restate a message or a fiche.
SAME_THING: tuple[tuple[str, ...], ...] = (
    ("conjoint", "mari", "epoux", "epouse", "femme", "compagnon", "compagne", "concubin", "concubine"),
    ("emploi", "travail", "travailler", "boulot", "job", "poste", "taf", "bosser", "bosse", "exercer", "exerce"),
    ("enfant", "enfants", "bebe", "bebes", "nourrisson", "nourrissons", "gamin", "gamins", "gosse", "gosses"),
    ("logement", "appartement", "appart", "maison", "domicile", "habitation"),
    ("proprietaire", "bailleur", "proprio"),
    ("baisse", "baisser", "baissee", "diminue", "diminuer", "diminuee", "diminution", "reduit", "reduite"),
    ("hausse", "augmente", "augmenter", "augmentee", "augmentation"),
    ("demenage", "demenager", "demenagement", "installe", "installee", "installation"),
    ("vendu", "vendue", "vendre", "vente", "cede", "cedee", "ceder", "cession"),
    ("vole", "volee", "vol", "derobe", "derobee"),
    ("casse", "cassee", "fracture", "fracturee"),
    ("perdu", "perdue", "perte", "egare", "egaree"),
    ("recu", "recue", "reception", "parvenu", "parvenue", "arrive", "arrivee"),
    ("envoye", "envoyee", "envoi", "transmis", "transmise", "transmission", "adresse", "adressee", "expedie"),
    ("paye", "payee", "paiement", "verse", "versee", "versement", "regle", "reglee", "reglement"),
    ("toucher", "touche", "percevoir", "percois", "percu", "percue", "beneficier", "beneficie"),
    ("revenus", "ressources", "salaire", "remuneration", "remunere", "remuneree", "paie"),
    ("deces", "decede", "decedee", "mort", "morte", "veuf", "veuve", "veuvage"),
    ("interrompu", "stoppe", "coupe", "coupee", "interrompue", "interruption", "suspendu", "suspendue", "suspension"),
    ("debut", "commence", "commencer", "debute", "debuter", "demarre"),
    ("fin", "termine", "terminee", "finit", "finir", "achevee", "acheve", "expire", "expiree", "expiration"),
    ("demission", "demissionne", "demissionnee", "quitte", "quittee"),
    ("licencie", "licenciee", "licenciement", "renvoye", "renvoyee"),
    ("chomage", "are", "chomeur", "chomeuse"),
    ("medecin", "docteur", "toubib"),
    ("enceinte", "grossesse"),
    ("annee", "an", "ans", "annuel", "annuelle", "annuels", "annuellement"),
    ("papiers", "documents", "document", "justificatifs", "pieces", "certificat", "attestation"),
    ("formulaire", "dossier", "demande", "demarche", "demarches"),
    ("retraite", "retraitee", "retraites", "pension"),
    ("fils", "garcon"),
    ("fille", "fillette"),
    ("pere", "papa"),
    ("mere", "maman"),
    # thirty-fourth pass: the ways and the times of a procedure, as a reply restates a fiche
    ("ligne", "internet", "site", "portail", "web", "teleservice"),
    ("courrier", "postale", "postal", "lettre"),
    ("mairie", "commune", "municipal", "municipale"),
    ("delai", "delais", "duree"),
    ("periode", "moment", "saison", "epoque"),
    ("lieu", "endroit"),
    ("vacances", "conges"),
    ("plafond", "seuil"),
    ("activite", "actif", "actifs", "active"),
    ("obligatoire", "necessaire", "obligation", "exige", "exigee", "imperatif"),
    ("decoupe", "decoupee", "decouper", "fractionne", "fractionnee", "fractionner"),
    ("aide", "allocation", "prestation"),
)
# `guichet.text.content_terms` keeps six letters; five joins a verb to its noun ("recevoir" / "recevrez", "prête" /
# "prêt"): the one cut of this module and of the asked check (`asked`, `asked_*`), which import it.
STEM = 5
# A listed word is its family's whatever its prefix ("internet" is no "interrompu", "fractionné" no "fracture"); an
# unlisted one goes by its prefix, to the first family that has it.
_CANONICAL_WORDS = {word: family[0][:STEM] for family in SAME_THING for word in family}
_CANONICAL: dict[str, str] = {}
for _family in SAME_THING:
    for _word in _family:
        _CANONICAL.setdefault(_word[:STEM], _family[0][:STEM])
_WORD = re.compile(r"[a-z0-9]+")

# Contracts the messages name by their initials and the replies in words (the retrieval vocabulary has the benefits).
_INITIALS = {
    "cdd": "contrat a duree determinee",
    "cdi": "contrat a duree indeterminee",
    "smic": "salaire minimum",
    "pacs": "pacte civil de solidarite pacse",
}

# The letter's own voice, taken out before the words are counted (folded text).
_FRAMES = re.compile(
    r"\b(?:"
    # the writer's question or statement, reported
    r"vous (?:nous |me |m')?(?:demandez|souhaitez|voulez|voudriez|aimeriez|desirez|cherchez a|posez)"
    r"(?: (?:savoir|connaitre|comprendre|obtenir|avoir))?(?: (?:une )?(?:confirmation|precision|information)s?)?"
    r"|vous vous (?:demandez|interrogez|inquietez)|vous (?:nous )?interrogez(?: sur)?"
    r"|vous (?:nous |me |m')?(?:indiquez|precisez|signalez|expliquez|mentionnez|ecrivez|rappelez|evoquez|"
    r"soulignez|faites part|informez|dites)"
    r"|votre (?:question|demande|message|courrier|interrogation) (?:porte|portent|concerne|a trait)"
    r"|(?:au sujet|a propos) de votre (?:question|demande|message)|suite a votre (?:message|demande|courrier)"
    r"|nous avons bien (?:recu|pris connaissance de) votre (?:message|demande|courrier|question)"
    r"|nous (?:comprenons|entendons) (?:votre|vos) (?:inquietude|difficulte|situation|attente)s?"
    # courtesies
    r"|(?:nous vous|je vous) remercions? (?:pour|de) votre (?:message|courrier|demande|question|confiance|patience)"
    r"|(?:nous )?rest(?:ons|e) a votre (?:entiere )?disposition(?: pour (?:tout|toute)s? (?:autres? )?"
    r"(?:complement|question|precision|information|renseignement)s?(?: d'information)?)?"
    r"|n'hesitez pas a (?:nous |me )?(?:re)?contacter(?: (?:si besoin|si necessaire|au besoin))?"
    r"|n'hesitez pas a|nous vous prions d'agreer|veuillez agreer|(?:bien )?cordialement"
    # an invitation's opening (what it invites to is still read)
    r"|(?:nous vous|je vous) (?:invitons|invite|conseillons|conseille|recommandons|recommande|suggerons)(?: a| de)?"
    r"|(?:merci|pensez|veuillez|nous vous remercions) (?:de|d'|a)|vous pouvez|vous pourrez|il vous suffit de"
    r"|pour que nous puissions|afin que nous puissions"
    r")\b"
)


# A question or a fear of the writer's, reported: it claims nothing, up to the end of its clause ("Vous nous demandez
# si votre dossier a bien été reçu", "Vous craignez que la maison de votre tante soit reprise…"; folded text).
_WH = r"(?:si|s'il|s'ils|quand|comment|pourquoi|combien|ou|qui|quel|quelle|quels|quelles|de quel\w*|a quel\w*|ce qu)"
_REPORTED_QUESTION = re.compile(
    r"\bvous (?:nous |me |m')?(?:demandez|posez la question de savoir) "
    + _WH
    + r"|\bvous (?:nous |me |m')?(?:souhaitez|voulez|voudriez|aimeriez|desirez|cherchez a) (?:savoir|connaitre)"
    r"|\bvous vous (?:demandez|interrogez|inquietez)|\bvous (?:nous )?interrogez|\bvous craignez"
    r"|\bvotre question (?:porte|concerne)"
)
_CLAUSE_END = re.compile(r"[;:]|, (?:mais|et nous|or|cependant|toutefois|nous)\b")


def _without_reported_question(folded: str) -> str:
    """The folded sentence less the question it reports, up to the end of that clause."""
    found = _REPORTED_QUESTION.search(folded)
    if not found:
        return folded
    end = _CLAUSE_END.search(folded, found.end())
    return folded[: found.start()] + " " + (folded[end.end() :] if end else "")


def _term(word: str) -> str:
    word = _NUMBER_WORDS.get(word, word)
    if word in _CANONICAL_WORDS:
        return _CANONICAL_WORDS[word]
    return _CANONICAL.get(word[:STEM], word[:STEM])


def _content(words: set[str]) -> set[str]:
    """`guichet.text.content_terms`'s choice of words, on words already folded."""
    return {w for w in words if w not in CONTENT_STOP_WORDS and (len(w) > 2 or w.isdigit())}


def support_terms(text: str) -> set[str]:
    """The words of `text` that a claim is made of, as the support check compares them."""
    words = set(_WORD.findall(_FRAMES.sub(" ", _without_reported_question(fold(text)))))
    return {_term(w) for w in _content(words) - _NO_FACT}


def evidence_terms(text: str) -> set[str]:
    """The words of a source or of the message, read as `support_terms` reads a sentence (frames kept: a message's
    "je vous remercie" is its words), with the words of the initials it uses ("un CDD" supports "un contrat à
    durée déterminée")."""
    words = set(_WORD.findall(fold(text)))
    for initials in words & _INITIALS.keys():
        words.update(_INITIALS[initials].split())
    return {_term(w) for w in _content(words)}
