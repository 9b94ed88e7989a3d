"""Employers named as such: "je travaille de nuit chez Peugeot Sochaux", "une petite rente de chez Michelin", "mon
frère a travaillé toute sa vie à la Laiterie de Secondigny", "salarié agricole au GAEC du Causse Méjean", "Mon
employeur, Transports Rigaud, dit…", "le chantier de l'entreprise Bati-Ouest Construction".

Product decision (twentieth pass): the employer of the writer or of a relative is personal data: with the town and
the situation it narrows a person to a handful. It is masked as `[EMPLOYEUR_n]`. The recogniser reads the cue, not a
list of firms: a capitalised name after an employment word and "chez", "à la", "au", "pour", "par" ("intérimaire
chez Adecco", "employée par la Biscuiterie Morin"), after "mon employeur" or an "Employeur :" field, or after a
firm's legal form ("SARL", "GAEC", "l'entreprise", "la société", "les Établissements"). **Not masked**: a public
office or benefit (the CAF, France Travail, the mairie…, see `_PUBLIC_WORDS`), and a body of legal protection ("UDAF",
"Tutelles"): the reply may need to name them; but a hospital or a clinic with its town or name right after the
worker's job is the employer ("sage-femme au CHU de …", `_WORKPLACE`). A person after "chez" ("aide à domicile chez
Mme Roche", "commis chez Paul Besse") is left to the name rules, as is a business named after a person ("Taxi
Morvan").
"""

import re
from collections.abc import Iterator

from guichet.privacy import firm_particles, firm_titles
from guichet.privacy.gazetteer import is_name
from guichet.privacy.recognizers.base import RegexRecognizer
from guichet.privacy.recognizers.birthplace import COUNTRIES
from guichet.privacy.spacy_fr import STOP_WORDS
from guichet.text import fold

ENTITY = "EMPLOYEUR"
# Above most name rules (0.6 to 0.8): a firm after its cue is read as a firm, not as the surname in it
# ("Transports Giraud", "TEXTILES MAURIN").
SCORE = 0.85
# A firm named by its legal form alone, without a word of work: below the address and name rules.
LEGAL_SCORE = 0.5

# A word of a firm's name: capitalised or in capitals, with digits, hyphens, apostrophes, "&" ("Bâti-Sud",
# "McDonald's", "Net'Pro 33", "BTP", "3F"); the words after the first may be joined by "de", "du", "des", "d'",
# "de la", "&" ("Laiterie de Secondigny", "GAEC du Causse Méjean", "Garage Dumont & Fils").
_WORD = r"(?:[A-ZÀ-ÖØ-Þ0-9][\wÀ-ÿ]*(?:['’.\-][\wÀ-ÿ]+)*|&)"
# An article inside the name before a capitalised word: "Boulangerie Le Fournil", "SCEA Les Jardins du Roussillon".
# (thirty-fourth pass, p100e) "et" too before the family's or the partners' word that ends a firm's name: "Transports
# Guérin et Fils", "Garage Lopes et Frères" (as "&" was).
_JOIN = (
    r"(?:[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|de|du|des|d['’]|&|Le|La|Les|L['’])[ \t]*"
    r"|[ \t]+et[ \t]+(?=(?:Fils|Fille|Filles|Frères|Freres|Associés|Associes|Cie)(?![\w'’\-]))|[ \t]+)"
)
_LEGAL_FORM = r"(?:Établissements|Etablissements|Ets\.?|SARL|EURL|SASU|SAS|EARL|GAEC|SCEA)"
_NAME = (
    r"(?P<pii>(?:"
    + _LEGAL_FORM
    + r"[ \t]+(?:(?:de|du|des|d['’]|Les|Le|La|L['’])[ \t]*)?)?"
    + _WORD
    + r"(?:"
    + _JOIN
    + r"(?!(?:À|A|Au|Aux|En|Et|De|Du|Des)\b)"
    + _WORD
    + r"){0,4})"
)
_END = r"(?![\w'’\-])"
# An article before the name: "chez les Établissements Chassagne", "à la Laiterie", "au GAEC", "de l'ADMR".
_ARTICLE = r"(?:(?:le|la|les|l['’])[ \t]*)?"
_QUOTE = r"(?:[«\"“][ \t]*)?"
# A kind of firm in lower case before its name, after the cue: "salariée à la coopérative Terre d'Alliance",
# "chez la boulangerie Le Fournil", "à la ferme Les Trois Chênes" (the kind stays, the name is masked). In lower case
# only: a capitalised "Menuiserie Boudet" or "Pharmacie Centrale" is the firm's whole name, masked whole as before.
_KIND = (
    r"(?:(?:coopérative|cooperative|société|societe|entreprise|boulangerie|pâtisserie|ferme|exploitation|usine|"
    r"agence|association|scierie|menuiserie|maison|cave|clinique|pharmacie|boutique|magasin|supermarché|"
    r"supérette|restaurant|hôtel|hotel|pépinière|imprimerie|laiterie|fromagerie|conserverie|sucrerie|distillerie|"
    r"brasserie|raffinerie|verrerie|fonderie|papeterie|cimenterie|blanchisserie|minoterie|biscuiterie|"
    r"entreprise[ \t]+de[ \t]+[a-zà-ÿ]+|start-up|startup|PME|firme|enseigne)[ \t]+)?"
)

