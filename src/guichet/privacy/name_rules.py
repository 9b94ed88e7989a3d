"""Names that spaCy and the title rules miss, found from their position and the first-name/surname gazetteer.

- the signature block: the lines after the last closing formula ("Cordialement", "merci", "cdt"), after an
  e-mail (or its placeholder), before "allocataire …", or the last lines of the message, once the contact details
  at their end are set aside ("Abdou Sow 07 53 …", "Jean Martin - allocataire [ALLOCATAIRE_1]");
- the last words of the text after its last sentence ("… rappelez-moi svp. Dylan", "… ? samia");
- names after a cue, in any case and in lists: "moi c'est ali", "mes enfants Nour, Ilyès et Adam",
  "ma fille léa", "je m'appelle andrii kovalenko";
- a child's first name before its age: "Lou (3 ans)", "Noé, 6 ans";
- a known first name followed by a capitalised word, or a surname in capitals and a known first name, anywhere:
  "… payé par Aïcha Konaté", "COULIBALY Kadiatou"; in lower case when both are known ("kevin dupuis").

A word that is common French ("Bonne", "Urgent", stop words) is never a name here; a gazetteer word that is also
a common word ("Rose", "Pierre") counts only where the position says it is a name.
"""

import functools
import re
from collections.abc import Iterable, Iterator

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.tokens import Token

from guichet.privacy.brands import is_brand
from guichet.privacy.common_words import is_common
from guichet.privacy.demonyms import is_demonym
from guichet.privacy.gazetteer import SHAPED, NameKind, fold, is_name, lookup
from guichet.privacy.lexicon import is_filler, is_french, is_inflected_form, is_verb_form
from guichet.privacy.names import CLITIC_AFTER, ENTITY
from guichet.privacy.quoted_names import WRITTEN_BRIDGE, quoted_names
from guichet.privacy.scan_once import AnchorGate, matches
from guichet.privacy.spacy_fr import EN_STOP_WORDS, STOP_WORDS

# A word: letters (any script's), with inner hyphens or apostrophes ("N'Diaye", "Guy-Roger", "Wiśniewska").
_W = r"[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_]))*"
_PARTICLES = {"de", "du", "des", "da", "do", "dos", "das", "di", "van", "von", "der", "den", "el", "al", "ben", "bin"}
_PARTICLES |= {"le", "la", "ait", "aït", "ould", "ibn", "abu", "bou", "mac", "mc", "dit", "épouse", "veuve", "née"}
_AND = {"et", "&"}
_TITLE = r"(?:(?i:mme|mmes|mlle|madame|monsieur|mademoiselle|mr|mrs)\.?|M\.|MM\.|Dr\.?|Me)"
# Closing words and message fillers: never a name, and a closing formula opens the signature block.
_CLOSING_WORDS = {
    *"""cordialement cdt cdlt slt bjr bonjour bonsoir merci mrc remerciements salutations sincèrement sincerement
    respectueusement amicalement amitiés bisous bises bien vous votre à a bonne journée soirée continuation
    attente réponse retour avance d'avance davance par beaucoup bcp encore svp stp urgent urgence aide
    aidez-moi help siret siren rib bic urssaf ants anah ok allocataire titulaire suite objet changement maman
    papa jai jsuis""".split(),
    # roles after a title: "Monsieur le Maire", "Madame la Directrice"
    *"""maire préfet préfète prefet président présidente directeur directrice ministre juge conseiller conseillère
    agent agente responsable chef cheffe gestionnaire secrétaire inspecteur inspectrice commissaire délégué
    déléguée défenseur défenseure médiateur médiatrice sous-préfet député députée sénateur sénatrice""".split(),
}
_CLOSING = re.compile(
    r"(?i)^[\s\-–—]*(?:bien |très |tres )?(?:cordialement|cdt|cdlt|salutations(?: distinguées| respectueuses)?|"
    r"sincères salutations|respectueusement|amicalement|merci(?: beaucoup| bcp| d'avance| davance| par avance| "
    r"encore| bien| de votre (?:aide|réponse|retour|compréhension))?|en vous remerciant(?: par avance| d'avance)?|"
    r"bien à vous|bonne (?:journée|soirée)|dans l'attente de votre (?:réponse|retour)|"
    r"cheers|(?:best |kind |warm )?regards|best|thanks(?: a lot| in advance)?|thank you(?: very much| so much)?|"
    r"(?:yours )?sincerely|yours faithfully|many thanks|saludos|atentamente|obrigad[oa]|cumprimentos|gracias|"
    r"grazie|danke|mit freundlichen grüßen|"
    r"veuillez agréer[^\n]*|je vous prie d'agréer[^\n]*|signé)\s*[,.!:]*\s*$"
)
_CLOSING_LEAD = (
    r"(?i:(?:bien |très |tres )?(?:cordialement|cdt|cdlt|salutations|respectueusement|amicalement|"
    r"merci(?: beaucoup| bcp| d'avance| davance| par avance| encore)?|bien à vous|signé|signature|sign[ée]e? par|"
    r"cheers|(?:best |kind |warm )?regards|thanks(?: a lot| in advance)?|thank you(?: very much| so much)?|"
    r"(?:yours )?sincerely|saludos|atentamente|obrigad[oa]|gracias))"
)
_EMAIL_LINE = re.compile(r"(?i)^\s*(?:\[EMAIL_\d+\]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*$")
# What may follow a name on its signature line: contact details, an allocataire number, a placeholder.
_TRAILER = re.compile(
    r"(?i)\s*(?:[,;–—]|\s-\s|\s+(?=[+(]?\d)|\s+(?=\[)|\s+(?:tél|tel|téléphone|telephone|port|portable|mail|"
    r"e-mail|email|courriel|allocataire|n°|no|num|numéro|numero|identifiant|dossier|secu|sécu)\b|"
    # who the writer is to the person: "Patrick son fils", "Sofia Ferreira (fille)"
    r"\s+(?=(?:son|sa|ses|leur|leurs)\s)|\s*(?=\())"
)
_LAST_DASH = re.compile(r"[ \t][–—\-][ \t]+(?=[^–—\n]*$)", re.MULTILINE)
_SENTENCE_END = re.compile(r"[.!?…]\s+|\n")
# (twenty-sixth pass, second shift, p69) a name someone claims: a verb of saying, then "s'appeler", or "se présenter
# comme"
_CLAIMED = (
    r"(?:disait|disaient|dit|dite|disant|prétend\w*|pretend\w*|affirm\w*|soi-disant)[ \t]+s['’ ]?appeler|"
    r"(?:se|s['’][ \t]*est|s['’][ \t]*était|s['’][ \t]*etait)[ \t]+(?:présent|present)\w*[ \t]+comme|"
    r"se[ \t]+présentant[ \t]+comme|se[ \t]+presentant[ \t]+comme"
)
_CUE = re.compile(
    r"(?i)\b(?:je m['’ ]?appelle|jm['’]?appelle|je me nomme|mon nom (?:est|c['’ ]?est)|moi c['’ ]?est|moi c|"
    r"c['’ ]?est|je suis|jsuis|(?:il|elle) s['’ ]?appelle|s['’ ]?appellent|prénom|prenom|"
    # introductions in the languages of messages: Haitian Creole, English, Spanish, Portuguese, German
    r"mwen se|mwen rele|my name is|mi nombre es|me llamo|meu nome é|meu nome e|mein name ist|ich heiße|"
    r"(?:eu )?sou (?:o|a)|chamo-me|me chamo|"
    r"(?:il|elle|qui) se (?:prénomme|prenomme|nomme|fait appeler)|"
    # a nickname after a name: "Jean Dupont dit « Jeannot »", "alias Bébert"
    r"alias|(?-i:[A-ZÀ-Ý][\w\-]+ dite?)(?=[ \t]*[«\"“])|"
    # what someone is called, in quotes: "que tout le monde appelait « Ti-Ray »", "surnommé Bébert"
    # ("On appelle « Pacs » le pacte…": a definition, in the present without a pronoun)
    r"(?:appelait|appelaient|l['’]appel(?:le|lent|ait|aient))(?=[ \t]*[«\"“])|surnommée?s?|se faisait appeler|"
    # the name someone goes by, in the present: "ma fille, Bérénice, se fait appeler Bee"
    r"se fait appeler|se font appeler|se fait surnommer|"
    # (twenty-sixth pass, second shift, p69) the name a caller or a fraudster gave: "ELLE DISAIT S'APPELER LAURA",
    # "un homme prétendant s'appeler Marc Olivier", "qui se présentait comme Julie Moreau"
    rf"{_CLAIMED}|"
    # someone named by the writer who hardly knows them: "un certain Gégé", "une dénommée Sandra"
    r"(?:(?:un|une)[ \t]+(?:certaine?|dénommée?|denommee?|nommée?|nommee?)|(?:le|la)[ \t]+(?:dénommée?|denommee?|"
    # (thirty-third pass) the name may stand in quotes, as one writes a name one doubts: "un certain « Kevin »"
    r"nommée?))(?=[ \t]+(?:[«\"“][ \t]*)?(?-i:[A-ZÀ-Ý]))|"
    # English relatives and friends: "my friend Chidi Eze", "our son Liam"
    r"(?:my|our|his|her|their) (?:(?:best|late|little|elder|older|younger) )?(?:friend|wife|husband|son|daughter|"
    r"mother|mum|mom|father|dad|brother|sister|neighbou?r|partner|child|children|kids?|baby|grandmother|"
    r"grandfather|grandson|granddaughter|uncle|aunt|cousin|nephew|niece|flatmate|colleague)s?|"
    r"(?:feue? )?(?:mon|ma|mes|notre|nos|son|sa|ses) (?:(?:petite?s?|grande?s?|jeunes?|deux|trois|quatre|cinq|"
    r"défunte?|defunte?|regrettée?|regrettee?|chère?|chere|ancienne?|futur|future|premier|première|premiere|"
    # "notre deuxième enfant, Jules, …", "mon dernier fils"
    r"deuxième|deuxieme|second|seconde|troisième|troisieme|quatrième|quatrieme|dernier|dernière|derniere) )?"
    r"(?:fils|fille|filles|enfants?|bébé|bebe|garçon|garcon|mari|femme|épouse|epouse|époux|epoux|copine|copain|"
    r"compagne|compagnon|conjointe?|concubine?|sœur|soeur|sœurs|soeurs|frère|frere|frères|freres|mère|mere|"
    r"père|pere|maman|papa|cousine?|nièce|niece|neveu|petite?|grand-mère|grand-mere|grand-père|grand-pere|ex|"
    r"voisine?|amie?|beau-père|belle-mère|belle-fille|beau-fils|tante|oncle|aîné|aînée|cadet|cadette|"
    r"colocs?|colocataires?|collègues?|collegues?|potes?|tuteur|tutrice|curateur|curatrice|filleule?|"
    r"jumeaux|jumelles|petits-enfants|petites?-filles?|petits?-fils|arrière-petite?s?-(?:enfants|fils|filles?)|"
    r"neveux|nièces|nieces|cousins|cousines|tantes|oncles|filleule?|beaux-enfants|demi-(?:frère|sœur|soeur)s?)"
    r"(?: (?:aînée?|ainee?|cadette?|unique|majeure?|mineure?))?|"
    r"(?:\d+|deux|trois|quatre|cinq|six) (?:enfants?|filles|fils|garçons|garcons)|moi|"
    r"(?:les|aux|des) (?:époux|epoux|consorts)|"
    r"(?:les|des|aux|ces) (?:(?:deux|trois|quatre|cinq|petits|petites|plus jeunes) )?(?:enfants|filles|garçons|"
    r"garcons|jumeaux|jumelles|petits|petites)|prénommée?s?|prenommee?s?|qui s['’ ]?appellent|"
    r"nom de (?:jeune fille|naissance|famille)|nom d['’](?:usage|épouse|epouse)|veuve|épouse|epouse|née|"
    # abbreviated on forms and in lists of heirs: "Monique Schwartz ép. Lenz", "Mme Roux vve Garnier"
    r"ép\.|ep\.|vve\.?|"
    # a German maiden name (second shift, p65): "Ingrid Schneider, geb. Baumann"
    r"(?-i:geb\.|geborene)|"
    # "au nom de MOREIRA", "le nom de mon mari est Silva"
    # "fils de Jean Lamartine et de Marie Rose", "veuve de Paul Marchal"
    r"(?-i:fils|fille|veuve|veuf|orphelin|orpheline|petite?-(?:fils|fille)) (?:de|d['’])(?= ?[A-ZÀ-Ý])|"
    # a life event and whose it is: "la naissance de Blanche", "le décès d'Yvette", "le baptême de Noé"
    r"(?-i:naissance|décès|deces|baptême|bapteme|obsèques|obseques) (?:de|d['’])(?= ?[A-ZÀ-Ý])|"
    r"au nom de|sous le nom de|(?:le )?nom (?:de (?:mon|ma|son|sa|notre|leur) [\w\-]+ )?(?:est|c['’ ]?est)|"
    r"(?:mes |nos )?coordonnées|(?:(?-i:M\.)|mme|madame|monsieur|mlle|mademoiselle)|"
    # a form's label of relatives: "Enfants : Adèle (2019), Basile (2021)", "Témoins : Maxime et Anaïs"
    r"(?<![\w'’])(?:enfants?|fils|filles?|témoins?|temoins?|parents|conjointe?|époux|epoux|épouse|epouse|"
    r"enfants? à charge)(?=[ \t]*:))"
    # a form's required label is starred: "Prénom* : Océane"
    r"(?:[ \t]*\*?[ \t]*[,:][ \t]*|[ \t]*\([ \t]*|[ \t]*[«\"“][ \t]*|[ \t]+)"
)
# Cues after which a word must be a known name (the cue alone says little: "je suis Malade", "c'est Urgent").
_WEAK_CUE = re.compile(r"(?i)^(?:c['’ ]?est|je suis|jsuis|moi)\b")
# Cues that say a name follows whatever its case or origin: the words after them up to punctuation are the name,
# unless common ("je m'appelle andrii kovalenko, ukrainien").
_INTRO_CUE = re.compile(
    r"(?i)^(?:je m['’ ]?appelle|jm['’]?appelle|je me nomme|mon nom (?:est|c['’ ]?est)|"
    r"mwen se|mwen rele|my name is|mi nombre es|me llamo|meu nome é|meu nome e|mein name ist|ich heiße|"
    r"(?:eu )?sou (?:o|a)|chamo-me|me chamo|"
    r"(?:il|elle|qui) se (?:prénomme|prenomme|nomme|fait appeler)|(?:il|elle) s['’ ]?appelle|"
    rf"{_CLAIMED})\b"
)
# Between a relative and the names, a verb: "mon compagnon s'appelle Bo Andersen", "ses enfants, qui se
# prénomment Inès et Malo" (any words that are no common word), "nos enfants sont Yanis et Lina", "mon prénom est
# Na" (known names only).
_BRIDGE_NAMED = re.compile(
    r"(?i)(?:,[ \t]*)?(?:qui[ \t]+)?(?:s['’ ]?appellent|s['’ ]?appelle|se[ \t]+(?:nomment|nomme|prénomment|prénomme|"
    r"prenomment|prenomme)|(?:est[ \t]+|sont[ \t]+)?prénommée?s?|(?:est[ \t]+|sont[ \t]+)?prenommee?s?)[ \t]*:?[ \t]+"
)
_BRIDGE_BE = re.compile(r"(?i)(?:sont|est|c['’ ]?est|ce sont)[ \t]+")
_DIGIT_LABEL = re.compile(r"[ \t]*\d")
# a year of birth right after a name in a list of children is skipped: "les enfants : Moussa 2011, Issa 2019"
_JOINER = re.compile(r"(?:\s*\([^()\n]{0,30}\))?(?:[ \t]+(?:19|20)\d\d)?\s*(?:,|et\b|&)\s*")
_AGE = re.compile(
    r"\s*(?:\(\s*\d{1,2}\s*(?:ans?|mois)\s*\)|,\s*\d{1,2}\s*(?:ans?|mois)\b|\s(?:est |était )?n[ée]e? (?:en|le)\b|"
    # born, in brackets or after a comma: "Rose (née le 30 août)", "Marin, né en 2019"
    r"[(,][ \t]*n[ée]e?[ \t]+(?:en|le)\b|"
    r"\s(?:il|elle) s['’ ]?appelle\b|\s(?:a|aura|vient d['’]avoir) (?:\d{1,2}|un|deux|trois|quatre|cinq|six|sept|"
    r"huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf) ans\b|"
    # an age right after the name, in a list of children: "Maria 10 ans, Gabriel 7 ans"
    r"[ \t]+\d{1,2}[ \t]*ans\b(?=[ \t]*(?:[,;.)\n]|$|et\b))|"
    # (twenty-sixth pass, p70e) a line of a list of people with dashes: "Mickaël Hue — 48 ans — ex-cariste"
    r"[ \t]+[—–\-][ \t]*\d{1,2}[ \t]*ans\b)"
)
_SEQ = re.compile(rf"{_W}(?:[ \t]+{_W}){{0,5}}")
_JOINED_NAMES = re.compile(rf"(?P<a>{_W}(?:[ \t]+{_W}){{0,2}})[ \t]*&[ \t]*(?P<b>{_W}(?:[ \t]+{_W}){{0,2}})")


class ContextNameRecognizer(LocalRecognizer):
    """Names from the signature block, cues, ages and the gazetteer (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__(supported_entities=[ENTITY], supported_language="fr", name="ContextNameRecognizer")

    def load(self) -> None:
        """The gazetteer loads on first use."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        metadata = {
            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
        }
        spans = {
            *signature_names(text),
            *cue_names(text),
            *aged_names(text),
            *full_names(text),
            *word_pair_names(text),
            *apposed_names(text),
            *vietnamese_names(text),
            *lower_names(text),
            *shaped_surnames(text),
            *names_with_me(text),
            *initial_names(text),
            *trade_names(text),
            *titled_names(text),
            *lower_titled_names(text),
            *capital_surnames(text),
            *filed_surnames(text),
            *glued_names(text),
            *header_names(text),
            *kin_bracketed_names(text),
            *introduced_names(text),
            *signed_names(text),
            *self_named_lower(text),
            *nicknamed_names(text),
            *shouted_first_names(text),
            *lower_word_names(text),
            *messaging_names(text),
            *patronymic_names(text),
            *household_rows(text),
            *initials_lines(text),
            *role_names(text),
            *labelled_names(text),
            *invoice_clients(text),
            *first_names_field(text),
            *capitals_then_names(text),
            *paired_first_names(text),
            *bracketed_first_names(text),
            *apposed_full_names(text),
            *child_care_names(text),
            *doubled_nicknames(text),
            *kin_then_bracketed_names(text),
            *me_then_names(text),
            *uncontracted_surnames(text),
            *quoted_names(text),
        }
        places = [
            (ent.start_char, ent.end_char)
            for ent in (nlp_artifacts.entities if nlp_artifacts is not None else [])
            if ent.label_ in ("LOC", "ORG")
        ]
        tokens = nlp_artifacts.tokens if nlp_artifacts is not None else []
        proper = {token.idx for token in tokens if token.pos_ == "PROPN"}
        spans |= {
            (start, end, score)
            for start, end, score in lone_first_names(text, proper_nouns=proper)
            if not any(a <= start and end <= b for a, b in places)
            or _KIN_OF.search(text[max(0, start - 60) : start])
            or _SPOKEN_TO.search(text, max(0, start - 80), start)
            and not any(part[:1].islower() for part in text[start:end].split("-"))
        }
        spans |= set(spelled_names(text))
        spans |= {
            span for span in subject_first_names(tokens) if not any(a <= span[0] and span[1] <= b for a, b in places)
        }
        spans |= {span for span in names_with_avec(text) if not any(a <= span[0] and span[1] <= b for a, b in places)}
        return [
            RecognizerResult(ENTITY, start, end, score, recognition_metadata=metadata)
            for start, end, score in sorted(spans)
            if not _spelled_acronym(text, start, end) and not _LAW_BEFORE.search(text, max(0, start - 20), start)
        ]


# (twenty-ninth pass, p80) A law or a scheme named after its author is no one's personal data: "depuis la loi
# Kasbarian le préfet peut…", "la loi Pinel", "le dispositif Denormandie", "la réforme Borloo".
# (thirty-fourth pass, p100e) and a circular or a ruling: "la circulaire Valls", "l'arrêt Zambrano".
_LAW_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:loi|lois|réforme|reforme|dispositif|amendement|décret|decret|circulaire|arrêt|arret)[ \t]+$"
)


