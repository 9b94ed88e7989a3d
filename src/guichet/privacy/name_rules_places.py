"""The words that make a capitalised word a place or a firm, not a person: départements, brands, what stands
before a place or a town, a verb of speaking to someone.

Cut from `name_rules.py` (thirty-sixth pass, engineer-k3); `name_rules` re-exports the public names.
"""

import re

# (thirty-sixth pass, engineer-k3) The old `name_rules.py` bound `_PLACE_BEFORE` twice, this first binding at its
# line 952, beside `aged_names`, and the second below: every function read the second when called, this one
# nothing. Both kept as they were, in their order; the readers import the second.
_PLACE_BEFORE = re.compile(r"(?i:\b(?:à|a|au|aux|en|de|du|des|vers|depuis)[ \t]+)\Z")


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