# Words of work before "chez" in the same sentence: "je travaille de nuit chez", "entretien d'embauche chez",
# "intérimaire chez", "il manque mes années chez", "une petite rente de chez", "perdu sa place chez".
_WORK = (
    r"(?i:travail\w*|taf|bosse\w*|bossé|boulot|job|emploi|employée?s?|embauch\w*|salariée?s?|intérim\w*|interim\w*|"
    r"missions?|stages?|stagiaires?|apprenti\w*|alternance|CDD|CDI|contrat|saisonni\w*|"
    r"fiches?[ \t]+de[ \t]+pa(?:ie|ye)s?|bulletins?[ \t]+de[ \t]+(?:salaire|paie|paye)|salaires?|saisons?|"
    r"vendanges?|poste|"
    r"place|licencié\w*|retraites?|rentes?|pensions?|trimestres|années|annees|carrière|carriere|patron|"
    r"ouvri\w+|caissi\w+|chauffeur|technicien\w*|vendeu\w+|serveu\w+|commis|agent|manutentionnaire|cariste|"
    r"magasinier|préparat\w+|opérat\w+|maçon|soudeu\w+|cuisini\w+|plongeur|aide-soignante?|infirmi\w+|"
    r"secrétaire|comptable|mécanicien\w*|livreu\w+|vigile|extras?|aide[ \t]+à[ \t]+domicile|"
    r"auxiliaire[ \t]+de[ \t]+vie|commercia(?:l|le|les|ux))"
)
# Chains and large firms citizens work for, named after a bare "à" (twenty-fifth pass, p64: "travaille à Lidl").
_CHAINS = (
    r"(?:Lidl|LIDL|Aldi|Auchan|Carrefour|Leclerc|E\.Leclerc|Intermarché|Intermarche|Monoprix|Casino|Franprix|Décathlon|"
    r"Decathlon|Ikea|Amazon|Michelin|Renault|Peugeot|Stellantis|Citroën|Citroen|Airbus|Orange|McDonald['’]s|"
    r"McDo|Quick|KFC|Burger[ \t]+King|Leroy[ \t]+Merlin|Castorama|Action|Primark|Zara|Fnac|Darty|Boulanger)"
)
_TEMP_WORK = (
    r"(?i:intérim|interim|intérimaire|interimaire|missions?|boulot|job|taf|extras?|saisonni\w*|vendanges?|CDD)"
)
_SENTENCE = r"[^.!?;\n]{0,70}?"
# A work verb or a worker's noun directly before the firm: "travaillé toute sa vie à la Laiterie de …", "salarié
# agricole au GAEC …", "employée par la Biscuiterie …", "intérimaire pour Manpower", "aide à domicile de l'ADMR".
_WORKER = (
    r"(?i:travaill\w*|(?<=[Jj]e[ \t])travail|bosse\w*|bossé|employée?s?|salariée?s?(?:[ \t]+agricoles?)?|"
    r"intérimaires?|interimaires?|"
    r"embauchée?s?|recrutée?s?|engagée?s?|apprentie?s?|stagiaires?|aide[ \t]+à[ \t]+domicile|"
    r"auxiliaire[ \t]+de[ \t]+vie|aide-soignante?|saisonni(?:er|ère|ere)s?)"
)
# Between the verb and the preposition, how long or how: "toute sa vie", "trente ans", "de nuit", "comme maçon".
_WHILE = (
    r"(?:[ \t]+(?i:toute[ \t]+(?:sa|ma|ta|leur|une)[ \t]+vie|longtemps|encore|aussi|également|maintenant|déjà|"
    r"toujours|là-bas|comme[ \t]+[^\W\d_]+|(?:pendant[ \t]+|depuis[ \t]+)?(?:\d+|un|deux|trois|quatre|cinq|six|sept|"
    r"huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante)(?:-[a-z]+)?[ \t]+(?:ans|années|mois)|de[ \t]+nuit|"
    r"à[ \t]+mi-temps|à[ \t]+temps[ \t]+(?:plein|partiel)|en[ \t]+CDD|en[ \t]+CDI|le[ \t]+week-end|"
    r"(?-i:en[ \t]+[A-ZÀ-Ý][\wà-ÿ\-]+))){0,3}"
)
_TO = (
    r"(?:par[ \t]+la|par[ \t]+le|par[ \t]+l['’]|à[ \t]+la|à[ \t]+l['’]|au|aux|pour|pour[ \t]+la|pour[ \t]+le|"
    r"pour[ \t]+l['’]|par|de[ \t]+la|de[ \t]+l['’]|du)"
)
# A worker's job right before the workplace: "infirmière au Centre hospitalier de …", "conseillère clientèle à la
# Caisse d'Épargne …", "agent d'accueil au Crédit Mutuel …", "sage-femme au CHU de …", "femme de chambre à l'hôtel
# Ibis de …" (the job, then what it is: "de nuit", "clientèle", "d'accueil"; the place only after à, au, aux).
_JOB = (
    r"(?i:infirmi(?:er|ère|ere)s?|aide-soignante?s?|aides?[ \t]+soignante?s?|sage-femmes?|sages-femmes|"
    r"brancardi(?:er|ère)s?|conseill(?:er|ère|ere)s?|chargée?[ \t]+de[ \t]+clientèle|agent(?:e)?s?|"
    r"caissi(?:er|ère|ere)s?|hôtesse[ \t]+de[ \t]+caisse|vendeu(?:r|se)s?|serveu(?:r|se)s?|cuisini(?:er|ère)s?|"
    r"secrétaires?|comptables?|standardiste|chauffeur|chauffeuse|technicien(?:ne)?s?|ouvri(?:er|ère)s?|"
    r"magasini(?:er|ère)s?|préparat(?:eur|rice)s?|manutentionnaires?|femmes?[ \t]+de[ \t]+(?:chambre|ménage)|"
    r"valet[ \t]+de[ \t]+chambre|réceptionniste|équipi(?:er|ère)s?|employée?s?[ \t]+polyvalente?s?|"
    r"animat(?:eur|rice)s?|éducat(?:eur|rice)s?|auxiliaire[ \t]+de[ \t]+puériculture|guichetière?|"
    r"laborantine?|pharmacien(?:ne)?|kinésithérapeute|médecin|cadre|ingénieure?|commercia(?:l|le|les|ux))"
    r"(?:[ \t]+(?i:clientèle|bancaire|commerciale?|d['’]accueil|d['’]entretien|de[ \t]+sécurité|de[ \t]+service|"
    r"de[ \t]+bus|de[ \t]+caisse|de[ \t]+rayon|hospitalière?|administrative?|médicale?|medicale?|polyvalente?|"
    r"qualifiée?|"
    r"diplômée?|de[ \t]+nuit|de[ \t]+jour|à[ \t]+temps[ \t]+(?:plein|partiel)|en[ \t]+CDI|en[ \t]+CDD)){0,2}"
)
# A hospital or a clinic named with its town or its name, masked whole after a job ("CHU de Pointe-à-Pitre"; alone,
# "au CHU" names no one): the public words below do not apply to it there.
_CARE_HEAD = (
    r"(?:(?i:centre[ \t]+hospitalier(?:[ \t]+(?:universitaire|régional|regional|intercommunal))?|hôpital|hopital|"
    r"polyclinique|clinique|pharmacie)(?:[ \t]+(?i:vétérinaire|veterinaire|mutualiste|privée|privee))?|CHU|CHR|CHI)"
)
_CARE = re.compile(r"(?i:centre hospitalier|hopital|polyclinique|clinique|pharmacie|chu|chr|chi|ehpad)\b")
# A clinic or a pharmacy is a private firm whatever it is named after ("pharmacie de la Mairie", "pharmacie de la
# Gare", "Clinique de la Poste"): the public words below do not apply to its name.
_SHOP = re.compile(r"(?i:polyclinique|clinique|pharmacie)\b")
_WORKPLACE = re.compile(
    r"(?<![\w'’\-])"
    + _JOB
    + r"[ \t]+(?i:à[ \t]+la|à[ \t]+l['’]|au|aux)[ \t]*"
    + _KIND
    + r"(?P<pii>(?:"
    + _CARE_HEAD
    + r"[ \t]+(?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])[ \t]*)?)?"
    + _NAME.replace("(?P<pii>", "(?:", 1)
    + r")"
    + _END,
    re.MULTILINE,
)