# The words an acronym skips: "Caisse pour l'avenir des enfants (CAE)", "Caisse nationale d'assurance vieillesse".
_ACRONYM_GLUE = {
    "de",
    "des",
    "du",
    "la",
    "le",
    "les",
    "pour",
    "à",
    "a",
    "et",
    "en",
    "au",
    "aux",
    "sur",
    "of",
    "the",
    "and",
}


def _spelled_acronym(text: str, start: int, end: int) -> bool:
    """A word in capitals between brackets whose letters are the initials of the words right before it: the
    institution's acronym, spelled out ("La Caisse pour l'avenir des enfants (CAE) m'a envoyé…", read as a name
    after "enfants"), never a person (p73)."""
    value = text[start:end]
    if not (2 <= len(value) <= 6 and value.isalpha() and value.isupper()):
        return False
    if not (text[:start].rstrip(" \t").endswith("(") and text[end:].lstrip(" \t").startswith(")")):
        return False
    before = text[max(0, start - 160) : start].rstrip(" \t")[:-1]
    words = [re.sub(r"^\w['’]", "", word) for word in re.findall(r"[\w'’\-]+", before.split("\n")[-1])]
    words = [word for word in words if word and word.lower() not in _ACRONYM_GLUE]
    initials = "".join(word[0] for word in words[-len(value) :]).upper()
    return len(words) >= len(value) and fold(initials) == fold(value)


def _words(value: str) -> list[str]:
    return re.findall(_W, value)


def _is_glue(word: str) -> bool:
    return word.lower() in _PARTICLES or word.lower() in _AND


_ELIDED = re.compile(r"(?i)^(?:j|qu|m|t|s|c|jusqu|lorsqu|puisqu)['’]")


def _plain_common(word: str) -> bool:
    """A common word, a closing word, or a word with an elided pronoun or conjunction ("J'ai", "qu'il")."""
    return is_common(word) or word.lower() in _CLOSING_WORDS or bool(_ELIDED.match(word))


# Common words that are also given names ("Vo Mai", "Avril Durand"): names when capitalised beside a known name.
_NAME_MONTHS = {"mai", "avril"}
# Two-letter words that are never a name, even capitalised after "je m'appelle" or alone on the last line.
_NOT_SHORT_NAMES = set(
    "le la de du un en et au ce se sa ma ta ou où il on ne je tu me te ni si ça va as ai es lu vu eu pu su nu là "
    "ah oh eh hé ok mr dr me st cc ps nb".split()
)


def _short_name(word: str) -> bool:
    """A known two-letter name, capitalised ("Ho", "Ly", "Bo"): a name only where the position says so."""
    return (
        len(word) == 2
        and word[0].isupper()
        and word[1].islower()
        and word.lower() not in _NOT_SHORT_NAMES
        and lookup(word) is not None
    )


def _common_in(words: list[str]) -> bool:
    """A word of the group is common, except a capitalised "Mai" or "Avril" next to a known name."""
    known = any(is_name(word) for word in words)
    return any(
        _plain_common(word) and not (known and word[0].isupper() and word.lower() in _NAME_MONTHS) for word in words
    )


# Stop words that are also in the name lists but never a name in a name's place ("Tout", "Avec", "Même").
_FUNCTION_WORDS = set(
    "pour avec sans dans sous chez tout tous toute toutes mais donc puis alors très tres bien plus moins aussi même "
    "meme comme quand encore voici voilà voila cela ceci celle celui leur leurs notre votre nous vous elle elles "
    "depuis avant après apres entre vers selon pendant".split()
)


def _lower_names_alone(core: list[str]) -> bool:
    """One or two lower-case words on a signature line: a first name the gazetteer knows (even a common word), then
    perhaps a surname it knows; no closing, function or stop word ("merci", "bonne", "voilà")."""
    if not 1 <= len(core) <= 2 or not all(word.islower() and len(word) >= 3 for word in core):
        return False
    for index, word in enumerate(core):
        kind = lookup(word)
        if (
            kind is None
            or kind.public
            or word in _CLOSING_WORDS
            or word in _FUNCTION_WORDS
            or word in STOP_WORDS
            or is_filler(word)
            or (index == 0 and not kind.first)
        ):
            return False
    return True


def _names_in_place(core: list[str]) -> bool:
    """Capitalised words in a name's place (the signature line, after a title) that are all names the gazetteer
    knows, even if also common words ("Juste Marie", "Coralie Juste", "Pierre Dimanche"), or initials; not a
    closing word nor a word only common ("Bonne Journée")."""
    if not all(word[0].isupper() for word in core):
        return False
    named = 0
    for word in core:
        if len(word) == 1:
            continue  # an initial: "P. Dimanche"
        kind = lookup(word)
        lower = word.lower()
        if (
            _ELIDED.match(word)
            or "'" in word
            and lower[:2] not in ("d'", "n'", "o'")
            or lower in _CLOSING_WORDS
            or lower in _FUNCTION_WORDS
            or kind is None
            or lower in STOP_WORDS
            and len(word) < 4
        ):
            return False
        named += 1
    return named > 0


def name_like(value: str, *, strong_position: bool) -> bool:
    """Words that can be a person's name: none common, a known name among them, or (in a strong position: after a
    closing formula, on the last line, after a title) capitalised words."""
    words = _words(value)
    core = [word for word in words if not _is_glue(word)]
    if not core or len(core) > 5 or _is_glue(words[0]) and words[0][0].islower() or words[-1].lower() in _AND:
        return False
    if (
        len(core) == 1
        and strong_position
        and (core[0].istitle() and core[0].lower() in _NAME_MONTHS or _short_name(core[0]))
    ):
        return True  # "Mai" or "Ho" alone on the signature line
    if strong_position and _lower_names_alone(core):
        return True  # "merci⏎rose", "cordialement⏎claire martin": a first name that is also a word, alone
    if _common_in(core) and not (strong_position and _names_in_place(core)):
        return False
    known = [is_name(word) for word in core]
    if any(known):
        # unknown lower-case words next to a known one: only if most words are known
        unknown_lower = [w for w, k in zip(core, known, strict=True) if not k and w[0].islower()]
        return len(unknown_lower) <= len(core) // 2
    capitalised = all(word[0].isupper() for word in core)
    if capitalised and strong_position:
        kinds = [lookup(word) for word in core]
        # a lone capitalised word that the gazetteer knows as a common word needs more than the position
        return not (len(core) == 1 and kinds[0] is not None and kinds[0].common and core[0].isupper())
    return False


def _line_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]


