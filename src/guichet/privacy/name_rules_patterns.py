"""The patterns the name rules share: a word, particles, titles, closing formulas and what follows a
signature, the cues that announce a name, ages.

Cut from `name_rules.py` (thirty-sixth pass, engineer-k3); `name_rules` re-exports the public names.
"""

import re

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
    procureur procureure agent agente responsable chef cheffe gestionnaire secrétaire inspecteur inspectrice
    commissaire délégué déléguée défenseur défenseure médiateur médiatrice sous-préfet député députée sénateur
    sénatrice""".split(),
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