# "mon employeur", "son ancien patron", "mon ancien employeur :", "Employeur :", "Nom de l'employeur :"
_EMPLOYER = (
    r"(?:(?i:mon|ma|son|sa|leur|notre|votre)[ \t]+"
    r"(?i:ancien[ \t]+|ancienne[ \t]+|nouvel[ \t]+|nouveau[ \t]+|futur[ \t]+)?(?i:employeur|patron)|"
    r"(?i:employeur)(?:[ \t]+(?i:du[ \t]+mois|actuel|précédent))?[ \t]*:)"
)
# What the firm is, in lower case, between the employer's cue and its name: "Mon employeur, le cabinet d'expertise
# comptable Hydrolor" (the words stay visible); never a public body's ("mon employeur, la mairie de Metz").
_WHAT_FIRM = (
    r"(?:(?!(?i:mairie|ville|commune|préfecture|prefecture|conseil|département|departement|région|region|caisse|"
    r"hôpital|hopital|centre|direction|service|ministère|ministere|état|etat|agence|office|académie|academie|"
    r"rectorat|tribunal|communauté|communaute|métropole|metropole)\b)[a-zà-ÿ][\wà-ÿ'’\-]*[ \t]+){0,4}"
)
# A legal form before the name ("la Société Générale" is a bank's own name, not a cue: "société" in lower case)
_LEGAL = r"(?:[Ll]['’]entreprise|[Ll]a[ \t]+société|\b(?=" + _LEGAL_FORM + r"[ \t]))"
# The words of a legal form, left out of the mask ("SCEA Les Jardins du Roussillon" → "SCEA [EMPLOYEUR_1]").
_LEGAL_WORDS = frozenset("sarl eurl sasu sas earl gaec scea entreprise societe etablissements ets ets.".split())