def _head(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """The part of a line before its contact details, without a leading dash or title; whether a title was there."""
    line = text[start:end]
    # (a dash after the closing word too: "merci — Pascale", "Cordialement - Inès")
    lead = re.match(rf"[\s\-–—]*(?:{_CLOSING_LEAD}(?:[\s,.!:\-–—]+|$))?(?:(?P<title>{_TITLE})\s+)?", line)
    head_start = start + lead.end()
    trailer = _TRAILER.search(text, head_start, end)
    head_end = trailer.start() if trailer else end
    while head_end > head_start and text[head_end - 1] in " \t.,;:!":
        head_end -= 1
    return head_start, head_end, bool(lead.group("title"))


_LABEL_AFTER = re.compile(r"[ \t]*:")
# A contact field's label at the head of a signature line, before its number or address: "Tél. : 06…", "Tél 06…",
# "Port. 07…", "Courriel : …" (the lexicon lacks "Tél", which read as a name in the strong position of a signature)
_CONTACT_LABEL = re.compile(
    r"(?i)(?:t[ée]l(?:[ée]phone)?|tph|port(?:able)?|mob(?:ile)?|gsm|fixe|fax|cell|courriel|e-?mail|mail)"
    r"(?:[ \t]+(?:portable|fixe|mobile|perso|pro|domicile|bureau))?"
)


def _label_word(head: str) -> bool:
    """A form's label starts with a French word that is no first name ("Né le", "Statut"); "Adewale : 06…" and
    "Rose : 06…" are signatures."""
    words = _words(head)
    kind = lookup(words[0]) if words else None
    return bool(words) and is_french(words[0]) and not (kind is not None and kind.first)


# A line that only greets: "Bonjour,", "Bonjour Madame,", "Madame, Monsieur,".
_GREETING_LINE = re.compile(
    r"(?i)^\s*(?:(?:bonjour|bonsoir|salut|hello)(?:[ \t]+(?:madame|monsieur|mesdames|messieurs|à tous|a tous))?|"
    r"madame,?[ \t]*monsieur|monsieur,?[ \t]*madame|madame|monsieur|mesdames,?[ \t]*messieurs)\s*[,!.]?\s*$"
)
_EMAIL_LOCAL = re.compile(r"([\w.+\-]+)@[\w\-]+(?:\.[\w\-]+)+")


def _spelled_by_email(head: str, text: str) -> bool:
    """Two or three capitalised words of a signature line that an e-mail address of the message spells, each a
    piece of its local part: "Marine Fleur" and "marine.fleur.34@free.fr". The writer's own address names them, so
    ordinary words ("Marine", "Fleur") are a name there."""
    words = _words(head)
    if not 2 <= len(words) <= 3 or not all(word[0].isupper() and len(word) >= 2 for word in words):
        return False
    for match in _EMAIL_LOCAL.finditer(text):
        pieces = {fold(piece) for piece in re.split(r"[._+\-]+", match.group(1).lower()) if piece}
        if all(fold(word.lower()) in pieces for word in words):
            return True
    return False


# The writer's own number after a name on a line of the signature block: a label, then digits or a placeholder.
_OWN_NUMBER_AFTER = re.compile(
    r"(?i)[ \t]*(?:[,;–—]|[ \t]-)?[ \t]*(?:identifiant|id|allocataire|alloc|n°[ \t]*allocataire|n°[ \t]*caf|"
    r"t[ée]l(?:[ée]phone)?\.?|portable)[ \t]*:?[ \t]*(?:\d|\[)"
)


def signature_names(text: str) -> Iterator[tuple[int, int, float]]:
    """Names on the lines of the signature block (see the module docstring)."""
    lines = _line_spans(text)
    if len(lines) < 2:
        return
    closing = max((i for i, (s, e) in enumerate(lines) if _CLOSING.match(text[s:e])), default=None)
    zone = set(range(max(1, len(lines) - 3), len(lines)))
    strong = {len(lines) - 1}
    if closing is not None:
        zone |= set(range(closing + 1, min(len(lines), closing + 5)))
        strong |= {closing + 1}
    for i in range(len(lines)):
        if i > 0 and _EMAIL_LINE.match(text[lines[i - 1][0] : lines[i - 1][1]]):
            zone.add(i)
            strong.add(i)
        if i + 1 < len(lines) and re.match(r"(?i)\s*(?:allocataire|n° allocataire)", text[lines[i + 1][0] :]):
            zone.add(i)
            strong.add(i)
        # the writer who introduces themselves on the line after the greeting: "Bonjour,⏎Seb Hoarau, Sébastien de
        # mon vrai prénom." (the line's head before its comma; a sentence is no name sequence)
        if i > 0 and _GREETING_LINE.match(text[lines[i - 1][0] : lines[i - 1][1]]):
            zone.add(i)
    for i in sorted(zone):
        start, end = lines[i]
        head_start, head_end, titled = _head(text, start, end)
        head = text[head_start:head_end]
        # a pasted form's label is no signature: "Né le : 4 mai 1992", "Statut : réfugié"
        label = _LABEL_AFTER.match(text, head_end, end) is not None and _label_word(head)
        label = label or _CONTACT_LABEL.fullmatch(head) is not None
        # (thirtieth pass, second shift, p85) the line's head before the writer's own identifier or phone, in the last
        # lines: "Tauhiti Faatau — identifiant 5506124T" is signed, as strongly as a last line
        signed = _OWN_NUMBER_AFTER.match(text, head_end, end) is not None
        if (
            head
            and not label
            and _SEQ.fullmatch(head)
            and name_like(head, strong_position=titled or i in strong or signed)
        ):
            yield head_start, head_end, 0.8
        elif head and not label and _SEQ.fullmatch(head) and _spelled_by_email(head, text):
            yield head_start, head_end, 0.8
        # a couple signing together: "Jon & Weng", "Awa & Ibrahima Sow" (each side a name on its own)
        joined = _JOINED_NAMES.fullmatch(head) if head and not label else None
        for side in ("a", "b") if joined else ():
            part = joined.group(side)
            # (every word a known name or no French word: "Office notarial Mercier & Associés" stays a firm's)
            if name_like(part, strong_position=titled or i in strong) and all(
                is_name(word) or not is_french(word) for word in _words(part)
            ):
                yield head_start + joined.start(side), head_start + joined.end(side), 0.8
        # after a dash, the name that follows a team or a service: "L'équipe de l'accueil – Claire Dubois"
        dash = _LAST_DASH.search(text, start, end)
        if dash and dash.start() > head_start:
            tail_start, tail_end, _ = _head(text, dash.end(), end)
            tail = text[tail_start:tail_end]
            if tail and _SEQ.fullmatch(tail) and name_like(tail, strong_position=False):
                yield tail_start, tail_end, 0.75


# also a name glued to the punctuation before it, as phones type it: "Merci beaucoup!!!Valérie", "merci...Gisèle"
# (a single full stop glued only before a capital: "nadia.hamdi@free.fr" is an address)
_LAST_SENTENCE_END = re.compile(r"[.!?…]+\s+|(?:[!?…]+|\.{2,}|\.(?=[A-ZÀ-Ý]))(?=[^\W\d_])|\n")
_FINAL_INITIAL = re.compile(r"[ \t]+[A-ZÀ-Ý]\Z")


def last_words(text: str) -> Iterator[tuple[int, int, float]]:
    """The text's last words after its last sentence, when they are known names ("… svp. Dylan") or capitalised
    words of no language the lexicon knows ("… plus. Lwazi")."""
    if (tail := _AFTER_NUMBER.search(text)) and _sms_signature(text, tail.start("word"), tail.end("word")):
        # (twenty-seventh pass, p72) "… rappeler moi svp 07 68 12 40 93 tchavolo": the message's last word, after the
        # phone or file number that ends it, as an SMS is signed
        yield tail.start("word"), tail.end("word"), 0.7
    ends = [m.end() for m in _LAST_SENTENCE_END.finditer(text.rstrip())]
    if not ends:
        return
    start = ends[-1]
    head_start, head_end, titled = _head(text, start, len(text.rstrip()))
    head = text[head_start:head_end]
    if not head or not _SEQ.fullmatch(head) or len(_words(head)) > 4:
        return
    # a first name and the initial of the surname: "… de me répondre. Salif O."
    initial = _FINAL_INITIAL.search(head)
    if initial and initial.start() > 0:
        head = head[: initial.start()]
    words = _words(head)
    if name_like(head, strong_position=titled) and (any(is_name(word) for word in words) or titled):
        yield head_start, head_end, 0.75
    elif not text[head_end:].strip(" \t\n.!") and _lower_names_alone(words):
        # "… j'ai besoin d'aide. rose": the message's last words, after its last sentence, a lower-case first name
        # (even a common word) and perhaps a surname, as on a signature line ("merci⏎rose")
        yield head_start, head_end, 0.7
    elif (
        len(words) <= 3
        and not text[head_end:].strip(" \t\n.!")
        and all(_foreign_word(word) and word.lower() not in _ENGLISH | _THANKS for word in words)
    ):
        yield head_start, head_end, 0.7  # "… ne répond plus. Lwazi": a first name the gazetteer lacks
    elif (
        # (twenty-seventh pass, p72) "… 59. merci dorado": a closing word, then one lower-case word no language knows
        head_start > start
        and text[start:head_start].strip(" \t\n,.!:-–—")
        and not text[head_end:].strip(" \t\n.!")
        and _sms_signature(text, head_start, head_end)
    ):
        yield head_start, head_end, 0.7


# the message's last word after a number of eight digits or more that ends the message (its phone, NIR, dossier)
_AFTER_NUMBER = re.compile(r"\d(?:[ \t.]?\d){7,}[ \t]*[,;\-–—]?[ \t]+(?P<word>[^\W\d_]+)[ \t.!]*\Z")
# apps and channels written after a number ("06 12 34 56 78 whatsapp"): no signature
_CHANNELS = frozenset("whatsapp whatsap wsp watsap telegram viber messenger sms facebook insta instagram snap".split())
# thanks in the languages of messages, written after "merci" ("Merci beaucoup, nandri"): no signature
_THANKS = frozenset(
    """nandri nanri shukran choukran chokran shoukran spasibo spassibo dyakuyu diakuiu dziekuje dziękuję tesekkurler
    teşekkürler tesekkür mersi mèsi mesi gracias grazie danke obrigado obrigada arigato xiexie multumesc mulțumesc
    hvala dhanyavad dhanyavaad asante baraka barakallah sukriya shukriya milesker trugarez kenavo adishatz adiu
    mercés merces agur""".split()
)


def _sms_signature(text: str, start: int, end: int) -> bool:
    """One lower-case word of four letters or more that is no French, English, filler or common word, no brand nor
    channel: a name the gazetteer lacks, signed in lower case at the end of an SMS-style message."""
    word = text[start:end]
    return (
        re.fullmatch(r"[^\W\d_]+", word) is not None
        and word.islower()
        and len(word) >= 4
        and "-" not in word
        and not is_french(word)
        and not is_filler(word)
        and not _plain_common(word)
        and word not in STOP_WORDS
        and word not in _ENGLISH
        and word not in EN_STOP_WORDS
        and word not in _CLOSING_WORDS
        and word not in _CHANNELS
        and word not in _THANKS
        and not is_brand(text, start, end)
    )


# An opening quote right after "un certain", "une dénommée" (`_CUE`): the name follows it.
_DOUBTED_QUOTE = re.compile(r"[ \t]*[«\"“][ \t]*")
_DOUBTED = re.compile(r"(?i)(?:certaine?|dénommée?|denommee?|nommée?|nommee?)[ \t]*\Z")


def cue_names(text: str) -> Iterator[tuple[int, int, float]]:
    """Names after "moi c'est", "je m'appelle", "ma fille", "mes enfants"…, one by one in a list."""
    yield from last_words(text)
    for cue in matches(_CUE, text):
        weak = bool(_WEAK_CUE.match(cue.group()))
        intro = bool(_INTRO_CUE.match(cue.group()))
        labelled = cue.group().rstrip().endswith(":")  # a form's label: "Moi : Tharshan Sivakumar"
        english = cue.group().lower().startswith(("my ", "our ", "his ", "her ", "their "))
        named = False
        position = cue.end()
        if intro and (written := WRITTEN_BRIDGE.match(text, position)):
            position = written.end()  # "mon nom est écrit MBALLA ESSOMBA Jean" (`quoted_names`)
        if _DOUBTED.search(cue.group()) and (quote := _DOUBTED_QUOTE.match(text, position)):
            position = quote.end()  # "un certain « Kevin »": the name inside the quotes
        if labelled and not _DIGIT_LABEL.match(text, position):
            named, weak = True, False  # any words that are no common word, and the list goes on
        elif not weak and not intro:
            if bridge := _BRIDGE_NAMED.match(text, position):
                position, named = bridge.end(), True
            elif bridge := _BRIDGE_BE.match(text, position):
                position, weak = bridge.end(), True
        while True:
            match = re.compile(rf"(?P<name>{_W}(?:[ \t]+{_W}){{0,3}})").match(text, position)
            if not match:
                break
            span = _longest_name(text, match.start(), match.end(), weak=weak, intro=intro or named)
            if span is None or english and text[span[0] : span[1]].lower() in _ENGLISH:
                break  # "My mother was born…": an English verb, not the mother's name
            if all(is_demonym(word) for word in _words(text[span[0] : span[1]])):
                break  # "je suis philippine", "ma femme est mauricienne": where she comes from (`demonyms`)
            if cue.group().rstrip().endswith(",") and CLITIC_AFTER.match(text, span[1]):
                break  # "Mon fils, Paris lui plaît": the comma sets a topic apart, the word is a verb's subject
            yield span[0], span[1], 0.8
            if intro:
                break  # "je m'appelle X, ukrainien": one name
            joiner = _JOINER.match(text, span[1])
            if not joiner or english and not text[joiner.end() : joiner.end() + 1].isupper():
                break  # "my friend Chidi Eze, born in…": an English list goes on with capitals only
            position = joiner.end()


def _longest_name(text: str, start: int, end: int, *, weak: bool, intro: bool = False) -> tuple[int, int] | None:
    """The longest run of words from `start` that reads as a name (known names for a weak cue, any words that are
    not common after an introduction)."""
    words = [(start + m.start(), start + m.end()) for m in re.finditer(_W, text[start:end])]
    # a particle in lower case is no name ("de Karim"); capitalised it starts one ("AIT AHMED Karim", "Da Silva")
    while words and _is_glue(text[words[0][0] : words[0][1]]) and len(words) > 1:
        if not text[words[0][0]].isupper():
            words = words[1:]
            continue
        break
    best = None
    for count in range(1, len(words) + 1):
        span = (words[0][0], words[count - 1][1])
        value = text[span[0] : span[1]]
        tail = _words(value)[-1]
        if tail.lower() in _AND:
            break
        if _is_glue(tail):
            continue
        if _plain_common(tail) and not (tail[0].isupper() and tail.lower() in _NAME_MONTHS) and not _short_name(tail):
            break
        if _lower_name_at_end(text, value, span[1], weak=weak):
            best = span  # "ma coloc clémence.", "moi c'est léa marchand.": the name ends the phrase
            continue
        if weak and not _weak_cue_words_ok(value):
            break
        if not weak and not intro and not _cue_words_ok(value):
            break
        best = span
    return best


_PHRASE_END = re.compile(r"[ \t]*(?:[.!?;,\n]|$|et\b|qui\b|dit\b|a\b|est\b|m['’])")


def _lower_name_at_end(text: str, value: str, end: int, *, weak: bool) -> bool:
    """In lower case after a relative or an introduction, a known first name that is also a word ("ma coloc
    claire", "clémence", "baptiste"), alone or with a surname the gazetteer knows ("moi c'est léa marchand"), when
    the phrase ends there; after "c'est", "je suis" the first name must be no French word ("c'est le cas,")."""
    words = [word for word in _words(value) if not _is_glue(word)]
    if not words or len(words) > 2 or not all(word.islower() and len(word) >= 3 for word in words):
        return False
    first = lookup(words[0])
    if first is None or not first.first or first.public or words[0] in STOP_WORDS:
        return False
    if weak and (first.common or is_french(words[0])):
        return False
    if len(words) == 2:
        last = lookup(words[1])
        if last is None or not last.surname or last.public or words[1] in STOP_WORDS:
            return False
    return _PHRASE_END.match(text, end) is not None


# Someone's relative or thing before a first name, which spaCy may read as a place: "la maman de Théo et de Manon".
_KIN_OF = re.compile(
    r"(?i)\b(?:maman|papa|père|pere|mère|mere|parents?|fils|filles?|enfants?|frère|frere|sœur|soeur|mari|femme|"
    r"épouse|epouse|époux|epoux|compagnon|compagne|tuteur|tutrice|nounou|chambre|dossier|classe)[ \t]+(?:de|d['’])"
    r"[ \t]*(?:[A-ZÀ-Ý][\w\-]+[ \t]*(?:,|et)[ \t]*(?:de|d['’])?[ \t]*)*$"
)
# A name spelt out letter by letter: "D-I-A-L-L-O", "M A R T I N", "B.O.U.Z.I.D", four letters at least, after a
# word of spelling or when the letters make a name the gazetteer knows (not "S.N.C.F.", "R S A").
_SPELLED = re.compile(r"(?<![\w\-.])[A-ZÀ-Ý](?P<sep>[\- .])[A-ZÀ-Ý](?:(?P=sep)[A-ZÀ-Ý]){2,}\.?(?![\w\-])")
_SPELLING_WORD = re.compile(r"(?i)\b(?:écrit|ecrit|épel\w*|epel\w*|lettres?|nom|prénom|prenom|orthographe)\b")


def spelled_names(text: str) -> Iterator[tuple[int, int, float]]:
    """A name spelt out letter by letter (see `_SPELLED`)."""
    for match in _SPELLED.finditer(text):
        kind = lookup(match.group().rstrip(".").replace(match.group("sep"), "").capitalize())
        if (
            kind is not None
            and not kind.public
            or _SPELLING_WORD.search(text[max(0, match.start() - 40) : match.start()])
        ):
            yield match.start(), match.end(), 0.8


_NO_KIND = NameKind(first=False, surname=False, common=False, public=False)


def _weak_cue_words_ok(value: str) -> bool:
    """After "je suis", "c'est", "moi": known names, or a known first name then capitalised words."""
    words = [word for word in _words(value) if not _is_glue(word)]
    if _common_in([word for word in words if not _short_name(word)]):
        return False
    # (twenty-seventh pass, p74e) a trade that is also a surname: "je suis coursier", "c'est boulanger"
    if words and words[0].islower() and is_french(words[0]) and not (lookup(words[0]) or _NO_KIND).first:
        return False
    if all(is_name(word) or word.lower() in _NAME_MONTHS or _short_name(word) for word in words):
        return True
    return is_name(words[0], first=True) and all(w[0].isupper() for w in words[1:])


def _cue_words_ok(value: str) -> bool:
    """After a relative or an introduction: capitalised words that are not common ("Mai" and "Avril" are names
    here), or in lower case known names or one word that is no French word ("ma copine nélia")."""
    words = [word for word in _words(value) if not _is_glue(word)]
    for word in words:
        if _plain_common(word) and not (word[0].isupper() and word.lower() in _NAME_MONTHS) and not _short_name(word):
            return False
        # (twenty-ninth pass, p82e, p77) a verb after the relative, in lower case or shouted: "ma fille mange 4
        # jours", "MA MERE VIENT DE RECEVOIR", not a surname the gazetteer also holds ("Mange"); a first name stays
        if (word.islower() or word.isupper()) and is_verb_form(word) and not (lookup(word) or _NO_KIND).first:
            return False
        if word[0].islower() and not is_name(word) and not (len(words) == 1 and _unknown_lower(word)):
            return False
    return True


def _unknown_lower(word: str) -> bool:
    """A lower-case word of three letters or more that is no French word nor a message filler ("jsp", "thanks")."""
    if len(word) < 3 or not word.isalpha() or word.endswith(_FRENCH_ENDINGS):
        return False  # "mon fils polyhandicapé", "ma fille hyperactive"
    return not is_french(word) and not is_filler(word)


_FRENCH_ENDINGS = tuple(
    "é ée és ées ique iques iste istes ant ante ants antes ent ente eux euse aire aires ible able ment tion eur ive "
    "ifs ives".split()
)


# A school class or a childcare place between brackets after a child's first name: "Lina (CM2)", "Yanis (CE1)",
# "Awa (5ème)", "Maël (moyenne section)", "Antoni (crèche, 2 ans)", "Emir (6e, collège Jean Moulin)".
_CLASS = re.compile(
    r"[ \t]*\([ \t]*(?i:(?P<grade>cp|ce1|ce2|cm1|cm2|tps|ps|ms|gs|ulis|segpa|(?:toute[ \t]+)?petite[ \t]+section|"
    r"moyenne[ \t]+section|grande[ \t]+section|seconde|2n?de|premi[èe]re|1[èe]?re|terminale|tle|cr[èe]che|maternelle|"
    r"(?:en[ \t]+)?(?:maternelle|primaire|coll[èe]ge|lyc[ée]e)\b[^()\n]{0,30})"
    r"|(?P<ordinal>[3-6][ \t]*(?:e|è|ème|eme|ieme|ième)))(?:[ \t]*[,;/\-][^()\n]{0,40})?[ \t]*\)"
)


# Words of kinship the gazetteer also lists as first names, never one before an age.
_KIN_BEFORE_AGE = set(
    "maman mama papa mamie mamy mami papi papy tata tatie tonton bébé bebe aîné ainé aînée ainée cadet cadette".split()
)


def _lower_first_name(word: str, *, first: bool = True) -> bool:
    """A lower-case word the gazetteer knows as a first name (as a name when not `first`), even if also a common
    word, that is no stop, function, closing or filler word ("marie", not "mais", "merci")."""
    kind = lookup(word)
    return (
        kind is not None
        and (kind.first or not first)
        and len(word) >= 3
        and word not in STOP_WORDS
        and word not in _FUNCTION_WORDS
        and word not in _CLOSING_WORDS
        and word not in _ENGLISH
        and not is_filler(word)
    )


_BARE_AGE = re.compile(r"[ \t]+\d{1,2}[ \t]*ans\b")
_STAYED_BEFORE = re.compile(
    r"(?i)(?:\b(?:à|a|en|au|aux|habité|vécu|resté|travaillé|passé|séjourné|dans)|(?<!\w)(?:de|d['’]))[ \t]*\Z"
)


_FIRST_BEFORE = re.compile(rf"(?<![\w'’\-])(?P<first>{_W})[ \t]+\Z")


def _first_name_before(text: str, start: int) -> int | None:
    """Where a capitalised first name that is no common word ends right before `start` begins, or None."""
    before = _FIRST_BEFORE.search(text[max(0, start - 30) : start])
    if before is None:
        return None
    word = before.group("first")
    if not word[0].isupper() or not is_name(word, first=True) or word.lower() in STOP_WORDS:
        return None
    return max(0, start - 30) + before.start("first")


def aged_names(text: str) -> Iterator[tuple[int, int, float]]:
    """A first name right before an age: "Lou (3 ans)", "Noé, 6 ans"; or before a school class between brackets
    (`_CLASS`), where a first name that is also a word counts ("Jade (CP)", "Marin (CE1)") and so does a word of
    no language the lexicon knows ("Oluwaseun (CM1)"); a place before an ordinal is an arrondissement ("Paris
    (6e)")."""
    for match in re.finditer(rf"(?<![\w'’])(?P<name>{_W})(?={_AGE.pattern})", text):
        word = match.group("name")
        if word.lower() in _KIN_BEFORE_AGE:
            continue  # "maman a 80 ans", "mon aîné a 19 ans": who, not a name
        if (
            _BARE_AGE.match(text, match.end("name"))
            and is_filler(word)
            and (word.islower() or word.lower().startswith(("j", "ch")))
        ):
            continue  # "jai 23 ans", "Jai 23 ans": an SMS spelling, not a name ("Said 12 ans" is one)
        if _BARE_AGE.match(text, match.end("name")) and _STAYED_BEFORE.search(
            text[max(0, match.start() - 20) : match.start()]
        ):
            continue  # "j'ai habité Valence 3 ans": a place and a length of time
        if word.islower() and _lower_first_name(word):
            # in lower case: a first name with the surname before it ("dupont marie, 45 ans"), or one that is no
            # word ("ines, 4 ans"); not "maman a 80 ans", "la loi, 3 ans après"
            start = match.start("name")
            before = re.search(rf"(?<![\w'’])(?P<surname>{_W})[ \t]+\Z", text[max(0, start - 40) : start])
            surname = before.group("surname") if before else ""
            kind = lookup(surname) if surname.islower() else None
            if kind is not None and kind.surname and _lower_first_name(surname, first=False):
                yield max(0, start - 40) + before.start("surname"), match.end("name"), 0.7
                continue
        if is_name(word, first=True) or (word[0].isupper() and not _plain_common(word) and lookup(word) is not None):
            yield match.start("name"), match.end("name"), 0.75
        elif (
            word[0].isupper()
            and word[1:].islower()
            and (first := _first_name_before(text, match.start("name"))) is not None
        ):
            # (twenty-sixth pass, p70e) a surname that is also a word after a first name, the age after both:
            # "Mickaël Hue, 48 ans", "Sarah Petit (7 ans)"
            yield first, match.end("name"), 0.75
        elif word.islower() and _lower_first_name(word) and not is_french(word) and not lookup(word).common:
            yield match.start("name"), match.end("name"), 0.7
        elif _unknown_aged(text, match.start("name"), match.end("name")):
            yield match.start("name"), match.end("name"), 0.6
    for match in re.finditer(rf"(?<![\w'’\-])(?P<name>{_W})(?={_CLASS.pattern})", text):
        word = match.group("name")
        if word.lower() in STOP_WORDS or word.isupper() or fold(word) in _DEPARTMENTS:
            continue
        kind = lookup(word)
        grade = _CLASS.match(text, match.end("name"))
        if kind is not None and kind.first:
            if kind.public and grade is not None and grade.group("ordinal"):
                continue  # "Paris (6e)", "Lyon (3e)": an arrondissement
            yield match.start("name"), match.end("name"), 0.75
        elif kind is None and word[0].isupper() and len(word) >= 3 and not is_french(word) and not is_filler(word):
            yield match.start("name"), match.end("name"), 0.6
    for match in _IN_CLASS.finditer(text):
        word = match.group("name")
        if word.isupper() or fold(word) in _DEPARTMENTS or word.lower() in STOP_WORDS:
            continue
        kind = lookup(word)
        if kind is None or not kind.first or _PLACE_BEFORE.search(text[max(0, match.start() - 12) : match.start()]):
            continue  # "scolarisée à Nancy en CE2": a town
        listed = _CHILD_LISTED_BEFORE.search(text, max(0, match.start() - 4), match.start()) is not None
        if not listed and (kind.common or _SENTENCE_START.search(text[max(0, match.start() - 3) : match.start()])):
            continue  # "Passage en 6e", "Rose en CP" opening a sentence: no list of children around it
        yield match.start("name"), match.end("name"), 0.7


# (twenty-ninth pass, second shift, p81) a child's first name, then "en" and the class, in a list of children after a
# colon, a comma or "et": "inscrire nos enfants à l'école de la commune : Camille en CM2 et Paul en CE1", "Louise
# en 5e, Victor en 3e"; a first name that is also a word ("Rose") only there.
_IN_CLASS = re.compile(
    rf"(?<![\w'’\-])(?P<name>{_W})[ \t]+en[ \t]+(?i:cp|ce1|ce2|cm1|cm2|tps|ps|ms|gs|ulis|segpa|"
    r"(?:toute[ \t]+)?petite[ \t]+section|moyenne[ \t]+section|grande[ \t]+section|maternelle|seconde|2n?de|"
    r"premi[èe]re|1[èe]?re|terminale|tle|[3-6][ \t]*(?:e|è|ème|eme|ieme|ième)|sixième|cinquième|quatrième|"
    r"troisième)(?![\w'’\-])"
)
_CHILD_LISTED_BEFORE = re.compile(r"(?:[:,;][ \t]*|[ \t]et[ \t]+)\Z")


_BRACKETED_AGE = re.compile(r"[ \t]*\([ \t]*\d{1,2}[ \t]*(?:ans?|mois)[ \t]*\)")
_PLACE_BEFORE = re.compile(r"(?i:\b(?:à|a|au|aux|en|de|du|des|vers|depuis)[ \t]+)\Z")


def _unknown_aged(text: str, start: int, end: int) -> bool:
    """A capitalised word of no language the lexicon or the gazetteer knows, before an age in brackets ("…
    Petru (6 ans) et Sopheap (1 an)"): a child's name; not a place after a preposition ("vécu à Kyiv (2 ans)")."""
    word = text[start:end]
    return (
        _BRACKETED_AGE.match(text, end) is not None
        and word[0].isupper()
        and not word.isupper()
        and len(word) >= 3
        and lookup(word) is None
        and not is_french(word)
        and not is_filler(word)
        and not _plain_common(word)
        and _PLACE_BEFORE.search(text[max(0, start - 10) : start]) is None
    )


_FULL = re.compile(rf"(?<![\w'’\-])(?P<first>{_W})(?P<rest>(?:[ \t]+{_W}){{1,2}})")


def full_names(text: str) -> Iterator[tuple[int, int, float]]:
    """A known first name and a surname after it, or a surname in capitals and a known first name after it."""
    position = 0
    english = _english_sentences(text)
    while (match := _FULL.search(text, position)) is not None:
        span = _full_name(text, match)
        if span and text[span[0] : span[1]].islower() and any(a <= span[0] < b for a, b in english):
            span = None  # "my card": English, not a first name and a surname
        if span:
            yield span[0], span[1], 0.7
            position = span[1]
        else:
            position = match.end("first")


_SAINT = {"st", "ste", "saint", "sainte"}


def _full_name(text: str, match: re.Match[str]) -> tuple[int, int] | None:
    first = match.group("first")
    rest = [(match.start("rest") + m.start(), match.start("rest") + m.end()) for m in re.finditer(_W, match["rest"])]
    second = text[rest[0][0] : rest[0][1]]
    if _two_letter_surname(text, first, second, rest[0][1]):
        return match.start("first"), rest[0][1]
    if _plain_common(first) or _plain_common(second):
        return None
    if fold(first) in _SAINT:
        return None  # a town named after a saint, as a message types it: "j'habite st louis", "Saint Avold"
    lower = first.islower() and second.islower()
    if first[0].isupper() and is_name(first, first=True) and (second[0].isupper() or second.isupper()):
        if not _surname_like(second):
            return None
        kind = lookup(second)
        if first.isupper() and not second.isupper() and is_french(second) and not (kind is not None and kind.first):
            # a name in capitals, then a word of a subject line, no first name: "Plainte LAMBERT Gravats"
            return match.start("first"), match.end("first")
    elif first.isupper() and len(first) > 1 and second[0].isupper() and is_name(second, first=True):
        if not _surname_like(first):
            return None
    elif lower and is_name(first, first=True) and _known_surname(second):
        pass
    elif first[0].isupper() and _known_surname(first) and second[0].isupper() and is_name(second, first=True):
        kind = lookup(first)
        if kind is None or kind.public:
            return None  # "Nguyen-Lefebvre Hélène", the surname first; not "Paris Hélène"
    else:
        return None
    end = rest[0][1]
    if len(rest) > 1:
        third = text[rest[1][0] : rest[1][1]]
        if not _plain_common(third) and (third[0].isupper() if not lower else _known_surname(third)):
            end = rest[1][1]
    return match.start("first"), end


# A first name that is also a word or a place, capitalised inside a sentence, and a capitalised word after it:
# "j'ai rencontré Rose Marseille", "c'est Blanche Rivière qui…" (a French noun is not capitalised mid-sentence).
_PAIR = r"(?P<first>[A-ZÀ-Ý][a-zà-ÿ]+)[ \t]+(?P<second>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)(?![\w'’\-])"
_WORD_PAIR = re.compile(r"(?<=[a-zà-ÿ,'’][ \t])" + _PAIR)
# The same pair after a label's colon ("Mes informations : Claire Vandenbussche"), searched apart so that a pair
# it rejects never hides one of `_WORD_PAIR`'s.
_LABEL_PAIR = re.compile(r"(?<=:[ \t])" + _PAIR)
# Words before a place or an institution named after someone: "rue Victor Hugo", "lycée Jules Ferry".
_NAMED_AFTER = re.compile(
    r"(?i)\b(?:rue|avenue|av|boulevard|bd|place|allée|impasse|quai|cours|chemin|route|square|lycée|lycee|collège|"
    r"college|école|ecole|hôpital|hopital|clinique|centre|résidence|residence|gare|stade|parc|station|métro|metro|"
    r"université|universite|fondation|institut|association|maison|salle|espace|cité|cite|pont|port|loi|prix|"
    r"plan|programme|dispositif|bâtiment|batiment|quartier|ehpad|crèche|creche|gymnase|médiathèque|mediatheque)"
    r"[ \t]+$"
)


_KIN_WORDS = (
    r"fils|fille|enfant|bébé|bebe|mari|femme|épouse|epouse|époux|epoux|compagnon|compagne|conjointe?|copain|copine|"
    r"sœur|soeur|frère|frere|mère|mere|père|pere|maman|papa|cousine?|nièce|niece|neveu|grand-mère|grand-père|"
    r"voisine?|amie?|tante|oncle|coloc|colocataire|collègue|tuteur|tutrice|curateur|curatrice|belle-mère|beau-père|"
    r"belle-sœur|beau-frère|ex|petite?-fille|petit-fils|filleule?|aide à domicile|auxiliaire de vie|assistante sociale"
)
# A name and, after a comma, who the person is to the writer: "je vis avec Fleur, ma compagne", "Blanche Rivière,
# notre voisine".
_APPOSED = re.compile(
    r"(?<![\w'’\-])(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+(?:[ \t]+[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)?),[ \t]+"
    r"(?i:mon|ma|notre|son|sa|leur)[ \t]+(?:[\w\-]+[ \t]+)?(?i:" + _KIN_WORDS + r")\b"
)


def apposed_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_APPOSED`: the first word a first name the gazetteer knows, even a common word, never a public name; or
    a capitalised word of no language the lexicon knows."""
    for match in _APPOSED.finditer(text):
        first = _words(match.group("name"))[0]
        kind = lookup(first)
        known = kind is not None and kind.first and not kind.public
        if not known and not _apposed_unknown(text, match):
            continue
        if first.lower() not in _CLOSING_WORDS:
            yield match.start("name"), match.end("name"), 0.6


def _apposed_unknown(text: str, match: re.Match[str]) -> bool:
    """A name of no language the lexicon knows before who the person is ("avec Oluwafemi, mon cousin"), inside a
    sentence, not after a preposition of place ("au Sénégal, mon époux"), not a greeting ("Buongiorno, mon père"),
    and not when a name follows the relative ("…, mon père Giuseppe Russo")."""
    before = text[max(0, match.start() - 12) : match.start()]
    return (
        all(_foreign_word(word) for word in _words(match.group("name")))
        and bool(re.search(r"[a-zà-ÿ][ \t]+$", before))
        and not re.search(r"(?i)\b(?:au|aux|en|du|des|à|a|de|vers|depuis|pour)[ \t]+$", before)
        and not re.match(r"[ \t]+[A-ZÀ-Ý]", text[match.end() :])
    )


# A form's field that holds a place, before its colon: the words after it are a place's ("adresse : Hay El Qods").
_PLACE_LABEL = re.compile(
    r"(?i)\b(?:adresse|domicile|lieu|ville|commune|quartier|r[ée]sidence|localit[ée]|pays|objet)\b"
    r"[^:\n]{0,20}:[ \t]*\Z"
)


def word_pair_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_WORD_PAIR`: the first word a first name the gazetteer knows, even a common word, a public name only
    before a known surname ("Marine Toulon"); the second no function word; not after a word of a street or an
    institution named after someone."""
    for match in (*_WORD_PAIR.finditer(text), *_LABEL_PAIR.finditer(text)):
        first, second = match.group("first"), match.group("second")
        kind, other = lookup(first), lookup(second)
        surname = other is not None and other.surname and not other.public and not other.common
        if kind is None or not kind.first or kind.public and not surname:
            continue  # "Marine Toulon" (a surname after it), not "France Travail"
        lower = second.lower()
        if lower in STOP_WORDS or lower in _FUNCTION_WORDS or lower in _CLOSING_WORDS or is_filler(second):
            continue
        if _NAMED_AFTER.search(text, max(0, match.start() - 20), match.start()):
            continue
        if _PLACE_LABEL.search(text, max(0, match.start() - 40), match.start()):
            continue  # "adresse : Hay El Qods rue 12": a place's field, not a person's
        if re.match(r"[ \t]+(?:[A-ZÀ-Ý]|(?:de|du|des|d['’])[ \t]*[A-ZÀ-Ý])", text[match.end() :]):
            continue  # "Harmonie Fonction Publique", "Caisse Nationale de…": an institution's capitalised words
        yield match.start(), match.end(), 0.6


# "de" or "à" before the article "Le" contracts ("du Havre", "au Mans"): left whole, "Le" is a surname's particle,
# a Breton surname alone ("c'est le bateau de Le Bris", "j'ai vendu à Le Gall"). Not a French word after it ("de Le
# Monde", "à Le Havre", a newspaper or a town miswritten).
_UNCONTRACTED = re.compile(
    r"(?<![\w'’\-])(?:de|à|a)[ \t]+"
    r"(?P<name>Le[ \t]+(?P<word>[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?))(?![\w'’\-])"
)


def uncontracted_surnames(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_UNCONTRACTED`: "Le" and a capitalised word that is no French word, after "de" or "à"."""
    for match in _UNCONTRACTED.finditer(text):
        if not is_french(match.group("word")):
            yield match.start("name"), match.end("name"), 0.6


_LINE_OR_CLAUSE_END = re.compile(r"[ \t]*(?:$|[\n,.;:!?)–—]|-[ \t])", re.MULTILINE)


def _two_letter_surname(text: str, first: str, second: str, end: int) -> bool:
    """A known first name and a two-letter surname the gazetteer knows: "Clémence Ho", "Emma Ly". One that is also
    a French word ("Sandrine Ma", "Julie Le") only at the end of its line or clause, not "Sandrine. Ma fille…"."""
    if not (len(second) == 2 and second[0].isupper() and second[1].islower()):
        return False
    if second.lower() in _NOT_SHORT_NAMES and not _LINE_OR_CLAUSE_END.match(text, end):
        return False
    kind = lookup(second)
    if kind is None or not kind.surname:
        return False
    return first[0].isupper() and not first.isupper() and not _plain_common(first) and is_name(first, first=True)


def _surname_like(word: str) -> bool:
    """A capitalised word that may be a surname: not a common word, and not known only as a common word."""
    kind = lookup(word)
    return not _plain_common(word) and not (kind is not None and kind.common and not kind.surname)


def _known_surname(word: str) -> bool:
    kind = lookup(word)
    return kind is not None and kind.surname and not kind.common and not _plain_common(word)


_LONE = re.compile(rf"(?<![\w'’\-])(?P<word>{_W})")
_SENTENCE_START = re.compile(r"(?:^|[.!?:…]\s*|\n\s*|[«\"(]\s*)$")
_LIST_JOIN = re.compile(r"\s*(?:,|et|&)\s*$")
_BRACKETED = re.compile(rf"(?<=\()\s*{_W}\s*\)")


def _listed_with_a_place(text: str, words: list[tuple[int, int]], index: int) -> bool:
    """The word stands in a list ("Paris, Annecy, Aix") next to a word the fiches write capitalised (a place)."""
    for other in (index - 1, index + 1):
        if not 0 <= other < len(words):
            continue
        a, b = sorted((words[index], words[other]))
        other_word = text[words[other][0] : words[other][1]]
        if not other_word[0].isupper():
            continue  # "Manon, le papa": a place is written capitalised
        kind = lookup(other_word)
        if _LIST_JOIN.match(text[a[1] : b[0]]) and kind is not None and kind.public:
            return True
    return False


# The départements (and a few regions) whose names are also first names or surnames ("Aude", "Vienne", "Savoie").
_DEPARTMENTS = set(
    """ain aisne allier alpes ardeche ardennes ariege aube aude aveyron calvados cantal charente cher correze corse
    creuse dordogne doubs drome eure finistere gard gers gironde herault ille indre isere jura landes loire loiret lot
    lozere manche marne mayenne meurthe meuse morbihan moselle nievre nord oise orne pas puy pyrenees rhin rhone
    saone sarthe savoie seine somme tarn var vaucluse vendee vienne vosges yonne essonne yvelines guadeloupe
    martinique guyane reunion mayotte bretagne normandie occitanie provence alsace lorraine picardie champagne
    bourgogne auvergne limousin aquitaine""".split()
)
# Words before a place: "à Massy", "de l'Aude", "en Savoie", "dans l'Ain".
_PLACE_BEFORE = re.compile(r"(?i)(?:\b(?:à|a|en|au|aux|sur|sous|lès|vers|près de|de l['’]|dans l['’])\s*)$")

# (twenty-ninth pass, p82e, p77) A verb of speaking or writing to someone, then "à": the capitalised first name
# after it is the person spoken to, not a town ("j'ai écrit à Jeanne du service transport", "je voudrais écrire à
# Martine, la gestionnaire", "je parle encore à Jeanne le matin", "j'ai envoyé un mail à Odile"). One writes to a
# town's office ("à la mairie de Nancy"), not to the town; verbs that send things ("envoyé à Lyon") are left out.
_SPOKEN_TO = re.compile(
    r"(?i)(?<![\w'’])(?:écri(?:re|s|t|te|ts|vons|vez|vent|vais|vait|rai|rais|rons|ez)|ecri(?:re|s|t|te|vons|vez)|"
    r"parl(?:e|er|es|ons|ez|ent|é|ée|ais|ait|erai|erais)|demand(?:e|er|es|ons|ez|ent|é|ée|ais|ait|erai|erais)|"
    r"di(?:re|s|t|tes|sons|rai|rais)(?:-le|-lui)?|dites-le|téléphon(?:e|er|é|ons|ez)|telephon(?:e|er|e|ons|ez)|"
    r"répond(?:re|s|u|ez)|expliqu(?:e|er|é|ez)|confi(?:e|er|é)|signal(?:é|er)|"
    r"envoy(?:é|er|e|ez) (?:un|mon|ce|le) (?:mail|e-mail|courriel|message|sms|texto))"
    r"(?:[ \t]+(?:encore|déjà|deja|aussi|directement|hier|moi-même|plusieurs fois|un (?:mail|e-mail|courriel|"
    r"message|courrier|sms|texto)|une lettre|mon dossier|la question)){0,2}[ \t]+à[ \t]+$"
)
# Words before a town: "habite à", "né à", "vit chez nous à", "la MDS de", "la mairie de".
_TOWN_BEFORE = re.compile(
    r"(?i)(?:\b(?:n[ée]e?s?(?:\s+le\s+[\w/.\-]+(?:\s+\w+\s+\d{4})?)?|habite|habitons|habitent|vit|vivons|vivent|résid\w*|domicili\w*|install\w*|"
    r"déménag\w*|chez (?:nous|moi|eux|elle|lui)|arriv\w*|venue?s?|travaille|scolaris\w*|hospitalis\w*|"
    # (thirty-first pass, p90e) the other forms of living, working and going: "parti vivre à Moorea", "je vis à
    # Nouméa", "un logement à Nouméa", "j'ai travaillé à Sydney", "je suis étudiante à Lille"
    r"vis|vivre|vivais|vivait|vivaient|vécu|vecu|habiter|habitais|habitait|habitaient|travailler|travaill[ée]e?s?|"
    r"travaillais|travaillait|travaillons|logement|appartement|studio|parti|partie|partis|parties|rentré\w*|"
    r"retourné\w*|mutée?s?|étudiante?s?|etudiante?s?|séjourn\w*|sejourn\w*|hébergée?s?|hebergee?s?|"
    # (thirty-second pass, p94e) where one is cared for, dies, is buried, and the jobs said with their town, in
    # messages about health and sick leave: "suivie à Angers", "décédé à Rodez", "aide-soignante à Roanne"
    r"suivie?s?|soignée?s?|opérée?s?|operee?s?|dialysée?s?|décédée?s?|decedee?s?|morte?s?|enterrée?s?|inhumée?s?|"
    r"accouchée?|aide-soignante?|infirmi[eè]re?|infirmier|médecin|medecin|retraitée?|salariée?|employée?|"
    r"ouvri[eè]re?|ouvrier|agricultrice|agriculteur|exploitante?|éleveu(?:r|se)|commerçante?|artisan|"
    r"enseignante?|professeure?|auxiliaire de vie|assistante? maternelle)\s+"
    r"(?:[àa]|en|au)\s+|\b(?:mairie|mds|ccas|caf|cpam|préfecture|prefecture|sous-préfecture|hôpital|hopital|"
    r"maternité|maternite|tribunal|ville|commune|agence|pôle|pole|centre|clinique|ehpad)\s+(?:de|d['’])\s*)$"
)
# Firms named after people, that messages write capitalised in a sentence ("ma Renault", "chez Leclerc").
_BRANDS = set(
    """renault peugeot citroen michelin leclerc auchan carrefour darty boulanger decathlon total orange free bouygues
    sfr lidl aldi casino monoprix picard intermarche conforama ikea amazon google apple samsung chanel dior hermes
    cartier lancel vuitton ferrari porsche mercedes ford opel fiat dacia toyota nissan""".split()
)
# ... and the national networks of letting agencies, named after "agence immobilière" as a person's firm would be
# ("l'agence immobilière Foncia", triage ay).
_BRANDS |= {"foncia", "nexity", "citya", "orpi"}


# A person named with a title, then a full stop: the next sentence often starts with the first name ("Mme Kaya.
# Hülya parle très peu français", "M. Diallo. Ousmane a perdu son travail", "M. et Mme Adeyemi. Oluwaseun et…").
_AFTER_TITLED = re.compile(
    rf"(?<![\w'’\-]){_TITLE}[ \t]+(?:et[ \t]+{_TITLE}[ \t]+)?{_W}(?:[ \t]+{_W})?[ \t]*\.[ \t]+\Z"
)


_LOWER_NEXT = re.compile(r"[ \t]+(?P<next>[a-zà-ÿ][\w'’\-]*)")
# What follows a person's name as the subject of a sentence: an auxiliary or a verb people do, or "et" before another
# (not a verb that is also a noun, "reste", "part": "Nou reste chemin…" is Creole's "we live").
_SUBJECT_VERB = re.compile(
    r"(?:a|as|avait|aura|est|était|etait|sera|va|vient|doit|veut|peut|fait|vit|habite|travaille|touche|"
    r"et|ne|n['’]\w+|s['’]\w+|m['’]\w+|l['’]\w+)"
)


def _next_word(text: str, end: int) -> str:
    after = _LOWER_NEXT.match(text, end)
    return after.group("next") if after else ""


_SENTENCE_REST = re.compile(r"[^.!?\n]+")


def _first_name_subject(text: str, word: str, start: int, end: int, kind: NameKind | None) -> bool:
    """A first name (no common or public word, no elided article: "L'Aref") starting a French sentence, a lower-case
    French word after it: "Hülya parle très peu français", "Ousmane a perdu son travail" (not "My son arrived…",
    "Great, thanks"). One that is also a surname ("Ali a quitté le logement", "Lucas et Louis") is a person there
    too, unless it is a firm or a département ("Renault a rappelé", "Vienne est"); and one that is also a rare French
    word the fiches never write in lower case ("Pascale", "Clémence") only before a verb, not before "et"."""
    if "'" in word or "’" in word or kind is None or not kind.first or kind.common or kind.public:
        return False
    if kind.surname and (fold(word) in _BRANDS or fold(word) in _DEPARTMENTS):
        return False
    if kind.surname and is_french(word) and _next_word(text, end) in ("et", ""):
        return False
    if kind.surname and not _SUBJECT_VERB.fullmatch(_next_word(text, end)):
        return False  # "Nou lé 4 dans la case" (Creole): a surname's word needs a verb a person does, or "et"
    if any(part[:1].islower() for part in word.split("-")):
        return False  # "Est-ce"
    after = _LOWER_NEXT.match(text, end)
    if after is None or not is_french(after.group("next")):
        return False  # "Salam alaykoum", "Bună ziua": a greeting in another language, not a name and a verb
    sentence = _SENTENCE_REST.match(text, start)
    words = re.findall(r"[a-z']+", sentence.group().lower()) if sentence else []
    return sum(w in _ENGLISH for w in words) < 2


def _first_name_apposed(text: str, word: str, end: int, kind: NameKind | None) -> bool:
    """A first name only (no common, public or French word) starting a sentence, then a comma and what describes or
    addresses a person: "Loïc, dit Loulou, a 12 ans", "Karim, mon aîné, …", "Justine, tu peux…", "Nathan, né en
    2011" (not a list of places or firms, "Thalys, Eurostar", nor a greeting, "Obrigada, Ana")."""
    if kind is None or not kind.first or kind.common or kind.public or is_french(word) or _plain_common(word):
        return False
    return not word.isupper() and "'" not in word and "’" not in word and _APPOSITION.match(text, end) is not None


# A first name that heads a line of a list or follows a label's colon, then a separator or the line's end: "Noa –
# CE1" above "Liam – CE1", "- Tiago, 4 ans", "Famille Ramos : Tiago, employeuse …" (p47e, p25).
_ITEM_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?P<bullet>(?:[-–—•*·]|\d{1,2}[.)])[ \t]*)?\Z|(?P<colon>[^\W\d_][ \t]*:[ \t]*)\Z"
)
_ITEM_AFTER = re.compile(r"[ \t]*(?:[,:(–—]|-[ \t]|$)", re.MULTILINE)
_LINE_HEAD = re.compile(rf"^[ \t]*(?:[-–—•*·][ \t]*)?(?P<word>{_W})[ \t]*(?:[,:(–—]|-[ \t]|$)", re.MULTILINE)


