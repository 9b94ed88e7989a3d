"""The persons who help the writer, named by their role: a volunteer, a social worker, an adviser, a guardian, an
association's president or director ("la bénévole de la Croix-Rouge a six enfants", "l'assistante sociale du CCAS,
qui est veuve elle aussi", "mon curateur est avocat de formation", "le président de l'association a travaillé
quarante ans à la SNCF"). People helped by associations, a CCAS or France Services name them beside their own
situation; what the message says of them is not the writer's (`subjects.other_subject`).

Only with a determiner ("la bénévole", "mon conseiller", "l'assistante sociale"): "je suis bénévole aux Restos" is the
writer, and so is "je suis la responsable du rayon" (a determiner after "suis" or "étant" names no one else).
"""

import re

_ROLES = (
    r"benevoles?|assistante?s? sociale?s?|assistants? sociaux|conseill(?:er|ere)s?|curat(?:eur|rice)s?|"
    r"tut(?:eur|rice)s?|mandataires?|president(?:e|es|s)?|direct(?:eur|rice)s?|educat(?:eur|rice)s?|referente?s?|"
    r"travailleu(?:r|se)s? sociale?s?|travailleurs sociaux|animat(?:eur|rice)s?|accompagnat(?:eur|rice)s?|"
    r"responsables?|dames?|monsieur|messieurs|agente?s?"
)
_DETERMINER = r"(?:(?:le|la|les|un|une|mon|ma|mes|notre|nos|votre|cette|ce|cet|des|du)\s+|\bl['’]\s*)"
HELPER = rf"(?<!suis )(?<!etant )(?<![\w'’]){_DETERMINER}(?:{_ROLES})\b"
HELPER_NAMED = re.compile(HELPER)