class EmployerRecognizer(RegexRecognizer):
    """A firm named after an employment cue or a legal form (see the module's docstring)."""

    ENTITY = ENTITY
    PATTERNS = (
        # "je travaille de nuit chez Peugeot Sochaux", "une petite rente de chez Michelin"
        (
            # (twenty-sixth pass, p70e: a job held before, "ex-cariste chez Sanofi")
            r"(?:(?<![\w\-])|(?<=(?<![\w\-])[Ee]x-))"
            + _WORK
            + r"\b"
            + _SENTENCE
            + r"(?<![\w'’\-])(?i:chez)[ \t]+"
            + _ARTICLE
            + _KIND
            + _QUOTE
            + _NAME
            + _END,
            SCORE,
        ),
        # "travaillé toute sa vie à la Laiterie de Secondigny", "salarié agricole au GAEC du Causse Méjean"
        (r"(?<![\w'’\-])" + _WORKER + _WHILE + r"[ \t]+" + _TO + r"[ \t]*" + _KIND + _QUOTE + _NAME + _END, SCORE),
        # a chain or a large firm after a bare "à": "travaille à Lidl entrepôt Sully", "employé à Carrefour" (a
        # bare "à" is a town's preposition: only the chains `_CHAINS` lists)
        (r"(?<![\w'’\-])" + _WORKER + _WHILE + r"[ \t]+(?i:à|a)[ \t]+(?P<pii>" + _CHAINS + r")" + _END, SCORE),
        # a temping agency after the temp work: "en intérim via Manpower", "des missions par Adecco" ("avec": a person)
        (r"(?<![\w\-])" + _TEMP_WORK + r"\b[ \t]+(?i:via|par)[ \t]+" + _QUOTE + _NAME + _END, SCORE),
        # the firm in brackets after a word of a job held: "je travaille en intérim (Adecco)", "des missions
        # (Synergie)"; not after "emploi", "retraites" or "travail", which a fiche follows with an acronym it
        # defines ("du travail et de l'emploi (Direccte)", "liquidation unique des retraites (Lura)", "métiers en
        # alternance (DIMA)")
        # (a kind of contract or of time in the brackets is none: "mon contrat (CDI)", "un poste (TEMPS PARTIEL)")
        (
            r"(?<![\w\-])"
            + _TEMP_WORK
            + r"\b[ \t]*\([ \t]*(?!(?i:CDI|CDD|CUI|CAE|CIE|PEC|CTT|CESU|SMIC|temps|mi-temps|"
            r"intérim|interim|alternance|apprentissage|nuit|jour|week-end)\b)" + _NAME + r"[ \t]*\)",
            SCORE,
        ),
        # the firm in brackets after the writer's own work or a workplace: "mon travail (Nettoyage Pro Services,
        # Calais)", "un accident à l'usine (Tréfileries du Douaisis, où…)" (a possessive before the work: a fiche's
        # "travail (Direccte)" stays)
        (
            r"(?<![\w'’\-])(?:(?i:mon|ma|son|sa|leur|notre)[ \t]+(?i:travail|emploi|boulot|job|taf)|"
            r"(?i:l['’]usine|l['’]entrepôt|l['’]atelier|le[ \t]+chantier|le[ \t]+magasin))"
            r"[ \t]*\([ \t]*(?!(?i:CDI|CDD|CUI|CAE|CIE|PEC|CTT|CESU|SMIC|temps|mi-temps|intérim|interim|"
            r"alternance|apprentissage|nuit|jour|week-end)\b)" + _NAME + r"[ \t]*[),]",
            SCORE,
        ),
        # the other side of the writer's contract of work: "ma rupture conventionnelle avec Terre d'Azur Primeurs",
        # "mon CDD avec Agri Services Gers", "j'ai démissionné de chez …" (above: "de chez" after a work word)
        (
            r"(?<![\w'’\-])(?i:rupture[ \t]+conventionnelle|contrat[ \t]+de[ \t]+travail|CDD|CDI|"
            r"contrat[ \t]+d['’]apprentissage|contrat[ \t]+de[ \t]+professionnalisation)"
            r"(?:[ \t]+(?i:signée?|conclue?|terminée?|rompue?))?[ \t]+(?i:avec)[ \t]+"
            + _ARTICLE
            + _KIND
            + _QUOTE
            + _NAME
            + _END,
            SCORE,
        ),
        # "Mon employeur, Transports Rigaud, dit…", "Mon employeur Boulangerie Cazaux", "Employeur : SARL …"
        (
            r"(?<![\w'’\-])"
            + _EMPLOYER
            + r"(?:[ \t]*[,:(][ \t]*|[ \t]+(?i:c['’]est|est|était|etait)[ \t]+|[ \t]+(?=[A-Z][a-zà-ÿ]))"
            r"(?:(?i:la[ \t]+société|l['’]entreprise|le|la|les|l['’])[ \t]*"
            + _WHAT_FIRM
            + r")?"
            + _QUOTE
            + _NAME
            + _END,
            SCORE,
        ),
        # a clinic or a pharmacy after a word of work earlier in the sentence: "je travaille à la pharmacie de la
        # Mairie", "perdu mon emploi à la Clinique Les Eaux Claires", "un entretien d'embauche à la Polyclinique du
        # Val de Saône", "je bosse le week-end à la Clinique vétérinaire des Bruyères" (its name, or a place after
        # "de": "pharmacie du Marché"; a clinic named by no name, "à la clinique", stays)
        (
            r"(?<![\w\-])"
            + _WORK
            + r"\b"
            + _SENTENCE
            + r"(?<![\w'’\-])(?i:à[ \t]+la|à[ \t]+l['’]|au)[ \t]*(?P<pii>"
            + _CARE_HEAD
            + r"[ \t]+(?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])[ \t]*)?"
            + _NAME.replace("(?P<pii>", "(?:", 1)
            + r")"
            + _END,
            SCORE,
        ),
        # a temping agency named after a mission: "une mission pour l'agence Proxi-Travail", "en mission par
        # l'agence d'intérim Temporis" ("agence" in lower case: a fiche's "Agence nationale …" is no cue)
        (
            r"(?<![\w'’\-])(?i:missions?)[ \t]+(?i:pour|par|avec|via|de)[ \t]+(?i:l['’][ \t]*)(?-i:agence)"
            r"(?:[ \t]+(?i:d['’][ \t]*intérim|d['’][ \t]*interim))?[ \t]+" + _QUOTE + _NAME + _END,
            SCORE,
        ),
        # the firm one left, with the new work said after it: "j'ai quitté Trans-Gironde Logistique et je travaille
        # maintenant pour …", "il a quitté la société Vidal Emballages pour un poste à …"
        (
            r"(?<![\w'’\-])(?i:quitté|quitte|démissionné[ \t]+de|demissionne[ \t]+de)[ \t]+"
            + _ARTICLE
            + _KIND
            + _QUOTE
            + _NAME
            + _END
            + r"(?=[^.!?;\n]{0,40}?(?<![\w'’\-])(?i:travaill\w*|bosse\w*|poste|emploi|job|boulot|CDI|CDD|"
            r"embauch\w*|employeur))",
            SCORE,
        ),
        # (twenty-fifth pass, second shift, p65: the employer of a retired person, said in the past tense)
        # a second workplace further on in a work sentence, after "puis" or "ensuite": "qui a travaillé en Belgique
        # dans les mines (…) de 1956 à 1962 puis en France chez Usinor à Denain"
        (
            r"(?<![\w\-])"
            + _WORK
            + r"\b[^.!?;\n]{0,160}?(?<![\w'’\-])(?i:puis|ensuite)(?![\w'’\-])[^.!?;\n]{0,30}?(?<![\w'’\-])"
            r"(?i:chez)[ \t]+" + _ARTICLE + _KIND + _QUOTE + _NAME + _END,
            SCORE,
        ),
        # a job held, after "était", "a été": "il était cadre chez Michelin", "j'ai été chef d'équipe chez Valeo"
        (
            r"(?<![\w\-])(?i:était|etait|étais|etais|(?:a|ai|avait|avais)[ \t]+été|(?:a|ai|avait|avais)[ \t]+ete)"
            r"[ \t]+(?:[a-zà-ÿ][\wà-ÿ'’\-]*[ \t]+){1,3}?(?i:chez)[ \t]+" + _ARTICLE + _KIND + _QUOTE + _NAME + _END,
            SCORE,
        ),
        # "un ancien de Michelin", "ancienne salariée de chez Moulinex", "ancien ouvrier des Houillères"
        (
            r"(?<![\w'’\-])(?i:ancien|ancienne|anciens|anciennes)[ \t]+"
            r"(?:(?i:salariée?s?|employée?s?|ouvri(?:er|ère|ere)s?|agents?|cadres?|mineurs?|cheminots?)[ \t]+)?"
            r"(?i:de[ \t]+chez|chez|de|du|des|d['’])[ \t]*" + _ARTICLE + _KIND + _QUOTE + _NAME + _END,
            SCORE,
        ),
        # a workplace of a kind the sentence names: "il a travaillé en France dans l'usine Chausson", "employée dans
        # la société Vidal" (after "dans", only with its kind: "travaillé dans le Nord" stays)
        (
            r"(?<![\w'’\-])"
            + _WORKER
            + _WHILE
            + r"[ \t]+(?i:dans)[ \t]+(?i:l['’]|la|le|les|une|un)[ \t]*"
            + _KIND[:-1]
            + _QUOTE
            + _NAME
            + _END,
            SCORE,
        ),
        # (twenty-sixth pass, second shift, p70e) a works closed or its jobs cut, as its former workers name it:
        # "au chômage depuis la fermeture de la fonderie Thomé-Génot", "la liquidation de l'usine Arena" (only a
        # plant's kind: "la fermeture de la boulangerie Le Fournil" may be a shop one went to)
        (
            r"(?<![\w'’\-])(?i:fermeture|liquidation|faillite|licenciements?|plan[ \t]+social|délocalisation)[ \t]+"
            r"(?i:de[ \t]+la|de[ \t]+l['’]|du|des)[ \t]*"
            r"(?:usine|fonderie|filature|aciérie|acierie|mine|verrerie|papeterie|raffinerie|cimenterie|scierie|"
            r"tannerie|sucrerie|conserverie|imprimerie|forge|forges|chantiers?[ \t]+navals?|manufacture|tréfilerie|"
            r"abattoir|laiterie|biscuiterie|minoterie|distillerie)[ \t]+" + _QUOTE + _NAME + _END,
            SCORE,
        ),
        # a listed chain after a word of a job and "à", "a l", "au", with its town: "un petit boulot de caissier
        # 15h par semaine a l Intermarché de Lunel" (a chain one shops at has no word of work before it)
        (
            r"(?<![\w\-])(?i:travail\w*|boulot|job|emploi|poste|CDD|CDI|contrat|caissi\w+|employée?|salariée?|"
            r"embauch\w*|intérim\w*|interim\w*|missions?|stages?|carrière|carriere|bosse\w*|bossé)\b"
            + _SENTENCE
            + r"(?<![\w'’\-])(?i:à|a|au)(?:[ \t]+(?i:la|le|l)(?!\w))?[ \t]*['’]?[ \t]*(?P<pii>"
            + _CHAINS
            + r"(?:[ \t]+(?:de|d['’])[ \t]*[A-ZÀ-Þ][\wà-ÿ]*(?:-[\wà-ÿ]+)*)?)"
            + _END,
            SCORE,
        ),
        # in English: "I worked at Sodexo canteen", "he was employed by Renault", "my employer was Veolia"
        (
            r"(?<![\w'’\-])(?i:worked|working|work|employed|job)[ \t]+(?i:at|for|with|by)[ \t]+(?:(?i:the)[ \t]+)?"
            + _QUOTE
            + _NAME
            + _END,
            SCORE,
        ),
        # "son ancien patron de la Pizzeria Da Vittorio"
        (r"(?<![\w'’\-])(?i:patron|patronne|gérant|gérante)[ \t]+" + _TO + r"[ \t]*" + _QUOTE + _NAME + _END, SCORE),
        # "l'entreprise Bati-Ouest Construction", "la société Transports Mériaux", "SARL Bâti-Sud", "les Ets Pierrat"
        # (below the address and name rules: "à son domicile GAEC des Trois Chênes" stays an address)
        (r"(?<![\w'’\-])" + _LEGAL + r"[ \t]*" + _QUOTE + _NAME + _END, LEGAL_SCORE),
    )

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        for start, end, score in super().spans(text):
            found = _firm(text[start:end])
            if found is None:
                continue
            a, b = start + found[0], start + found[1]
            # a household by its surname ("ouvrier agricole chez les Dubreuil") is a person's (slots)
            if re.search(r"(?i:\bchez[ \t]+les)[ \t]+$", text[:a]) and " " not in text[a:b]:
                continue
            yield a, b, score
            if acronym := _acronym_after(text, a, b):
                yield *acronym, score
        for match in _INITIALS_FIRM.finditer(text):
            if match.group("initials") not in _NOT_INITIALS:
                yield match.start("pii"), match.end("pii"), SCORE
        for match in _WORKPLACE.finditer(text):
            start, end = match.span("pii")
            found = _firm(text[start:end], workplace=True)
            if found is not None:
                yield start + found[0], start + found[1], SCORE
                if acronym := _acronym_after(text, start + found[0], start + found[1]):
                    yield *acronym, SCORE