def _first_name_itemised(text: str, start: int, end: int, kind: NameKind | None) -> bool:
    """See `_ITEM_BEFORE`: a first name only (no surname, French, common or public word); at a line's head without a
    bullet, only when a line next to it also starts with such a first name (a list, not a heading)."""
    word = text[start:end]
    if kind is None or not kind.first or kind.surname or kind.common or kind.public:
        return False
    if is_french(word) or is_filler(word) or _plain_common(word) or word.isupper() or "'" in word or "’" in word:
        return False
    before = _ITEM_BEFORE.search(text, max(0, start - 60), start)
    if before is None or _ITEM_AFTER.match(text, end) is None:
        return False
    if any(a <= start < b for a, b in _english_sentences(text)):
        return False  # "Human: Great, please put that in your reply": an English word after a label
    if before.group("bullet") or before.group("colon"):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    previous = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : max(0, line_start - 1)]
    following = text[line_end + 1 : (text.find("\n", line_end + 1) + 1 or len(text) + 1) - 1] if line_end >= 0 else ""
    return any(_listed_line(line) for line in (previous, following))


def _listed_line(line: str) -> bool:
    match = _LINE_HEAD.match(line)
    if match is None:
        return False
    kind = lookup(match.group("word"))
    return kind is not None and kind.first and not kind.common and not kind.public


_APPOSITION = re.compile(
    r",[ \t]*(?:(?i:dit|dite|alias|mon|ma|mes|notre|son|sa|leur|tu|toi|née?)(?![\w'’\-])|\d{1,3}[ \t]*ans\b)"
)


def _foreign_word(word: str) -> bool:
    """A capitalised word of three letters or more that is no French word, filler nor common word: in a name's
    place, a first name of any origin the gazetteer lacks."""
    return (
        word[0].isupper()
        and not word.isupper()
        and len(word) >= 3
        and not is_french(word)
        and not is_filler(word)
        and not _plain_common(word)
        and word.lower() not in STOP_WORDS
        and all(part[:1].isupper() and not is_french(part) for part in word.split("-"))  # not "Est-ce"
    )


def lone_first_names(
    text: str, *, proper_nouns: set[int] | frozenset[int] = frozenset()
) -> Iterator[tuple[int, int, float]]:
    """A known first name, capitalised, inside a sentence ("inscrire Nahil et Inès en maternelle"), with the
    capitalised words listed with it. A first name that is also a surname only when it is no French word and no
    firm ("Thomas", not "Renault" nor "Rose"); not one the fiches write capitalised ("France", "Marianne"), nor a
    common word, nor the first word of a sentence."""
    # "et" joins a list ("Nahil et Inès"): the words beside it are neighbours
    words = [(m.start(), m.end()) for m in _LONE.finditer(text) if m.group() not in _AND]
    # words already given as names: a list is walked once, not once per name in it (a long list stays linear)
    listed: set[int] = set()
    for index, (start, end) in enumerate(words):
        word = text[start:end]
        if not word[0].isupper() or word.isupper():
            continue
        kind = lookup(word)
        after_titled = _AFTER_TITLED.search(text, max(0, start - 80), start) is not None
        # "M. et Mme Adeyemi. Oluwaseun et Funmilayo ont déposé…": a foreign word in a name's place
        if not (after_titled and kind is None and _foreign_word(word)):
            opening = _SENTENCE_START.search(text[max(0, start - 3) : start]) is not None
            subject = opening and _first_name_subject(text, word, start, end, kind)
            if (
                opening
                and not _BRACKETED.match(text, start, end + 3)
                and not after_titled
                and not subject
                and not _first_name_apposed(text, word, end, kind)
                and not _first_name_itemised(text, start, end, kind)
            ):
                continue  # the first word of a sentence, unless alone between brackets ("(Rachid)") or after a name
            # a first name; one that is also a surname may be a firm or a place ("Renault", "Michelin", "Aude")
            spoken_to = _SPOKEN_TO.search(text, max(0, start - 80), start) is not None and not any(
                part[:1].islower() for part in word.split("-")
            )  # "on le demande à Fort-de-France": a place
            if kind is None or not kind.first or kind.common or kind.public and not spoken_to or _plain_common(word):
                continue
            # a French word form that spaCy reads here as a proper noun is the name ("chez Moussa", not a verb form)
            # ... and one before a verb a person does starts the sentence as its subject ("Pascale a perdu")
            french = is_french(word) and start not in proper_nouns and not subject
            if kind.surname and (
                fold(word) in _BRANDS
                or (french or _PLACE_BEFORE.search(text[max(0, start - 12) : start]))
                and not spoken_to
            ):
                continue  # a first name that is also a surname: not a French word, a firm or after "à", "de l'"
            if _TOWN_BEFORE.search(text[max(0, start - 40) : start]):
                continue  # "elle vit chez nous à Annecy", "né à Oran": a town, whatever else the word may be
            if fold(word) in _DEPARTMENTS:
                continue
            if word.lower().startswith(("saint-", "sainte-", "st-")) or _listed_with_a_place(text, words, index):
                continue
        yield start, end, 0.6
        listed.add(index)
        for step in (-1, 1):  # the names listed beside it: "Nahil et Inès", "Inès, Nahil"
            other = index + step
            while 0 <= other < len(words) and other not in listed:
                a, b = (words[other][1], words[other + 1][0]) if step < 0 else (words[other - 1][1], words[other][0])
                neighbour = text[words[other][0] : words[other][1]]
                if not _LIST_JOIN.match(text[a:b]) or not neighbour[0].isupper() or _plain_common(neighbour):
                    break
                known = lookup(neighbour)
                if is_filler(neighbour) or fold(neighbour) in _BRANDS | _DEPARTMENTS:
                    break  # "Thanks, Daniel"
                if neighbour.lower().startswith(("saint-", "sainte-", "st-")):
                    break  # "Massy, Saint-Cloud": places
                if known is None and neighbour.isupper() and len(neighbour) <= 4:
                    break  # "Emma en CP et Raphaël": a class or an acronym, not a name listed (p83e)
                if known is not None and (not known.first or known.public) or known is None and other != index + step:
                    break  # a place or a word in a list ("Paris, Nice et Tours"); one unknown word next to it only
                yield words[other][0], words[other][1], 0.6
                listed.add(other)
                other += step


# Brackets that hold only first names joined by commas and "et" name the people the sentence just spoke of: "papa de
# jumeaux (Hugo et Louis)", "nos trois enfants (Inès, Tom et Yanis)". A first name the fiches write capitalised
# ("Louis", "Tom") counts there, as the others around it are first names too; places in brackets are towns, and one
# that is no first name ("(Lyon et Villeurbanne)") or a département ("(Aude et Hérault)") leaves the brackets alone.
_BRACKETED_NAMES = re.compile(rf"\(\s*(?P<names>{_W}(?:\s*,\s*{_W})*\s+et\s+{_W})\s*\)")


def bracketed_first_names(text: str) -> Iterator[tuple[int, int, float]]:
    """The first names listed alone between brackets (see _BRACKETED_NAMES)."""
    for match in _BRACKETED_NAMES.finditer(text):
        words = [m for m in re.finditer(_W, match.group("names")) if m.group() != "et"]
        if not all(_bracketed_first_name(word.group()) for word in words):
            continue
        for word in words:
            yield match.start("names") + word.start(), match.start("names") + word.end(), 0.6


def _bracketed_first_name(word: str) -> bool:
    kind = lookup(word)
    return (
        word[0].isupper()
        and not word.isupper()
        and kind is not None
        and kind.first
        and not kind.common
        and not _plain_common(word)
        and not is_french(word)
        and fold(word) not in _DEPARTMENTS | _BRANDS
    )


# A first name that is also a common word ("Rose", "Blanche", "Claire", "Pierre") is left to its context elsewhere;
# capitalised inside a sentence, right after a conjunction and right before a verb, it is the subject of that verb,
# a person: "est-ce que Blanche peut aller à la garderie", "si Rose a droit", "et Pierre viendront". A common noun
# there would take an article ("que la rose…"); places and bodies (spaCy's LOC and ORG) are skipped by the caller.
_SUBJECT_BEFORE = {"que", "qu'", "qu’", "si", "et", "mais", "quand", "lorsque", "comme", "car", "puisque", "ou"}
_SUBJECT_NOT = {"france", "dieu", "etat", "internet", "paris"}


def subject_first_names(tokens: Iterable[Token]) -> Iterator[tuple[int, int, float]]:
    """A capitalised first name that is also a common word, between a conjunction and a lower-case verb."""
    tokens = list(tokens)
    for index in range(1, len(tokens) - 1):
        token = tokens[index]
        word = token.text
        if len(word) < 3 or not word[0].isupper() or not word[1:].replace("-", "").islower():
            continue
        before, after = tokens[index - 1], tokens[index + 1]
        if before.lower_ not in _SUBJECT_BEFORE or after.pos_ not in ("VERB", "AUX") or not after.text.islower():
            continue
        kind = lookup(word)
        if kind is None or not kind.first or not (kind.common or _plain_common(word)):
            continue  # a first name that is no common word has its own rules (`lone_first_names`)
        lower = word.lower()
        if lower in _FUNCTION_WORDS or lower in STOP_WORDS or lower in _CLOSING_WORDS or fold(word) in _SUBJECT_NOT:
            continue
        yield token.idx, token.idx + len(word), 0.6


# Vietnamese names: family name, then a middle name ("Văn", "Thị"…) and a given name, often written without
# accents and in any case ("Nguyen Thi Mai", "ngo van long", "Vo Lan"). Folded, as the gazetteer.
VIETNAMESE_SURNAMES = frozenset(
    """nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh trinh lam luong cao ta
    quach ha luu dao doan vuong trieu la lai kieu thai chau tang phung ton lieu thach nghiem khuc quan hua tu mac to
    diep giang khong luc man ong au than thi ung doan chu tieu hau vien lo bach mai""".split()
)
VIETNAMESE_GIVEN = frozenset(
    """an anh bao bich binh cam chau chi chinh cong cuc cuong da danh dat diem diep dieu dung duy duyen duc gam
    giang ha hai han hang hanh hao hau hien hieu hiep hoa hoai hoan hoang hong hue hung huong huy huyen kha khai
    khang khanh khoa khoi khue kien kiet kim lan lanh lam lien lieu linh loan loc loi long luan ly mai manh minh my
    nam nga ngan nghia ngoc nguyen nguyet nha nhan nhat nhi nhien nhung nhu oanh phat phong phu phuc phung phuoc
    phuong quan quang que quoc quy quyen quynh sang son suong tai tam tan thach thai tham thang thanh thao thi thinh
    thoa tho thong thu thuan thuc thuong thuy tien tin toan tram trang tri triet trinh trong trung truc tu tuan
    tung tuyen tuyet uyen van vien viet vinh vy xuan yen the huu""".split()
)
_VIETNAMESE_WORDS = VIETNAMESE_GIVEN | VIETNAMESE_SURNAMES
_VIETNAMESE_MARKERS = {"van", "thi"}
_SPACE = re.compile(r"[ \t\u00a0]+")


def _tokens(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _LONE.finditer(text)]


def _adjacent(text: str, left: tuple[int, int], right: tuple[int, int]) -> bool:
    return bool(_SPACE.fullmatch(text[left[1] : right[0]]))


def vietnamese_names(text: str) -> Iterator[tuple[int, int, float]]:
    """A Vietnamese family name followed by one to three given names, all capitalised or all in lower case. A
    family name that is also a French word ("Le", "La", "Mai") needs three words ("Le Thi Hoa"); in lower case,
    three words or a family name that is no French word, and a given name that is none ("tran minh", "ho duc
    minh", not "mai lan")."""
    tokens = _tokens(text)
    index = 0
    while index < len(tokens):
        run = [tokens[index]]
        if fold(text[slice(*run[0])]) in VIETNAMESE_SURNAMES:
            while len(run) < 4 and index + len(run) < len(tokens):
                following = tokens[index + len(run)]
                folded = fold(text[slice(*following)])
                if not _adjacent(text, run[-1], following) or folded not in _VIETNAMESE_WORDS:
                    break
                if folded not in VIETNAMESE_GIVEN and len(run) < 2:
                    break  # a family name last only in the French order, after two names ("Thi Thu Le")
                run.append(following)
        if len(run) > 1 and _vietnamese_ok([text[slice(*span)] for span in run]):
            yield run[0][0], run[-1][1], 0.7
            index += len(run)
        else:
            index += 1


def _vietnamese_ok(words: list[str]) -> bool:
    capitalised = all(word[0].isupper() for word in words)
    if not capitalised and not all(word.islower() for word in words):
        return False
    marker = fold(words[1]) in _VIETNAMESE_MARKERS
    french = [_plain_common(word) or is_french(word) for word in words]
    if _plain_common(words[0]) and len(words) < 3:
        return False
    if capitalised:
        return not all(french)
    if marker and len(words) >= 3 and not _plain_common(words[0]):
        return True  # "ngo van long"
    return (marker or len(words) >= 3 or not french[0]) and not all(french[1:])


_GLUE_LOWER = {"van", "de", "da", "do", "dos", "das", "di", "ben", "bin", "el", "al", "ould", "ait", "bou", "abu"}


# Twenty-sixth pass (p68): what a hurried writer adds to a sentence ("vous pouvez pas le donner a personne hein ??").
# (thirty-fourth pass, p100e) and a clipped word in lower case that the name lists hold as a surname: "licencié éco"
_CHAT_WORDS = frozenset(
    {"hein", "bah", "bof", "euh", "heu", "mdr", "ptdr", "lol", "wesh", "oups", "bisous", "éco", "eco"}
)


def _elided(word: str) -> bool:
    """A French word after an elided article or pronoun typed without its apostrophe ("lhuissier", "lhopital",
    "mappeler"), the word itself no name ("lamour" stays: "amour" is one, as Lamour is)."""
    head, rest = (word[:2], word[2:]) if word.startswith("qu") else (word[:1], word[1:])
    if head not in {"l", "d", "j", "m", "n", "s", "t", "c", "qu"} or len(rest) < 4:
        return False
    return (is_french(rest) or _plain_common(rest)) and lookup(rest) is None


def _lower_kind(text: str, start: int, end: int) -> str:
    """How a lower-case word may belong to a name: "name" (a known name that is no French word), "short" (such a
    name of two letters), "unknown" (no French word, no known name), or "" (anything else)."""
    word = text[start:end]
    if not word.islower() or any(char.isdigit() for char in word):
        return ""
    before, after = text[start - 1 : start], text[end : end + 2]
    if before in ("@", ".", "/", "_", "[") or after[:1] in ("@", "_", "/") or re.match(r"\.\w", after):
        return ""  # an e-mail, a web address, a file name
    if _plain_common(word) or is_french(word) or word in _CHAT_WORDS or _elided(word) or is_demonym(word):
        return ""
    kind = lookup(word)
    if kind is None:
        return "unknown" if len(word) >= 3 else ""
    if kind.common or kind.public:
        return ""
    return "name" if len(word) >= 3 else "short"


def lower_names(text: str) -> Iterator[tuple[int, int, float]]:
    """Names written in lower case with no cue: a known name that is no French word ("on a vu ousmane hier"),
    with its neighbours that are known names too, or one unknown word beside it ("andrii kovalenko",
    "blaise makosso"). A two-letter name ("ho", "ly") only beside a longer one."""
    tokens = _tokens(text)
    kinds = [_lower_kind(text, *span) for span in tokens]
    english = _english_sentences(text)
    kinds = [
        kind if not any(a <= span[0] < b for a, b in english) else "" for kind, span in zip(kinds, tokens, strict=True)
    ]
    done = -1
    for index, kind in enumerate(kinds):
        if kind != "name" or index <= done:
            continue
        first = last = index
        while last + 1 < len(tokens) and _adjacent(text, tokens[last], tokens[last + 1]):
            following = kinds[last + 1]
            word = text[slice(*tokens[last + 1])]
            if following in ("name", "short"):
                last += 1
            elif following == "unknown":
                last += 1
                break
            elif word in _GLUE_LOWER and last + 2 < len(tokens) and kinds[last + 2] in ("name", "unknown"):
                if not _adjacent(text, tokens[last + 1], tokens[last + 2]):
                    break
                last += 2
            else:
                break
        while first > 0 and _adjacent(text, tokens[first - 1], tokens[first]):
            previous = kinds[first - 1]
            if previous in ("name", "short"):
                first -= 1
            elif previous == "unknown" and tokens[first - 1][1] - tokens[first - 1][0] >= 4:
                first -= 1
                break
            else:
                break
        done = last
        yield tokens[first][0], tokens[last][1], 0.55


_ENGLISH = frozenset(EN_STOP_WORDS) - frozenset(STOP_WORDS) - {"a", "i"} | {"i", "english", "please", "help", "sorry"}


def _english_sentences(text: str) -> list[tuple[int, int]]:
    """Sentences with three English function words or more ("my english is not good"): their lower-case words
    are English, not names."""
    spans = []
    for match in re.finditer(r"[^.!?\n]+", text):
        words = re.findall(r"[a-z']+", match.group().lower())
        if sum(word in _ENGLISH for word in words) >= 3:
            spans.append(match.span())
    return spans


_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?:…]\s*|\n\s*|[«\"(]\s*)$")


def shaped_surnames(text: str) -> Iterator[tuple[int, int, float]]:
    """A capitalised surname alone inside a sentence when its ending says so and it is no French word: "j'ai
    appelé Kovalchuk", "chez KOVALCHUK" (see `gazetteer.lookup`); not the first word of a sentence."""
    for match in _LONE.finditer(text):
        word = match.group()
        if (
            len(word) < 6
            or not word[0].isupper()
            or _SENTENCE_BEFORE.search(text[max(0, match.start() - 3) : match.start()])
        ):
            continue
        if fold(word) in _SHAPE_EXCEPTIONS or _plain_common(word) or is_french(word):
            continue
        if lookup(word) is SHAPED:
            yield match.start(), match.end(), 0.55


# Words of a surname's shape that are places or peoples, not people.
_SHAPE_EXCEPTIONS = {"vatican", "azerbaidjan", "kazakhstan", "ouzbekistan", "bucarest", "moldova", "kosovo"}
_WITH_ME = re.compile(rf"(?<![\w'’\-])(?P<a>{_W})[ \t]+et[ \t]+moi\b|\bmoi[ \t]+et[ \t]+(?P<b>{_W})", re.IGNORECASE)


def names_with_me(text: str) -> Iterator[tuple[int, int, float]]:
    """A known name, capitalised, beside "et moi": "Kévin et moi", "moi et Aïcha"; a first name that is also a
    common word too inside a sentence ("pour Blanche et moi": a common noun would take an article there)."""
    for match in _WITH_ME.finditer(text):
        group = "a" if match.group("a") else "b"
        word = match.group(group)
        if not word[0].isupper():
            continue
        # (thirty-first pass, p90e) a town after "à": "mon frère vit à Lyon et moi à Ajaccio" (unless spoken to)
        if _PLACE_BEFORE.search(text[max(0, match.start(group) - 12) : match.start(group)]) and not _SPOKEN_TO.search(
            text, max(0, match.start(group) - 80), match.start(group)
        ):
            continue
        inside = not _SENTENCE_START.search(text[max(0, match.start(group) - 3) : match.start(group)])
        common_first = inside and not word.isupper() and _first_name_word(word) and word.lower() not in _FUNCTION_WORDS
        if not _plain_common(word) and is_name(word) or common_first:
            yield match.start(group), match.end(group), 0.7


# Initials and a surname: "P. Dimanche", "J.-P. Vasseur", "A. Diallo", "M.-C. Le Goff", "J.P. N'Diaye", with
# two-letter initials and a dash without a dot ("Ch. Martin", "J-Ph. Roussel").
_INITIAL_NAME = re.compile(
    r"(?<![\w.’'\-])(?P<initials>[A-ZÀ-Ý][hlr]?\.(?:[ \t]?-?[ \t]?[A-ZÀ-Ý][hlr]?\.)?|[A-ZÀ-Ý]-[A-ZÀ-Ý][hlr]?\.)[ \t]*"
    r"(?P<name>(?:(?i:de la|de|du|des|le|la|van der|van den|van|von|der|den|ben|bin|el|al|da|do|dos|das|di|del|"
    r"ait|aït|ould|mac|mc)[ \t]+)?(?:[DLN][’'])?(?P<word>[A-ZÀ-Ý][a-zà-ÿß]+(?:-[A-ZÀ-Ý][a-zà-ÿß]+)?|"
    r"[A-ZÀ-Ý]{3,}(?:-[A-ZÀ-Ý]{2,})?))(?![\w’'])"
)
_NOT_AFTER_INITIAL = {"M", "MM"}


def initial_names(text: str) -> Iterator[tuple[int, int, float]]:
    """Initials and a surname, whatever the surname ("P. Dimanche", "S. Blanc"): the word must be a surname the
    gazetteer knows (even if a common word) or no French word; "Annexe B. Remplir" is neither."""
    for match in _INITIAL_NAME.finditer(text):
        word = match.group("word")
        if match.group("initials").rstrip(".") in _NOT_AFTER_INITIAL and word.lower() in STOP_WORDS:
            continue
        kind = lookup(word)
        lower = word.lower()
        if (
            lower in _CLOSING_WORDS
            or lower in _FUNCTION_WORDS
            or lower in STOP_WORDS
            and (kind is None or len(word) < 4)
        ):
            continue  # "Annexe B. Le formulaire"
        if (kind is not None and kind.surname) or not (is_french(word) or is_common(word)):
            yield match.start(), match.end(), 0.75


# A trade named after its owner: "Menuiserie Constant", "Garage Dufour", "Ets Petit", "SARL Benali"; the trades
# that are never anything else in lower case too ("boulangerie Marchetti").
_TRADE_NAME = re.compile(
    r"(?<![\w’'])(?:(?i:boulangerie|boucherie|pâtisserie|patisserie|charcuterie|menuiserie|plomberie|carrosserie|"
    r"serrurerie|épicerie|epicerie|maçonnerie|maconnerie|garage|pharmacie|ets\.?|sarl|eurl|auto-école|"
    # a notary's office: "le notaire, c'est l'étude Guérin-Lamotte"
    r"l['’][ \t]*étude|l['’][ \t]*etude)|"
    r"Menuiserie|Boulangerie|Boucherie|Pâtisserie|Patisserie|Charcuterie|Garage|Pharmacie|Cabinet|"
    r"Entreprise|Ets\.?|Établissements|Etablissements|Transports|Taxis?|Plomberie|Maçonnerie|Maconnerie|Charpente|"
    r"Couverture|Électricité|Electricité|Coiffure|Salon|Épicerie|Epicerie|Restaurant|Brasserie|Ambulances|"
    r"Carrosserie|Nettoyage|Peinture|Serrurerie|Ferme|Auto-école|SARL|SAS|EURL|SCI|EARL|GAEC|Maison|"
    # (twenty-sixth pass, p70e: the firm of a bailiff, a notary or a lawyer is named after its partners, "SCP
    # Lambert-Ferrand, commissaires de justice associés", "SELARL Keraudren & Associés")
    r"SCP|SELARL|SELAS|SELAFA|"
    # (thirty-first pass, p88) a German or a Swiss firm, named after its owners as a French one: "Steuerberatung Huber
    # & Vogt", "Bäckerei Kessler GmbH", "Schreinerei Maurer"
    r"Steuerberatung|Steuerkanzlei|Kanzlei|Bäckerei|Baeckerei|Metzgerei|Schreinerei|Tischlerei|Malerbetrieb|"
    r"Gärtnerei|Gaertnerei|Autohaus|Friseursalon|Zahnarztpraxis|Arztpraxis|Bauunternehmung|Dachdeckerei|Spedition|"
    r"Gebäudereinigung|Pflegedienst|Elektro|Sanitär|Transporte|"
    # the trade's man or woman where one worked: "chez le charcutier Lenoir", "chez la fleuriste Rose Meunier"
    r"(?i:chez[ \t]+(?:le|la|l['’])[ \t]*)(?:charcutier|charcutière|boulanger|boulangère|boucher|bouchère|plombier|"
    r"garagiste|menuisier|coiffeur|coiffeuse|épicier|épicière|epicier|maçon|macon|électricien|electricien|"
    r"pharmacien|pharmacienne|traiteur|fleuriste|pâtissier|patissier|carrossier|couvreur|charpentier|peintre|"
    r"paysagiste|maraîcher|maraicher|viticulteur|vétérinaire|veterinaire|notaire|dentiste|kiné|kinésithérapeute|"
    r"opticien|opticienne|photographe|cordonnier|serrurier|tapissier|imprimeur|horticulteur))"
    r"[ \t]+(?P<name>(?:[DLN][’'])?[A-ZÀ-Ý][a-zà-ÿß]+(?:-[A-ZÀ-Ý][a-zà-ÿß]+)?(?:[ \t]+(?:et|&)[ \t]+"
    r"(?:Fils|Frères|Freres|Cie))?)(?![\w’'])"
    # (thirty-first pass, p88) a second partner after "&" or "und": "Huber & Vogt"
    r"(?:[ \t]+(?:&|und)[ \t]+(?P<partner>[A-ZÀ-Ý][a-zà-ÿß]+(?:-[A-ZÀ-Ý][a-zà-ÿß]+)?)(?![\w’']))?"
)


_PARTNERS_WORDS = {"Fils", "Frères", "Freres", "Cie", "Associés", "Associes", "Söhne", "Partner"}