# Second shift (p65): the firm's initials in brackets right after its name are the firm too ("la Société Lorraine
# de Tuyauterie (SLT)"): the capitals of its words, in order, "de", "la" and the like left out.
_ACRONYM = re.compile(r"[ \t]*\([ \t]*(?P<acronym>[A-Z]{2,6})[ \t]*\)")


def _acronym_after(text: str, start: int, end: int) -> tuple[int, int] | None:
    match = _ACRONYM.match(text, end)
    if match is None:
        return None
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_][\w\-]*", text[start:end]) if w[0].isupper())
    if initials.upper() != match.group("acronym"):
        return None
    return match.start("acronym"), match.end("acronym")


# A one-person firm named by its owner's two initials and its trade: "AK Conseil", "NB Rénovation", "JM Plomberie"
# (the initials name the owner; two capitals that are a common abbreviation, "RH Conseil", stay).
_INITIALS_FIRM = re.compile(
    r"(?<![\w'’\-&.])(?P<pii>(?P<initials>[A-Z]{2})[ \t]+(?:Conseils?|Rénovations?|Renovations?|Plomberie|Services?|"
    r"Multiservices|Multi-services|Bâtiment|Batiment|Élec|Elec|Électricité|Electricité|Electricite|Transports?|"
    r"Nettoyage|Coiffure|Peinture|Menuiserie|Paysages?|Jardins?|Informatique|Immobilier|Autos?|Habitat|Déco|Deco|"
    r"Design|Consulting|Formations?|Travaux|Maçonnerie|Maconnerie|Charpente|Couverture|Carrelage|Isolation|"
    r"Chauffage|Ménage|Menage|Beauté|Beaute|Esthétique|Esthetique|Taxi|VTC|Livraisons?|Dépannage|Depannage))"
    r"(?![\w'’\-])"
)
_NOT_INITIALS = frozenset({"RH", "IT", "UE", "EU", "TV", "PC", "SA", "FR", "BP", "CE", "CV", "AG", "DG", "PS"})