def trade_names(text: str) -> Iterator[tuple[int, int, float]]:
    """The owner's surname in a trade's name, even a common word ("Menuiserie Constant", "Boulangerie Petit"): a
    surname the gazetteer knows that is no place, or no French word."""
    for match in _TRADE_NAME.finditer(text):
        word = match.group("name").split()[0]
        kind = lookup(word)
        lower = word.lower()
        if lower in STOP_WORDS or lower in _FUNCTION_WORDS or lower in _CLOSING_WORDS or fold(lower) in _BRANDS:
            continue  # "garage Renault": a brand
        if match.group().lower().replace("’", "'").startswith("l'"):
            # a notary's office is named after its notaries, surnames the gazetteer knows ("l'étude Insee" stays)
            if all(_known_surname(part) and not _public(part) for part in word.split("-")):
                yield match.start("name"), match.start("name") + len(word), 0.6
            continue
        if (kind is not None and kind.surname and not kind.public) or (kind is None and not is_french(word)):
            yield match.start("name"), match.start("name") + len(word), 0.6
            partner = match.group("partner")
            if partner and partner not in _PARTNERS_WORDS:
                yield match.start("partner"), match.end("partner"), 0.6


# A title and the word after it, whatever the word: "Mme Dimanche", "M. Juste", "Madame Vendredi", "Mme Le Goff";
# a first name in brackets between them is read too ("Dr (Yann) Le Bihan", "Mme (Awa) Sissoko").
_TITLED = re.compile(
    r"(?<![\w’'])(?:(?i:mme|mlle|madame|monsieur|mademoiselle|docteur|maître|maitre|dr)\.?|M\.|Mr\.?|Me|"
    r"Mrs\.?|Ms\.?|Miss|"
    # (twenty-sixth pass, second shift, p69) a rank of the police or the army before a surname, as a title is: "un
    # certain « lieutenant Dubreuil »", "le brigadier-chef Morel"; not a street named after one ("rue du Commandant
    # Charcot", "place Capitaine Dreyfus")
    r"(?<!du )(?<!Du )(?<!DU )(?<!rue )(?<!place )(?<!avenue )(?<!quai )(?<!allée )(?<!cours )"
    r"(?i:lieutenant|capitaine|commandant|adjudant(?:-chef)?|brigadier(?:-chef)?|gendarme|sergent(?:-chef)?|"
    r"major|commissaire|inspecteur|inspectrice|officier))[ \t]+"
    r"(?:(?i:veuve|vve|épouse|ép\.)[ \t]+)?"
    r"(?:\([ \t]*(?P<first>[A-ZÀ-Ý][a-zà-ÿß]+(?:-[A-ZÀ-Ý][a-zà-ÿß]+)?)[ \t]*\)[ \t]+)?"
    r"(?P<name>(?:(?:Le|La|De|Du|Des|Van|Von|Da|Dos|Di|Ben|El|Al|Ait|Aït|de|du|van|von|da|dos|di|ben|el)[ \t]+)?"
    r"(?:[DLN][’'])?[A-ZÀ-Ý][a-zà-ÿß]+(?:-[A-ZÀ-Ý][a-zà-ÿß]+)?|[A-ZÀ-Ý]{2,}(?:-[A-ZÀ-Ý]{2,})?)(?![\w’'])"
)


# Words in brackets after a title that are no first name: "Mme (veuve) Martin".
_NOT_BRACKETED = {"veuve", "vve", "épouse", "née", "nee", "dite", "dit"}

_TITLE_WORDS = {
    "monsieur",
    "madame",
    "mademoiselle",
    "messieurs",
    "mesdames",
    "mme",
    "mlle",
    "docteur",
    "maître",
    "maitre",
}


def titled_names(text: str) -> Iterator[tuple[int, int, float]]:
    """The word after a title is a name, even a common word ("Mme Dimanche", "M. Juste"); not a role ("Monsieur le
    Directeur" has no capital after the title) nor a stop word ("Madame Ou")."""
    for match in _TITLED.finditer(text):
        name = match.group("name")
        last = name.split()[-1]
        lower = last.lower()
        if lower in _CLOSING_WORDS or lower in _FUNCTION_WORDS or (lower in STOP_WORDS and len(last) < 4):
            continue
        if lower in _TITLE_WORDS:
            continue  # "Madame Monsieur", "MADAME, MONSIEUR"
        if " " not in name and lower in STOP_WORDS and lookup(last) is None:
            continue
        yield match.start("name"), match.end("name"), 0.7
        first = match.group("first")
        if not first or first.lower() in _TITLE_WORDS | _CALENDAR | STOP_WORDS | _CLOSING_WORDS | _NOT_BRACKETED:
            continue
        if lookup(first) is not None or not is_french(first):  # "Dr (Urgences) Martin": a French word stays
            yield match.start("first"), match.end("first"), 0.7


# A title typed in lower case and the name after it: "m. Oliveira" (a capital after "m.", not after a number of
# metres, "3 m. Ensuite"), "le notaire maitre dupuis", "merci madame garcia" (in lower case, a surname or a first
# name the gazetteer knows that is no common word: "monsieur le maire", "maître nageur" stay).
_LOWER_TITLED = re.compile(
    r"(?<![\w’'\-.])(?<!\d[ \t])(?:(?P<m>m\.)[ \t]+(?P<capital>[A-ZÀ-Ý][a-zà-ÿß]+(?:-[A-ZÀ-Ý][a-zà-ÿß]+)?)"
    r"|(?i:mme|mlle|madame|monsieur|mademoiselle|docteur|maître|maitre|dr\.?|m\.|mr\.?)[ \t]+"
    r"(?P<lower>[a-zà-ÿ][a-zà-ÿß]+(?:-[a-zà-ÿ][a-zà-ÿß]+)?))(?![\w’'])"
)