# Public offices and benefits, and bodies of legal protection, that a reply may need to name: the shipped tenants
# (accounts.demo: CAF, CNAV, CPAM, Préfecture, ANTS, France Travail, DGFiP, Mairie, Urssaf, MDPH, MSA, CGSS,
# Département, CROUS, CCAS), the offices `common_words._COMMON` lists, and the organisations a guardian writes for
# (UDAF, ATMP, "… Tutelles"). A word of them anywhere in the name ("CAF du Nord", "ATRA Tutelles Rhône-Alpes"), folded.
_PUBLIC_WORDS = frozenset(
    fold(word)
    for word in (
        "CAF CNAF CNAV Carsat CPAM CNAM Ameli MSA URSSAF DGFiP Impôts Trésor Préfecture Sous-préfecture ANTS MDPH "
        "CCAS CROUS CGSS Mairie Département Région République Ministère Tribunal UDAF ATMP Tutelle Tutelles Préfet "
        "Conseil Défenseur Hôpital CHU CHR AP-HP Gendarmerie Police Agirc-Arrco Agirc Arrco Caisse Régime Poste HLM "
        "OPH CHRS CADA Samu Sécurité CESU Pajemploi ASE PMI "
        # a kind of place, not its name ("son employeur, l'EHPAD", "apprenti au CFA")
        "EHPAD Ehpad CFA "
        # (thirty-eighth pass, p117e) a scheme, a declaration, a permit or a kind of contract or place read as the
        # firm after "chez", "à" or in brackets ("(LMNP)", "pour la DSN", "une APS", "contrat vendanges (TESA)",
        # "il travaille à l'ESAT"), and a public employer's first word alone ("la Fonction publique", "la Communauté
        # de communes")
        "LMNP LMP DSN APS TESA ESAT Fonction Communauté"
    ).split()
)
# (an EHPAD with its name after a job is the worker's too: "aide-soignante à l'EHPAD Les Glycines"; alone it is a kind
# of place, "son employeur, l'EHPAD")
_CARE_WORDS = frozenset({"hopital", "chu", "chr", "ehpad"})
_PUBLIC_PHRASES = re.compile(
    r"\b(?:france travail|pole emploi|securite sociale|assurance (?:maladie|retraite)|cap emploi|mission locale|"
    r"centre des finances|finances publiques|service public|conseil (?:departemental|regional|general)|"
    r"education nationale|ville de|commune de|etat)\b"
)
# Words that are no firm's first word: titles (a person follows), pronouns and determiners ("chez moi", "chez Nous").
_NOT_FIRST = frozenset(
    fold(word)
    for word in (
        "M M. Mr Mme Mmes Mlle Monsieur Madame Mademoiselle Messieurs Dr Docteur Maître Me Pr Professeur Moi Toi Lui "
        "Elle Eux Nous Vous Mon Ma Mes Ton Ta Tes Son Sa Ses Notre Nos Votre Vos Leur Leurs Un Une Des Ce Cette Ces "
        "Je Il Elle Ils Elles On Qui Que Quoi Où Quand Comme Depuis Pendant Avant Après Jusqu Et Ou Mais Donc Car "
        "Bonjour Merci Cordialement Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche"
    ).split()
)
_STOP = frozenset(fold(word) for word in STOP_WORDS) | {
    fold(month)
    for month in "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
}
_JOINERS = {"de", "du", "des", "d", "la", "le", "les", "l", "&", "et"}


def _firm(value: str, *, workplace: bool = False) -> tuple[int, int] | None:
    """Where the firm's name is in `value`, without a legal form before it and without the words a sentence goes
    on with (in a message in capitals, "CHEZ ARCELOR EN FEVRIER", "BRICOMARCHE JUSQU'AU", "SANTONI BTP DE 1974");
    None when what is left is no firm (see `_is_firm`)."""
    words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^ \t]+", value)]
    while words and fold(words[0][2]) in {"l", "le", "la", "les"}:
        words.pop(0)
    kept: list[tuple[int, int, str]] = []
    for index, (start, end, word) in enumerate(words):
        head = fold(re.split(r"['’]", word)[0])
        # a title that ends the match after a joiner is a person's, its name left out ("Kebab Istanbul de M. Yilmaz")
        if firm_titles.CUT_AT_TITLE and _titled(words, index, kept):
            break
        # a capitalised word inside the name is the name's ("Trois Sources"); in capitals, a sentence's word ends it
        if kept and (head in _STOP and not word.istitle() or word.isdigit()) and head not in _JOINERS:
            break
        kept.append((start, end, word))
    while kept and (fold(kept[-1][2]) in _JOINERS or fold(kept[-1][2]) in _STOP or kept[-1][2].isdigit()):
        kept.pop()
    if not any(fold(word) not in _LEGAL_WORDS | _JOINERS | _STOP for _, _, word in kept):
        return None
    start, end = kept[0][0], kept[-1][1]
    return (start, end) if _is_firm(value[start:end], workplace=workplace) else None