def lower_titled_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_LOWER_TITLED`."""
    for match in _LOWER_TITLED.finditer(text):
        name = match.group("capital") or match.group("lower")
        lower = name.lower()
        if lower in _CLOSING_WORDS or lower in _FUNCTION_WORDS or lower in STOP_WORDS or lower in _TITLE_WORDS:
            continue
        if lower in _CALENDAR:
            continue
        kind = lookup(name)
        if match.group("capital"):
            if _plain_common(name) and not (kind is not None and kind.surname):
                continue
        elif kind is None or kind.common or is_common(name) or not (kind.surname or kind.first):
            continue
        start = match.start("capital") if match.group("capital") else match.start("lower")
        yield start, start + len(name), 0.7


_CAPITALS = re.compile(r"(?<![\w’'\-])(?P<word>[A-ZÀ-Ý]{4,}(?:-[A-ZÀ-Ý]{2,})?)(?![\w’'\-])")
_ACRONYMS = set(
    "caf cpam urssaf carsat cnav msa mdph aah aspa apl als alf rsa ants ofii ofpra anah sncf ratp agirc arrco "
    "cerfa ircantec cnracl siret siren iban swift fiscal cedex bis ter".split()
)


def capital_surnames(text: str) -> Iterator[tuple[int, int, float]]:
    """A word in capitals anywhere that the gazetteer knows only as a surname ("HERNANDEZ", "MOREIRA"), not a French
    word, a place or an administration's acronym; in a text that is not written all in capitals."""
    letters = [char for char in text if char.isalpha()]
    if letters and sum(char.isupper() for char in letters) > 0.5 * len(letters):
        return
    for match in _CAPITALS.finditer(text):
        word = match.group("word")
        if word.lower() in _ACRONYMS or is_french(word) or is_common(word):
            continue
        kind = lookup(word)
        if kind is not None and kind.surname and not kind.common and not kind.public:
            yield match.start(), match.end(), 0.6


# A surname in capitals, then the first names in title case, as forms and foreign papers give a name: "Défunt :
# CAMBLONG Pierre Jean", "my name as WICKRAMASINGHE Pathirage Don Chaminda". The word in capitals is no French word,
# no acronym, brand or département, and a surname the gazetteer knows or no name at all; the first word after it a
# first name the gazetteer knows or a word of no language; the words after that are taken while they pass too.
_CAPITALS_THEN_NAMES = re.compile(
    r"(?<![\w’'\-])(?P<caps>[A-ZÀ-Ý]{4,}(?:-[A-ZÀ-Ý]{2,})?)"
    r"(?P<rest>(?:[ \t]+[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?){1,3})(?![\w’'\-])"
)


def _given_after_capitals(word: str) -> bool:
    if is_common(word) or word.lower() in _OFFICE_WORDS or word.lower() in _CALENDAR or fold(word) in _BRANDS:
        return False
    kind = lookup(word)
    if kind is not None:
        return kind.first  # "CAMBLONG Pierre Jean": a first name, even a common or a public one
    return not is_french(word)


def capitals_then_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_CAPITALS_THEN_NAMES`; in a text that is not written all in capitals."""
    letters = [char for char in text if char.isalpha()]
    if letters and sum(char.isupper() for char in letters) > 0.5 * len(letters):
        return
    for match in _CAPITALS_THEN_NAMES.finditer(text):
        caps = match.group("caps")
        lower = caps.lower()
        if lower in _ACRONYMS or is_french(caps) or is_common(caps) or lower in _OFFICE_WORDS:
            continue
        if fold(caps) in _BRANDS or fold(caps) in _DEPARTMENTS:
            continue
        kind = lookup(caps)
        if kind is not None and (not kind.surname or kind.common or kind.public):
            continue
        if kind is None and (len(caps) < 6 or not re.search(r"[AEIOUYÀ-ÆÈ-ÏÒ-ÖÙ-Ý]", caps)):
            continue  # "CGSS Guyane", "SARL Bâti-Est": an unknown word needs a name's length and a vowel
        end = match.end("caps")
        for word in re.finditer(r"\S+", match.group("rest")):
            if not _given_after_capitals(word.group()):
                break
            end = match.start("rest") + word.end()
        if end > match.end("caps"):
            yield match.start("caps"), end, 0.6


# A surname in capitals as a file's name, in a subject line or a reference: "Objet : Dossier MOREAU Logement",
# "Réf. dossier CHEVALIER Julie", "famille MARTIN". Lists of words (is_french) know many surnames ("Moreau"), so the
# word only needs to be a surname of the gazetteer; one that is also a common word ("PETIT", "CHEVALIER",
# "MARIAGE") needs a known first name after it; benefits' acronyms ("AME", "CSS") never.
_FILED = re.compile(
    r"(?<![\w’'\-])(?i:dossier|famille|fam\.|affaire|réf\.?|ref\.?|référence|reference)[ \t]*(?:n°|:|-)?[ \t]*"
    r"(?:(?P<word>[A-ZÀ-Ý]{3,}(?:-[A-ZÀ-Ý]{2,})?)|(?P<titled>[A-ZÀ-Ý][^\W\d_]{2,}(?:-[A-ZÀ-Ý][^\W\d_]+)?))(?![\w’'\-])"
    r"(?P<next>[ \t]+[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)?"
)
_BENEFITS = _ACRONYMS | set("ame css ald cmu pch dalo aeeh ars asf paje cmg prepare are ass ada".split())


def filed_surnames(text: str) -> Iterator[tuple[int, int, float]]:
    """A surname in capitals after "dossier", "famille", "réf." (see `_FILED`), in a text not written in capitals."""
    if in_capitals(text):
        return
    for match in _FILED.finditer(text):
        if match.group("titled"):
            # capitalised: a surname that is no word of the lexicon ("TR: dossier Kowalski", not "dossier Logement")
            word = match.group("titled")
            kind = lookup(word)
            if kind is not None and kind.surname and not kind.common and not is_french(word):
                if word.lower() not in _BENEFITS:
                    yield match.start("titled"), match.end("titled"), 0.6
            continue
        word = match.group("word")
        kind = lookup(word)
        if word.lower() in _BENEFITS or kind is None or not kind.surname:
            continue
        following = (match.group("next") or "").strip()
        if kind.common and not (following and is_name(following, first=True)):
            continue
        yield match.start("word"), match.end("word"), 0.6


# Words glued in camel case, as hashtags, handles and pseudonyms write them: "#JusticePourKarim", "JeanDupont".
_CAMEL = re.compile(r"(?<![\w@./:\-])#?(?P<token>[A-ZÀ-Ýa-zà-ÿ][a-zà-ÿ]*(?:[A-ZÀ-Ý][a-zà-ÿ]+)+)\d*(?![\w@\-])")
_CAMEL_PART = re.compile(r"[A-ZÀ-Ý]?[a-zà-ÿ]+")


def glued_names(text: str) -> Iterator[tuple[int, int, float]]:
    """In a camel-case word, a first name that is no word of any list ("Karim", "Lucas"), or a first name then a
    surname the gazetteer knows ("JeanDupont"); not "FranceConnect", "PayPal", "MaPrimeRénov'"."""
    for match in _CAMEL.finditer(text):
        parts = [(match.start("token") + m.start(), m.group()) for m in _CAMEL_PART.finditer(match.group("token"))]
        kinds = [lookup(part) for _, part in parts]
        for index, ((start, part), kind) in enumerate(zip(parts, kinds, strict=True)):
            if kind is None or not kind.first or kind.common or len(part) < 3 or not part[0].isupper():
                continue
            following = kinds[index + 1] if index + 1 < len(parts) else None
            if following is not None and following.surname and not following.common:
                yield start, parts[index + 1][0] + len(parts[index + 1][1]), 0.6
            elif not kind.public and not is_french(part):
                yield start, start + len(part), 0.6


# The name before an address in a pasted mail's header: "De : Rania <rania2000@hotmail.com>", "From: "Kader B."
# <…>", "À : Loïc Le Du [mailto:…]"; not an office's ("Caf de la Gironde <ne-pas-repondre@caf.fr>").
_HEADER = re.compile(
    r"(?im)^[ \t>]*(?:de|from|à|a|to|cc|cci|bcc|envoyé par|expéditeur|expediteur|destinataire)[ \t]*:[ \t]*"
    r"[\"'“]?(?P<name>[^\W\d_][^<>\n\"“”@:;\[\]]{0,60}?)[\"'”]?[ \t]*(?:<[^>\n]*@|\[mailto:)"
)
_OFFICE_WORDS = _BENEFITS | set(
    "service services mairie préfecture prefecture équipe equipe accueil agence caisse centre direction bureau "
    "assurance maladie retraite france travail impots impôts département conseil ne pas répondre repondre noreply "
    "no-reply notification notifications contact support info".split()
)


def header_names(text: str) -> Iterator[tuple[int, int, float]]:
    """The display name of a sender or recipient in a pasted mail header (see `_HEADER`)."""
    for match in _HEADER.finditer(text):
        name = match.group("name").rstrip(" \t.,")
        words = _words(name)
        if not words or len(words) > 5 or any(word.lower() in _OFFICE_WORDS for word in words):
            continue
        if any(is_name(word) or not is_french(word) for word in words if len(word) > 1) or _all_names(words):
            yield match.start("name"), match.start("name") + len(name), 0.75


def _all_names(words: list[str]) -> bool:
    """Two or three capitalised words that the gazetteer all knows as names, even common words ("Pierre Marin",
    "Rose Petit"), the first or the last a first name ("Marchand Pierre", as mail programs write the surname first):
    in a slot that holds a person (a mail header's sender), the person."""
    kinds = [lookup(word) for word in words]
    return (
        2 <= len(words) <= 3
        and all(word[0].isupper() and kind is not None for word, kind in zip(words, kinds, strict=True))
        and (kinds[0].first or kinds[-1].first)
    )


# The writer says who they are to someone: "jsuis rose, la maman de tom", "c'est pierre, le fils de Mme Roux",
# "Bonsoir, ici Sophie, la fille de…"; or gives their name after a greeting: "Bonsoir, ici Mehdi", "Awa à
# l'appareil".
_WHO_TO = (
    r"(?:maman|papa|mère|mere|père|pere|fille|fils|femme|mari|épouse|epouse|compagne|compagnon|sœur|soeur|frère|"
    r"frere|grand-mère|grand-mere|grand-père|grand-pere|tante|oncle|cousine?|nièce|niece|neveu|voisine?|amie?|"
    r"tutrice|tuteur|curatrice|curateur|aidante?|assistante?|auxiliaire|nounou|belle-fille|beau-fils|petite?-fille|"
    r"petit-fils)"
)
_INTRODUCED = re.compile(
    r"(?i:\b(?:je[ \t]+suis|jsuis|chui|moi[ \t]+c['’ ]?est|moi[ \t]+c|c['’ ]?est|ici))"
    rf"[ \t]+(?P<name>{_W})[ \t]*,?[ \t]+"
    rf"(?i:(?:la|le|l['’])[ \t]*{_WHO_TO}[ \t]+(?:de|d['’]|du|des)\b)"
    rf"|(?i:\b(?:bonjour|bonsoir|salut|coucou|allô|allo|hello)[ \t]*[,!.]?[ \t]*ici)[ \t]+(?P<greeted>{_W})"
    rf"|(?<![\w'’\-])(?P<caller>{_W})[ \t]+(?i:à[ \t]+l['’][ \t]*appareil)\b"
)
# A couple named with titles, their first names between brackets: "Mr et Mme Laval (Jean-Marc et Sylvie)".
_COUPLE_FIRST_NAMES = re.compile(
    rf"(?<![\w'’\-]){_TITLE}(?:[ \t]+(?:et|&)[ \t]+{_TITLE})?[ \t]+{_W}(?:[ \t]+{_W})?"
    r"[ \t]*\((?P<inner>[^()\n]{2,60})\)"
)


# Whose mother, son, neighbour… someone is: "la maman de tom ines et…", "le fils de Paul", "la voisine d'Awa".
# A name and, in brackets, whose relative it is: "Personne à contacter : Ghislain (mon frère)", "Awa Sy (ma fille)".
_KIN_WORD = (
    r"(?i:mon|ma|notre|son|sa|leur)[ \t]+"
    rf"(?:beau-frère|beau-frere|belle-sœur|belle-soeur|beau-père|beau-pere|belle-mère|belle-mere|{_WHO_TO})"
)
_KIN_BRACKETED = re.compile(rf"(?<![\w'’\-])(?P<name>{_W}(?:[ \t]+{_W}){{0,2}})[ \t]*\({_KIN_WORD}\)")


# The same relative after a comma, the apposition ending there: "J'ai donné procuration à Martin, mon frère.",
# "Rose, ma voisine, ne parle pas français" (not "à Lyon, mon fils habite…": a verb goes on after the relative).
_KIN_APPOSED = re.compile(
    rf"(?<![\w'’\-])(?P<name>{_W}(?:[ \t]+{_W}){{0,2}}),[ \t]*{_KIN_WORD}" r"(?=[ \t]*(?:[,.;!?)\n]|$|qui\b))"
)
# (thirty-fifth pass) both patterns start at every word: each is tried only where its bracket or comma before a
# relative is written (`scan_once.AnchorGate`)
_KIN_GATES = {_KIN_BRACKETED: AnchorGate(rf"\({_KIN_WORD}\)"), _KIN_APPOSED: AnchorGate(rf",[ \t]*{_KIN_WORD}")}


def kin_bracketed_names(text: str) -> Iterator[tuple[int, int, float]]:
    """The capitalised words before "(mon frère)", "(ma fille)", ", mon frère.": from the last function word on,
    no French word alone ("Contact (mon frère)" is none); after a comma, a first name that is also a common word
    too, inside a sentence ("…à Rose, ma voisine.")."""
    for regex in (_KIN_BRACKETED, _KIN_APPOSED):
        if not _KIN_GATES[regex].may_match(text):
            continue
        for match in regex.finditer(text):
            start = match.start("name")
            words = list(re.finditer(_W, match.group("name")))
            # keep the capitalised words at the end: "à contacter Ghislain" → "Ghislain"
            while words and not words[0].group()[0].isupper():
                words.pop(0)
            if not words or not all(word.group()[0].isupper() for word in words):
                continue
            values = [word.group() for word in words]
            inside = not _SENTENCE_START.search(text[max(0, start + words[0].start() - 3) : start + words[0].start()])
            if any(
                value.lower() in _FUNCTION_WORDS
                or value.lower() in _CLOSING_WORDS
                or _plain_common(value)
                and not (regex is _KIN_APPOSED and inside and _first_name_word(value))
                for value in values
            ):
                continue
            apposed = regex is _KIN_APPOSED and inside
            if any(is_name(value) or not is_french(value) or apposed and _first_name_word(value) for value in values):
                yield start + words[0].start(), start + words[-1].end(), 0.75


def _first_name_word(word: str) -> bool:
    """A word the gazetteer knows as a first name, even a common word ("Rose"), that no closing or stop word is."""
    kind = lookup(word)
    return (
        kind is not None
        and kind.first
        and word.lower() not in STOP_WORDS
        and not _ELIDED.match(word)
        and fold(word) not in _SUBJECT_NOT
    )


_KIN_OF_NAMES = re.compile(rf"(?i:\b(?:la|le|l['’])[ \t]*{_WHO_TO}[ \t]+(?:de|d['’])[ \t]*)")


def _kin_of_name(word: str) -> bool:
    """A first name the gazetteer knows after "la maman de": capitalised, even a public name ("Paul"); in lower
    case, no common or French word ("tom", "ines", not "famille", "mon")."""
    if word.lower() in STOP_WORDS or is_filler(word) or word.isupper() or _plain_common(word):
        return False
    kind = lookup(word)
    if kind is None or not kind.first:
        return False
    if word[0].isupper():
        return fold(word) not in _DEPARTMENTS | _BRANDS and word.lower() not in {"france", "marianne"}
    # a first name the lexicon holds only as a headword of its index, never as a form of its lookup table, is
    # the name here ("la maman de lina", "le papa de julie"); "la mère de rose" (a common word) is not
    return not kind.common and not (is_french(word) and not kind.public and is_inflected_form(word))


def introduced_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_INTRODUCED` and `_COUPLE_FIRST_NAMES`: a first name the gazetteer knows, even a common word ("rose")
    when the writer says whose mother she is; after a greeting's "ici" or before "à l'appareil", a known first
    name that is no common word, or a capitalised word of no language the lexicon knows."""
    for match in _INTRODUCED.finditer(text):
        group = "name" if match.group("name") else "greeted" if match.group("greeted") else "caller"
        word = match.group(group)
        kind = lookup(word)
        if word.lower() in STOP_WORDS or is_filler(word) or kind is not None and kind.public and not kind.first:
            continue
        if kind is not None and kind.first and (group == "name" or not kind.common):
            yield match.start(group), match.end(group), 0.7
        elif kind is None and _foreign_word(word):
            yield match.start(group), match.end(group), 0.6
    for match in _KIN_OF_NAMES.finditer(text):
        position = match.end()
        for _ in range(6):  # "la maman de tom ines et le petit yanis": the names listed after the first
            word = re.compile(_W).match(text, position)
            if word is None or not _kin_of_name(word.group()):
                break
            yield word.start(), word.end(), 0.6
            joiner = re.compile(r"[ \t]*(?:,|et\b|&)?[ \t]*").match(text, word.end())
            position = joiner.end() if joiner else word.end()
    for match in _COUPLE_FIRST_NAMES.finditer(text):
        inner = match.start("inner")
        for word in re.finditer(_W, match.group("inner")):
            kind = lookup(word.group())
            if word.group()[0].isupper() and kind is not None and kind.first:
                yield inner + word.start(), inner + word.end(), 0.7


# A signature said as such, even on a one-line message: "Signé : Dédé (le voisin du dessus)", "… merci. Signé
# Ousmane K." (at the start of a line or a sentence; "j'ai signé le bail" is neither).
_SIGNED = re.compile(
    r"(?im)(?:^|(?<=[.!?…]))[ \t]*(?:sign[ée]e?(?:[ \t]+par)?|signature)[ \t]*(?::[ \t]*|[ \t]+)(?=[^\W\d_])"
)


def signed_names(text: str) -> Iterator[tuple[int, int, float]]:
    """The name after "Signé :", "Signature :", "Signé par", in the position of a signature."""
    for match in _SIGNED.finditer(text):
        line_end = text.find("\n", match.end())
        head_start, head_end, _ = _head(text, match.end(), len(text) if line_end < 0 else line_end)
        head = text[head_start:head_end]
        if head and _SEQ.fullmatch(head) and name_like(head, strong_position=True):
            yield head_start, head_end, 0.8


# Someone the writer is with, lives with or went somewhere with: "je suis venue avec Oluwaseun", "j'habite avec
# Teodora Vasilescu depuis 2019", "pacsé avec Ngozi". The word after "avec" must be capitalised and of no language
# the lexicon knows, or a known first name, and not a brand; the verb before says a person follows ("payé avec
# Lydia", "rendez-vous pris avec Doctolib" have none).
_WITH_PERSON = re.compile(
    r"(?i)(?:(?<!\w)(?:venue?s?|passée?s?|allée?s?|partie?s?|arrivée?s?|sortie?s?|rentrée?s?|revenue?s?|"
    r"vi[st]|vivons|vivez|vivent|vivais|vivait|vécu|habite|habites|habitons|habitent|habitais|habitait|cohabite|"
    r"mariée?s?|remariée?s?|pacsée?s?|fiancée?s?|séparée?s?|separee?s?|divorcée?s?|en couple|ensemble|"
    r"rencontrée?s?|parlé|discuté|disputée?s?|logée?s?|hébergée?s?|accompagnée?s?|installée?s?|colocation|coloc|"
    r"un enfant|des enfants|deux enfants|trois enfants|en garde alternée)"
    # a few words between the verb and "avec" ("je suis allée à la mairie avec …"), none after a bare "je suis"
    r"(?:[ \t]+[^\s.,;:!?()«»\"]+){0,4}?[ \t]+avec[ \t]+|"
    r"(?<!\w)(?:je suis|j['’]étais|on est|on était|nous sommes|nous étions)[ \t]+avec[ \t]+)"
    r"(?P<name>(?-i:[A-ZÀ-Ý][\w'’\-]+)(?:[ \t]+(?-i:[A-ZÀ-Ý][\w'’\-]+)){0,2})"
)


def names_with_avec(text: str) -> Iterator[tuple[int, int, float]]:
    """The capitalised words after "avec" when a verb of living or going with someone comes before (see above)."""
    for match in _WITH_PERSON.finditer(text):
        start = match.start("name")
        words = [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", match.group("name"))]
        kept: list[tuple[int, int]] = []
        for a, b in words:
            word = text[a:b]
            kind = lookup(word)
            personal = _foreign_word(word) or kind is not None and kind.first and not kind.common
            if not personal or word.lower() in _BRANDS or kind is not None and kind.public:
                break
            kept.append((a, b))
        if kept:
            yield kept[0][0], kept[-1][1], 0.75


# A writer naming themselves in lower case after "c'est moi" or "moi c'est": "c'est moi ibou, je vous ai écrit
# hier", "cc c moi ndeye la voisine". One word of no French, English nor message-filler kind, with a vowel ("c'est
# moi mtn", "c'est moi qui", "c'est moi même" stay), ending the phrase or followed by who the writer is.
_SELF_NAMED = re.compile(
    r"(?i)(?<![\w'’])(?:c['’ ]?est[ \t]+moi|cest[ \t]+moi|c[ \t]+moi|"
    r"moi[ \t]*,?[ \t]*c['’ ]?est|moi[ \t]*,?[ \t]*cest|moi[ \t]+c)[ \t]*,?[ \t]+(?P<name>(?-i:[a-zà-ÿ][a-zà-ÿ\-]+))"
    r"(?=[ \t]*(?:[.!?;,:\n)]|$)|[ \t]+(?:la|le|l['’]|votre|ton|ta|du|de|des|qui|et|je|j['’]|ici)\b)"
)


def self_named_lower(text: str) -> Iterator[tuple[int, int, float]]:
    """The writer's own name in lower case after "c'est moi" (see above); a name of two letters too when the
    gazetteer has it as a first name ("c moi jo", "c'est moi lu"), never a French function word."""
    for match in _SELF_NAMED.finditer(text):
        word = match.group("name")
        kind = lookup(word) if len(word) == 2 else None
        short = kind is not None and kind.first and not kind.public and word not in STOP_WORDS
        if (
            (_unknown_lower(word) or short)
            and word not in _ENGLISH
            and word not in STOP_WORDS
            and re.search(r"[aeiouyàâäéèêëîïôöùûü]", word)
        ):
            yield match.start("name"), match.end("name"), 0.75
    for match in _SELF_SHORT.finditer(text):
        word = match.group("name")
        kind = lookup(word)
        if kind is not None and kind.first and not kind.public and word.lower() not in STOP_WORDS | _ENGLISH:
            yield match.start("name"), match.end("name"), 0.7
    for match in _SELF_PAIR.finditer(text):
        words = match.group("name").split()
        if all(_unknown_lower(word) and word not in _ENGLISH and word not in STOP_WORDS for word in words):
            yield match.start("name"), match.end("name"), 0.7


# (thirty-first pass, p90e) A given name and a surname in lower case that no language the lexicon knows holds, after
# "je suis" or "moi c'est": "moi je suis tavita lauhea porte 24", "je suis sione falelavaki" (both words unknown:
# "je suis très fatiguée", "je suis mère célibataire" stay).
_SELF_PAIR = re.compile(
    r"(?i)(?<![\w'’])(?:moi[ \t]+je[ \t]+suis|je[ \t]+suis|j['’]?[ \t]*suis|moi[ \t]*,?[ \t]*c['’ ]?est|moi[ \t]+c)"
    r"[ \t]*,?[ \t]+(?P<name>(?-i:[a-zà-ÿ][a-zà-ÿ'’]+(?:-[a-zà-ÿ]+)?[ \t]+[a-zà-ÿ][a-zà-ÿ'’]+(?:-[a-zà-ÿ]+)?))"
    r"(?![\w'’\-])"
)


# A first name of two letters after "je suis", in any case, ending the phrase or followed by who the writer is: "je
# suis Ty, la fille de…", "bonjour je suis vi." (the gazetteer's first names only, never a function word: "je suis
# là", "je suis en").
_SELF_SHORT = re.compile(
    r"(?i)(?<![\w'’])(?:je[ \t]+suis|j['’]?[ \t]*suis|jsuis|chui|moi[ \t]+je[ \t]+suis)[ \t]*,?[ \t]+"
    r"(?P<name>[^\W\d_]{2})"
    r"(?=[ \t]*(?:[.!?;,:\n)]|$)|[ \t]+(?:la|le|l['’]|votre|ton|ta|du|de|des|qui|et|je|j['’]|ici|mère|mere|père|pere|"
    r"fille|fils|soeur|sœur|frère|frere|maman|papa)\b)"
)


# A full name with a nickname in quotes inside it: 'Sébastien "Seb" Morel', "Jean-Marc « Jeannot » Lefebvre",
# "Marie-Thérèse “Maïté” DURAND". The first word is a known first name (not a place nor a public figure), the
# nickname one or two words, the surname one or two capitalised words of no common kind.
_NICKNAMED = re.compile(
    rf"(?<![\w'’\-])(?P<first>{_W})[ \t]+(?:\"|«[ \t\u00a0]*|“|‘|')(?P<nick>{_W}(?:[ \t]{_W})?)"
    rf"(?:\"|[ \t\u00a0]*»|”|’|')[ \t]+(?P<last>{_W}(?:[ \t]+{_W})?)"
)


# A third party named by the role they play in the writer's life, the slot holding a person whatever the word:
# "mon bailleur Pierre Marin", "Le propriétaire, Marin, dit…", "la doctoresse Blanche", "mon conseiller Pierre".
_ROLE = re.compile(
    r"(?i:\b(?:mon|ma|notre|votre|son|sa|leur|le|la|l['’])[ \t]*(?:ancien(?:ne)?[ \t]+|nouvel(?:le)?[ \t]+|"
    r"nouveau[ \t]+|ex-?[ \t]*)?"
    r"(?:bailleur|bailleuse|propriétaire|proprietaire|proprio|logeur|logeuse|patron|patronne|employeur|employeuse|"
    r"chef|cheffe|manager|responsable|conseiller|conseillère|conseillere|gardien|gardienne|concierge|médecin|"
    r"medecin|docteur|doctoresse|généraliste|generaliste|pédiatre|pediatre|dentiste|kiné|kine|kinésithérapeute|"
    r"infirmier|infirmière|infirmiere|sage-femme|psychiatre|psychologue|avocat|avocate|notaire|huissier|"
    r"maîtresse|maitresse|instit|institutrice|instituteur|professeur|professeure|prof|directeur|directrice|"
    r"principal|principale|référent|référente|referent|referente|éducateur|éducatrice|educateur|educatrice|"
    r"assistante?[ \t]+sociale?|tuteur|tutrice|curateur|curatrice|mandataire|ex-mari|ex-femme|ex-conjointe?|"
    r"ex-compagne?|ex-compagnon|ex-époux|ex-épouse|beau-père|belle-mère|voisin|voisine|hébergeur|hébergeuse)"
    r"(?:[ \t]+(?:traitante?|référente?|referente?|actuelle?|précédente?))?)"
    r"[ \t]*,?[ \t]+(?P<name>[A-ZÀ-Ý][a-zà-ÿß]+(?:-[A-ZÀ-Ý][a-zà-ÿß]+)?|[A-ZÀ-Ý]{3,}(?:-[A-ZÀ-Ý]{2,})?)(?![\w’'\-])"
)


def role_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_ROLE`: the first word a name the gazetteer knows, even a common word or a place's name, or a word of no
    language the lexicon knows; never an administration's or a benefit's word ("mon conseiller France Travail")."""
    for match in _ROLE.finditer(text):
        word = match.group("name")
        lower = word.lower()
        if (
            _plain_common(word)
            or lower in STOP_WORDS
            or lower in _FUNCTION_WORDS
            or lower in _TITLE_WORDS
            or lower in _OFFICE_WORDS
            or lower in _CALENDAR
        ):
            continue
        kind = lookup(word)
        if kind is not None or (not is_french(word) and not is_filler(word)):
            yield match.start("name"), match.end("name"), 0.6


_CALENDAR = set(
    "lundi mardi mercredi jeudi vendredi samedi dimanche janvier février fevrier mars avril mai juin juillet août "
    "aout septembre octobre novembre décembre decembre".split()
)


# A form's label of a person's name, whoever's it is ("Nom de l'enfant : Petit Marin", "Prénom du conjoint :
# Blanche", "NOM ET PRÉNOM DU DEMANDEUR : ROSE Pierre"): the value, on the label's line, is a name whatever the word.
_LABELLED = re.compile(
    r"(?im)^[ \t>*\-–•]*(?:nom|noms|prénoms?|prenoms?|nom[ \t]+(?:et|/)[ \t]+prénoms?|prénoms?[ \t]+(?:et|/)[ \t]+nom|"
    r"nom[ \t]+(?:de[ \t]+naissance|d['’]usage|de[ \t]+famille|de[ \t]+jeune[ \t]+fille|marital|patronymique))"
    r"(?P<whose>[ \t]+(?:de[ \t]+l['’]|de[ \t]+la|du|des|de|d['’])[ \t]*[^\W\d_][\w\-]*(?:[ \t]+[^\W\d_][\w\-]*)?)?"
    r"[ \t]*\*?[ \t]*:[ \t]*(?P<value>[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*){0,3})[ \t.]*$"
)
_NOT_WHOSE = re.compile(
    r"(?i)\b(?:commune|ville|organisme|établissement|etablissement|école|ecole|société|societe|entreprise|banque|"
    r"rue|voie|fichier|caisse|mutuelle|structure|association|pays|département|departement|logiciel|service)\b"
)


def labelled_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_LABELLED`: each word of the value capitalised or in capitals, no administration's word."""
    for match in _LABELLED.finditer(text):
        if match.group("whose") and _NOT_WHOSE.search(match.group("whose")):
            continue
        words = _words(match.group("value"))
        if not words or any(not word[0].isupper() for word in words if not _is_glue(word)):
            continue
        if any(is_common(word) or word.lower() in _OFFICE_WORDS for word in words if not _is_glue(word)):
            continue
        yield match.start("value"), match.end("value"), 0.7


# The client of an invoice or a quote the writer copies ("Client : Vasseur, 4 rue …", "Cliente : Mme Ouvrard⏎…"):
# the capitalised words after the label, a title before them or not, up to a comma, a dash or the line's end.
_INVOICE_CLIENT = re.compile(
    r"(?m)(?<![\w'’])(?i:client|cliente|clients)[ \t]*:[ \t]*"
    r"(?:(?:M\.|Mme|Mlle|Mr|Monsieur|Madame|M\.[ \t]+et[ \t]+Mme|M\.[ \t]+ou[ \t]+Mme)[ \t]+)?"
    r"(?P<value>[A-ZÀ-Ý][\w'’\-]*(?:[ \t]+[A-ZÀ-Ý][\w'’\-]*){0,2})(?=[ \t]*(?:[,;–—]|[ \t]-[ \t]|$))"
)


def invoice_clients(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_INVOICE_CLIENT`: no common word, no administration's word ("Client : Mairie de Lodève" stays), not only
    French words that are no one's name."""
    for match in _INVOICE_CLIENT.finditer(text):
        words = _words(match.group("value"))
        words = [word for word in words if not _is_glue(word)]
        if not words or any(is_common(word) or word.lower() in _OFFICE_WORDS for word in words):
            continue
        if all(is_french(word) and lookup(word) is None for word in words):
            continue  # "Client : Particulier", "Cliente : Comptant": a French word no one bears
        yield match.start("value"), match.end("value"), 0.7


# A form's field of first names, several after one label and commas, the field ended by a bar, a wide gap or the
# line's end: "Prénom(s) : Christiane, Marie, Louise      NOM : …", "Nombre: Milagros | Apellidos: …", "Vorname:
# Anna, Maria". Each word a first name the gazetteer knows or a word of no language the lexicon knows; none common.
_FIRST_NAMES_FIELD = re.compile(
    r"(?im)(?:^|[|/][ \t]*|[ \t]{2,})(?:prénom\(s\)|prenom\(s\)|prénoms?|prenoms?|nombres?|first[ \t]+names?|"
    r"given[ \t]+names?|vornamen?|prenome|nome[ \t]+próprio)[ \t]*:[ \t]*"
    r"(?P<names>[A-ZÀ-Ý][\w'’\-]*(?:[ \t]*,[ \t]*[A-ZÀ-Ý][\w'’\-]*){0,5})(?=[ \t]*(?:$|\||[ \t]{2,}|/))"
)


def first_names_field(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_FIRST_NAMES_FIELD`."""
    for match in _FIRST_NAMES_FIELD.finditer(text):
        start = match.start("names")
        words = list(re.finditer(r"[^\s,]+", match.group("names")))
        ok = []
        for word in words:
            value = word.group()
            kind = lookup(value)
            if is_common(value) or value.lower() in _OFFICE_WORDS or value.lower() in _CALENDAR:
                ok = []
                break
            if (kind is not None and kind.first) or (kind is None and not is_french(value)):
                ok.append((start + word.start(), start + word.end()))
            else:
                ok = []
                break
        for span in ok:
            yield *span, 0.7


# Two first names joined by "et" inside a sentence: "avec Jade et Louis", "pour Rose et Marin" - a pair of people,
# even when each word alone could be a thing or a place.
_PAIR = re.compile(
    r"(?<=[a-zà-ÿ,:][ \t])(?P<a>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)[ \t]+et[ \t]+"
    r"(?P<b>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)(?![\w’'\-])"
)


def paired_first_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_PAIR`: both words first names the gazetteer knows, no common word nor a function or calendar word,
    and not both a place's or a public figure's name."""
    for match in _PAIR.finditer(text):
        words = [match.group("a"), match.group("b")]
        kinds = [lookup(word) for word in words]
        if any(kind is None or not kind.first for kind in kinds):
            continue
        if any(_plain_common(w) or w.lower() in _FUNCTION_WORDS or w.lower() in _CALENDAR for w in words):
            continue
        if all(kind.public or kind.common for kind in kinds):
            continue
        hyphened = [part for word in words if "-" in word for part in word.split("-")]
        placed = any(word.startswith("Saint") for word in words) or any(_public(part) for part in hyphened)
        if placed or text[max(0, match.start() - 6) : match.start()].rstrip().endswith("Saint"):
            continue  # "Saint-Barthélemy et Saint-Martin", "Paris-Orly et Paris", "Saint Christophe et Niévès"
        yield match.start("a"), match.end("a"), 0.6
        yield match.start("b"), match.end("b"), 0.6


# A full name set off by commas, a given name the gazetteer lacks then a surname it knows: "étudiant en master à
# Lille, Babajide Okonkwo, numéro allocataire…". The given names of many countries are missing from the list while
# their surnames are there; between commas, a capitalised word no French one, then a surname (no common, public or
# French word), is how one gives one's own or a relative's name in apposition.
_APPOSED_PAIR = re.compile(rf"(?<=,)[ \t]*(?P<a>{_W})[ \t]+(?P<b>{_W})[ \t]*(?=,)")


def apposed_full_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_APPOSED_PAIR`."""
    for match in _APPOSED_PAIR.finditer(text):
        given, family = match.group("a"), match.group("b")
        if not given[0].isupper() or not family[0].isupper() or given.isupper() or family.isupper():
            continue
        if not _foreign_word(given) or len(given) < 4 or lookup(given) is not None:
            continue
        if not _known_surname(family) or _public(family) or is_french(family) or fold(family) in _BRANDS:
            continue
        yield match.start("a"), match.end("b"), 0.6


# The child a place in care is asked for: "une place en crèche pour Tom", "inscrire à la cantine pour Louis". A first
# name the fiches write capitalised ("Tom", "Louis") counts after "pour" there: a crèche or a school is asked for a
# child, never for a town ("la crèche de Nancy" has "de", not "pour").
_CHILD_CARE_FOR = re.compile(
    rf"(?i:crèche|creche|nounou|assistante?s? maternelles?|garderie|cantine|périscolaire|centre de loisirs|"
    rf"halte-garderie|maternelle|école|ecole)(?:[^.!?\n]{{0,40}}?)[ \t]pour[ \t]+(?P<name>{_W})(?![\w'’\-])"
)


def child_care_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_CHILD_CARE_FOR`: a first name (no common or French word, no département) after "pour"."""
    for match in _CHILD_CARE_FOR.finditer(text):
        word = match.group("name")
        if _bracketed_first_name(word):
            yield match.start("name"), match.end("name"), 0.6


# A syllable said twice is how French families call someone ("juju", "titi", "fanfan", "dédé"): a nickname, in any
# case, unless it is one of the words French builds that way (baby talk, kin, onomatopoeia, slang).
_DOUBLED = re.compile(
    r"(?<![\w@.’'\-])(?P<word>(?P<syllable>[^\W\d_]{2,3})(?P=syllable))(?![\w@’'\-]|\.\w)", re.IGNORECASE
)
_DOUBLED_WORDS = set(
    "papa mama tata tonton bébé bebe meme mémé pépé pepe nounou coucou haha hihi hoho hehe blabla manman doudou dodo "
    "bobo coco pipi caca tete bonbon couscous frfr lala gaga nana dada baba cancan tamtam tutu yoyo bibi joujou "
    "toutou zizi cracra froufrou glouglou pioupiou tsétsé tsetse kaka mdrmdr wawa ouaoua cucu fofolle "
    "nunu ptpt bisbis".split()
)


def doubled_nicknames(text: str) -> Iterator[tuple[int, int, float]]:
    """A syllable of two or three letters said twice, alone as a word (see `_DOUBLED`)."""
    for match in _DOUBLED.finditer(text):
        word = match.group("word")
        if word.lower() in _DOUBLED_WORDS or fold(word.lower()) in _DOUBLED_WORDS or word.isupper():
            continue
        yield match.start("word"), match.end("word"), 0.6
        # the first name listed with it in lower case, joined by "et" or a comma: "en coloc avec max et juju"
        before = _LISTED_BEFORE.search(text, max(0, match.start() - 24), match.start())
        after = _LISTED_AFTER.match(text, match.end())
        for listed in (before, after):
            if listed is not None and _lower_listed_first_name(listed.group("name")):
                yield listed.start("name"), listed.end("name"), 0.5


_LISTED_BEFORE = re.compile(r"(?<![\w’'\-])(?P<name>[a-zà-ÿ]{3,12})(?:[ \t]+et[ \t]+|[ \t]*,[ \t]*)\Z")
_LISTED_AFTER = re.compile(r"(?:[ \t]+et[ \t]+|[ \t]*,[ \t]*)(?P<name>[a-zà-ÿ]{3,12})(?![\w’'\-])")


def _lower_listed_first_name(word: str) -> bool:
    """A first name the gazetteer knows, no common word nor a word of a sentence's grammar."""
    kind = lookup(word)
    return (
        kind is not None
        and kind.first
        and not kind.common
        and not kind.public
        and not is_common(word)
        and word not in STOP_WORDS
        and word not in _DOUBLED_WORDS
    )


def _public(word: str) -> bool:
    kind = lookup(word)
    return kind is not None and kind.public


# A signature of initials alone on one of the last lines: "A. B.", "J.-P. M.", "M.D."; not "P.S." or "N.B.".
# "JM.R.": a compound first name's two initials before the surname's.
_INITIALS = r"[A-ZÀ-Ý]{1,2}\.(?:[ \t\-]{0,2}[A-ZÀ-Ý]\.){1,2}"
_INITIALS_LINE = re.compile(r"(?m)^[ \t]*(?P<name>" + _INITIALS + r")[ \t]*$")
# The same after the closing thanks on the last line, before the end, a phone or a placeholder: "… merci. JM.R. (06
# 03 58 19 72)" (p77-054), "Cordialement, A.B."
_SIGNED_INITIALS = re.compile(
    r"(?i:\b(?:merci(?: d'avance| beaucoup)?|cordialement|salutations|bien à vous|bonne (?:journée|soirée)))"
    r"[ \t]*[.,!]+[ \t]*(?P<name>" + _INITIALS + r")(?=[ \t]*(?:$|[(\[+\d]))"
)
_NOT_INITIALS = {"PS", "NB", "PJ", "SVP", "RAS", "AR"}


def initials_lines(text: str) -> Iterator[tuple[int, int, float]]:
    """Initials alone on a line among the last four lines that hold something, or after the thanks of the last
    line: the writer's signature."""
    lines = list(re.finditer(r"(?m)^.*\S.*$", text))
    for line in lines[-4:]:
        match = _INITIALS_LINE.match(text, line.start(), line.end()) or (
            _SIGNED_INITIALS.search(text, line.start(), line.end()) if line is lines[-1] else None
        )
        if match and re.sub(r"[^A-ZÀ-Ý]", "", match.group("name")) not in _NOT_INITIALS:
            yield match.start("name"), match.end("name"), 0.7


def nicknamed_names(text: str) -> Iterator[tuple[int, int, float]]:
    """A first name, a nickname in quotes and a surname, as one name (see above)."""
    for match in _NICKNAMED.finditer(text):
        first = match.group("first")
        kind = lookup(first)
        if kind is None or not kind.first or kind.public or not first[0].isupper() or is_common(first):
            continue
        end = None
        for word in re.finditer(r"\S+", match.group("last")):
            value = word.group()
            if not value[0].isupper() or is_common(value) or value.lower() in STOP_WORDS:
                break
            end = match.start("last") + word.end()
        if end is not None:
            yield match.start("first"), end, 0.8


@functools.lru_cache(maxsize=64)
def in_capitals(text: str) -> bool:
    """A message typed in capitals ("JE VIS EN COLOC AVEC …"): four letters of five or more are capitals."""
    letters = [char for char in text if char.isalpha()]
    return len(letters) >= 20 and sum(char.isupper() for char in letters) >= 0.8 * len(letters)


_SHOUTED = re.compile(r"(?<![\w'’\-])[A-ZÀ-Ý]{3,}(?:-[A-ZÀ-Ý]{2,})?(?![\w'’\-])")


def shouted_first_names(text: str) -> Iterator[tuple[int, int, float]]:
    """In a message typed in capitals, where case tells nothing, a word the gazetteer knows only as a first name
    (never a common word, a place, a public figure, an acronym nor a French word form): "JE DORS CHEZ MOUSSA",
    "MERCI\nFATOU"."""
    if not in_capitals(text):
        return
    for match in _SHOUTED.finditer(text):
        word = match.group()
        lower = word.lower()
        kind = lookup(word)
        if kind is None or not kind.first or kind.common or kind.public:
            continue
        if lower in _ACRONYMS or lower in STOP_WORDS or is_common(word) or is_french(lower) or is_filler(lower):
            continue
        yield match.start(), match.end(), 0.6


# A first name and a surname in lower case that are both ordinary French words ("pierre rose", "marine petit",
# "rose blanche"): no list tells them from words, their position does. Two words the gazetteer knows, the first as
# a first name and the second as a surname (common or not), in a name's place: right after a cue that names
# someone ("je m'appelle", "moi c'est", "mon compagnon", "ma fille"), after the greeting that opens the message
# ("bonjour marine petit ici"), or just before or after a phone number ("pierre rose 06 …"); and the phrase ends
# after them, so that words that merely follow a cue ("c'est rose pâle", "je suis mère célibataire") read on.
_LOWER_PAIR = re.compile(r"(?P<first>[a-zà-ÿ][a-zà-ÿ\-]{2,})[ \t]+(?P<last>[a-zà-ÿ][a-zà-ÿ\-]{2,})(?![\w'’\-])")
_PAIR_END = re.compile(r"[ \t]*(?:[.!?;,:\n()]|$|[jm]['’]|(?:et|qui|ici|je|a|est|(?:tél|tel|port)\w*)(?![\w'’]))")
# (the greeting may be followed by "c'est" or "ici", or replaced by "ici", as on the phone: "bonjour c'est pierre
# rose,", "ici marine petit, je vous rappelle"; a bare "c'est" opening the message is no introduction)
_OPENING_GREETING = re.compile(
    r"(?i)^\W*(?:(?:bonjour|bonsoir|salut|coucou|hello|bjr|slt|allô|allo)"
    r"(?:[ \t]+(?:à[ \t]+(?:tous|vous)|madame|monsieur))?[ \t]*[,!.]?\s*(?:(?:c['’ ]?est|ici)[ \t]+)?|"
    r"ici[ \t]+)"
)
_PHONE_AFTER = re.compile(
    r"[ \t]*[,:\-–]?[ \t]*(?:(?:tél|tel|téléphone|telephone|portable|port)\.?[ \t]*:?[ \t]*)?"
    r"(?:\+33[ \t.]?|0)[1-9](?:[ \t.\-]?\d{2}){4}(?!\d)"
)
_PAIR_BEFORE_PHONE = re.compile(r"(?<![\w'’\-])(?=" + _LOWER_PAIR.pattern + _PHONE_AFTER.pattern + ")")
# (and a pair that ends a line or the message right after a phone number: "joignable au 06 … pierre rose")
_PAIR_AFTER_PHONE = re.compile(
    r"(?<!\d)(?:\+33[ \t.]?|0)[1-9](?:[ \t.\-]?\d{2}){4}(?!\d)[ \t]*[,\-–]?[ \t]*"
    + _LOWER_PAIR.pattern
    + r"(?=[ \t]*(?:[.!]|$))",
    re.MULTILINE,
)
_NOT_IN_PAIR = _FUNCTION_WORDS | _CLOSING_WORDS | _KIN_BEFORE_AGE


def _pair_word(word: str, *, first: bool) -> bool:
    """A word the gazetteer knows as a first name (`first`) or a surname, even if also a common word; never a stop,
    function, closing, kinship, English or filler word."""
    kind = lookup(word)
    return (
        kind is not None
        and (kind.first if first else kind.surname)
        and word not in STOP_WORDS
        and word not in _NOT_IN_PAIR
        and word not in _ENGLISH
        and not is_filler(word)
    )


def _lower_pair_at(text: str, position: int) -> tuple[int, int] | None:
    """The lower-case first name and surname that start at `position`, when they end their phrase."""
    match = _LOWER_PAIR.match(text, position)
    if (
        match is None
        or not _pair_word(match.group("first"), first=True)
        or not _pair_word(match.group("last"), first=False)
        or not (_PAIR_END.match(text, match.end()) or _PHONE_AFTER.match(text, match.end()))
    ):
        return None
    return match.start(), match.end()


def lower_word_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_LOWER_PAIR`: a lower-case first name and surname that are both words, after a cue, after the opening
    greeting, or before a phone number."""
    for cue in matches(_CUE, text):
        if re.match(r"(?i)c['’ ]?est\b", cue.group()):
            continue  # "c'est claire nette": a bare "c'est" is too weak for two common words
        position = cue.end()
        if bridge := _BRIDGE_NAMED.match(text, position):
            position = bridge.end()  # "mon compagnon s'appelle pierre rose"
        if span := _lower_pair_at(text, position):
            yield span[0], span[1], 0.7
    if greeting := _OPENING_GREETING.match(text):
        if greeting.end() > 0 and (span := _lower_pair_at(text, greeting.end())):
            yield span[0], span[1], 0.7
    for match in (*_PAIR_BEFORE_PHONE.finditer(text), *_PAIR_AFTER_PHONE.finditer(text)):
        if _pair_word(match.group("first"), first=True) and _pair_word(match.group("last"), first=False):
            yield match.start("first"), match.end("last"), 0.7


# The name a writer goes by on a messaging app, after its label: "whatsapp : Binta", "Telegram: Oleksandr K.",
# "messenger : Fatou Diallo" (capitalised words, the first a known first name that is no common word, or a word of
# no language the lexicon knows; not "whatsapp : Oui", not a number).
_MESSAGING = re.compile(
    rf"(?i:\b(?:whatsapp|whats[ \t]?app|wa|telegram|signal|messenger|facebook|fb|instagram|insta|snapchat|snap|"
    rf"skype|viber|imo|tiktok)[ \t]*:[ \t]*)(?P<name>{_W}(?:[ \t]+{_W}){{0,2}})"
)


# "Son of" in Maghrebi and Mauritanian names, in lower case: a known first name before it (even a public figure's,
# "ahmed"), a known name or a word of no language after it (even a French word, "cheikh"): "mohamed ould cheikh",
# "karim ait salem". ("ben" is left out: "bon ben", "et ben".)
_PATRONYMIC = re.compile(
    r"(?<![\w'’\-])(?P<first>[a-zà-ÿ][a-zà-ÿ\-]{2,})[ \t]+(?:ould|ait|aït|bin|abu)[ \t]+"
    r"(?P<last>[a-zà-ÿ][a-zà-ÿ\-]{2,})(?![\w'’\-])"
)


def patronymic_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_PATRONYMIC`."""
    for match in _PATRONYMIC.finditer(text):
        last = match.group("last")
        if _lower_first_name(match.group("first")) and (_lower_first_name(last, first=False) or _unknown_lower(last)):
            yield match.start(), match.end(), 0.7


def messaging_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_MESSAGING`."""
    for match in _MESSAGING.finditer(text):
        words = list(re.finditer(_W, match.group("name")))
        first = words[0].group()
        if not first[0].isupper() or first.lower() in STOP_WORDS | _ENGLISH or is_filler(first):
            continue
        if not (is_name(first, first=True) or _foreign_word(first)):
            continue
        end = words[0].end()
        for word in words[1:]:  # the surname after it: capitalised, no common word
            if (
                not word.group()[0].isupper()
                or _plain_common(word.group())
                or is_french(word.group())
                and not is_name(word.group())
            ):
                break
            end = word.end()
        start = match.start("name")
        yield start, start + end, 0.7


# A household listed line by line or in a table: a row's cells split by tabs, bars, semicolons or dashes ("Lucas
# ⇥ 12/04/2012 ⇥ collège", "| Anli | 12/03/2015 |", "2. Nasma – fille – 27/10/2016"), the row saying it is a person
# by a date, an age or a relative's word in another cell. The first cell that is a name (each word a first name of
# the gazetteer or no French word) is masked: a child's first name alone, which no other rule reads without a cue.
_ROW_MARKER = re.compile(r"^[ \t]*(?:\d{1,2}[.)][ \t]+|[\-–•*][ \t]+)?")
_CELL_SPLIT = re.compile(r"[ \t]*(?:\t|\|)[ \t]*|[ \t]*;[ \t]*|[ \t]+[–—\-][ \t]+|,[ \t]+|[ \t]{2,}")
_PERSON_CELL = re.compile(
    r"(?i)^(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|n[ée]e?\b.*|\d{1,2}[ \t]*(?:ans?|mois)\b.*|"
    r"(?:fils|fille|enfant|mère|mere|père|pere|conjointe?|époux|epoux|épouse|epouse|frère|frere|sœur|soeur|"
    r"demandeur|demandeuse|bébé|bebe)\b.*)$"
)


def _name_cell(cell: str) -> bool:
    words = _words(cell)
    if _PERSON_CELL.match(cell):
        return False  # "Époux, épouse ou partenaire": who, not a name
    if not words or len(words) > 3 or not cell[0].isupper() or len("".join(words)) + len(words) - 1 < len(cell):
        return False
    for word in words:
        if word.isupper() and len(word) > 1:
            continue  # a surname in capitals beside the first name
        if word.lower() in STOP_WORDS or is_filler(word) or _plain_common(word):
            return False
        if not (is_name(word, first=True) or (lookup(word) is None and not is_french(word))):
            return False
    return any(not word.isupper() for word in words)


def household_rows(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_CELL_SPLIT`."""
    for line in re.finditer(r"[^\n]+", text):
        body = line.group()
        offset = line.start() + _ROW_MARKER.match(body).end()
        row = text[offset : line.end()].rstrip()
        cells: list[tuple[int, str]] = []
        position = 0
        for split in _CELL_SPLIT.finditer(row):
            cells.append((position, row[position : split.start()]))
            position = split.end()
        cells.append((position, row[position:]))
        cells = [(start, cell) for start, cell in cells if cell]
        if len(cells) < 2 or not any(_PERSON_CELL.match(cell) for _, cell in cells[1:]):
            continue
        for start, cell in cells[:2]:
            if _name_cell(cell):
                yield offset + start, offset + start + len(cell), 0.7
                break


# Names in brackets right after who the people are to the writer: "avec le papa (Chhay Vuthy)", "les 3 petits
# (Saindou et Mdahoma)", "mes jumeaux (Noa, Lily)".
_KIN_THEN_BRACKETS = re.compile(
    r"(?<![\w'’\-])(?i:papa|maman|père|pere|mère|mere|petits|petites|petit|petite|enfants|enfant|fils|filles|fille|"
    r"jumeaux|jumelles|frères|freres|frère|frere|sœurs|soeurs|sœur|soeur|bébés|bebes|bébé|bebe|mari|femme|"
    r"conjoint|conjointe|compagnon|compagne|ex|grands-parents|grand-mère|grand-mere|grand-père|grand-pere|"
    r"petits-enfants|neveux|neveu|nièces|nieces|nièce|niece)"
    r"[ \t]*\((?P<inside>[^()\n]{2,60})\)"
)
_GROUP_SEPARATOR = re.compile(r"[ \t]*(?:,|\bet\b|&)[ \t]*")


def kin_then_bracketed_names(text: str) -> Iterator[tuple[int, int, float]]:
    """The names in brackets after a word of kin (`_KIN_THEN_BRACKETS`): every group of one to three capitalised
    words, none of them a French, common or function word, a word in capitals or a public name that is no first
    name ("mes enfants (CP et CE2)", "ma mère (Lyon)", "le père (Aide sociale)" are none); all or nothing."""
    for match in _KIN_THEN_BRACKETS.finditer(text):
        inside, offset = match.group("inside"), match.start("inside")
        groups: list[tuple[int, int]] = []
        position = 0
        for separator in [*_GROUP_SEPARATOR.finditer(inside), None]:
            stop = separator.start() if separator is not None else len(inside)
            groups.append((position, stop))
            position = separator.end() if separator is not None else len(inside)
        spans = []
        for a, b in groups:
            value = inside[a:b].strip()
            words = value.split()
            if not 1 <= len(words) <= 3 or not all(_bracketed_kin_word(word) for word in words):
                spans = []
                break
            start = offset + a + (len(inside[a:b]) - len(inside[a:b].lstrip()))
            spans.append((start, start + len(value)))
        for start, end in spans:
            yield start, end, 0.6


def _bracketed_kin_word(word: str) -> bool:
    if not re.fullmatch(_W, word) or not word[0].isupper() or word.isupper() or len(word) < 2:
        return False
    if word.lower() in STOP_WORDS or word.lower() in _FUNCTION_WORDS or _plain_common(word):
        return False
    kind = lookup(word)
    if kind is not None:
        return kind.first and not kind.common or kind.surname and not kind.public and not is_french(word)
    return not is_french(word) and not is_filler(word)


# A first name set apart after "moi": "et moi, Sandeepa, je garde les enfants".
_ME_THEN_NAME = re.compile(
    r"(?<![\w'’\-])(?i:moi)[ \t]*,[ \t]*(?P<name>[A-ZÀ-Ý][^\W\d_]+(?:-[A-ZÀ-Ý][^\W\d_]+)?)[ \t]*,[ \t]*"
    r"(?i:je|j['’])"
)


def me_then_names(text: str) -> Iterator[tuple[int, int, float]]:
    """See `_ME_THEN_NAME`: a word no lexicon knows, or a first name that is no common word."""
    for match in _ME_THEN_NAME.finditer(text):
        word = match.group("name")
        if word.isupper() or _plain_common(word) or word.lower() in STOP_WORDS:
            continue
        kind = lookup(word)
        if (kind is not None and kind.first and not kind.common) or (kind is None and not is_french(word)):
            yield match.start("name"), match.end("name"), 0.6