def _titled(words: list[tuple[int, int, str]], index: int, kept: list[tuple[int, int, str]]) -> bool:
    """Whether `words[index]` is a title that ends the match after a joiner ("… de M", see `firm_titles`)."""
    return (
        index == len(words) - 1
        and bool(kept)
        and fold(kept[-1][2]) in _JOINERS
        and fold(words[index][2].rstrip(".")) in firm_titles.TITLES
    )


def firm_span(value: str, *, workplace: bool = False) -> tuple[int, int] | None:
    """Where the firm's name is in `value` (see `_firm`), for the recognisers of other modules (`firm_suffix`)."""
    return _firm(value, workplace=workplace)


def is_firm(value: str, *, workplace: bool = False) -> bool:
    """Whether `value`, a firm's name as a paper writes it, is no public body, person or country (`_is_firm`), for
    the recognisers of other modules (`paper_employers`)."""
    return _is_firm(value, workplace=workplace)


# The pattern of a firm's name, its `pii` group the name (for `firm_suffix`).
FIRM_NAME = _NAME
# A kind of firm in lower case before its name, with its trailing blank, optional (for `workplaces`).
FIRM_KIND = _KIND
# The chains and large firms (for `chez_signs`, which leaves a chain one shops at to the cues above).
CHAINS = _CHAINS

_LEGAL_TAILS = frozenset({"sarl", "eurl", "sasu", "sas", "sa", "scop", "sca", "snc", "scea", "earl", "gaec"})


def _is_firm(value: str, *, workplace: bool = False) -> bool:
    words = re.split(r"[ \t]+", value)
    first = fold(words[0])
    # a surname's particle before its name is no stop word ("la boulangerie Ait Ouarab", see `firm_particles`)
    stop = first in _STOP and not (firm_particles.PARTICLE_FIRST and firm_particles.particle_surname(words))
    if first in _NOT_FIRST or stop or re.search(r"\d", words[0]) or len(first.strip(".")) < 2:
        return False
    # an identifier after "N° CESU employeur :" ("PJ 8823 1476") is a number's
    if len(words) == 1 and words[0].isupper() and len(words[0]) <= 2:
        return False
    folded = fold(value)
    public = _PUBLIC_WORDS
    if len(words) > 1 and fold(words[-1]) in _LEGAL_TAILS:
        # (twenty-sixth pass, p68: a firm's legal form after its name says a firm, whatever word it begins with:
        # "la société Sécurité Roissy Gardiennage SAS")
        public = frozenset()
    if workplace and _CARE.match(folded) and len(words) > 1:
        # after a job, a hospital with its town or name is the worker's ("sage-femme au CHU de Pointe-à-Pitre")
        public = _PUBLIC_WORDS - _CARE_WORDS
    if _SHOP.match(folded) and len(words) > 1:
        public = frozenset()  # "pharmacie de la Mairie", "Clinique de la Poste": a firm named after a landmark
    if folded.startswith("caisse d'epargne") or folded.startswith("caisse d’epargne"):
        public = public - {"caisse"}  # a bank, not a social-security fund
    # "Conseil" is a public body's first word ("Conseil départemental du Gard"), a consultancy's last ("Altavia
    # Conseil")
    if any(fold(word) in public and (i == 0 or fold(word) != "conseil") for i, word in enumerate(words)):
        return False
    if _PUBLIC_PHRASES.search(folded):
        return False
    if folded in COUNTRIES or re.sub(r"^(?:la|le|les|l['’])\s*", "", folded) in COUNTRIES:
        return False
    # a person ("commis chez Paul Besse"): a first name then a name, left to the name rules
    # a person ("commis chez Paul Besse", "Employeur : VIDALENC Bernard"): a first name and a name, left to the name
    # rules
    if len(words) == 2 and is_name(words[0], first=True) and words[0][1:].islower():
        return False
    return not (len(words) == 2 and words[0].isupper() and is_name(words[1], first=True) and words[1][1:].islower())
