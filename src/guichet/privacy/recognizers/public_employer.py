"""Public bodies named as someone's employer: "je travaille à la Mairie de Rueil", "je suis agent à La Poste", "aide
à domicile au CCAS de Villeurbanne", "Mon employeur, la mairie de Metz", "mon CDD avec la Mairie de Dijon",
"professeure au collège Jean-Moulin de Bron", "agent d'entretien au conseil départemental du Gard".

Product decision (twenty-fifth pass, the lead): a public body named as the employer of the writer or of a relative
narrows who they are, and no reply needs its name: it is masked as `[EMPLOYEUR_n]`, as a firm is (`employer`). The
office written to, and public bodies named as places to go or that decided something, stay visible: the cue here
is a work of the person's own (a work verb, a job said with "je suis" / "comme", "mon employeur", a contract with
it), never "ma conseillère à France Travail", "la mairie de Saint-Priest me propose", "je suis allé à la mairie".
Only a NAMED body: a town, a place or a name after its kind ("la mairie", "l'école" alone stay), or one of the
national public employers known by their own name (La Poste, SNCF, RATP, AP-HP…).
"""

import re
from collections.abc import Iterator

from guichet.privacy.recognizers.base import RegexRecognizer

ENTITY = "EMPLOYEUR"
SCORE = 0.85

# A capitalised word of a place or a name, hyphens and apostrophes inside ("Rueil-Malmaison", "Jean-Moulin").
_WORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’][^\W\d_]+)*(?:-[^\W\d_]+(?:['’][^\W\d_]+)*)*"
_OF = r"(?:de[ \t]+la|de[ \t]+l['’]|des|du|de|d['’])"
# A place after "de" ("de Rueil", "du Gard", "de l'Hérault", "du Pays Basque", "de La Roche-sur-Yon").
_PLACE = (
    _OF + r"[ \t]*(?:(?:La|Le|Les|L['’])[ \t]*)?" + _WORD + r"(?:[ \t]+(?!(?:Et|En|Au|De|Du|Des)\b)" + _WORD + r")?"
)
# A proper name after the kind ("collège Jean-Moulin", "crèche municipale Les Lucioles"), then maybe its town.
_PROPER = (
    r"(?:(?:Les|Le|La|L['’])[ \t]*)?(?!(?:Je|Il|Elle|On|Nous|Vous|Mon|Ma|Mes|Et|Mais|Depuis|En|Pour|Avec)\b)"
    + _WORD
    + r"(?:[ \t]+"
    + _WORD
    + r")?(?:[ \t]+"
    + _PLACE
    + r")?"
)
# The kinds of public body that employ people, then their usual adjectives.
_KIND = (
    r"(?i:mairie|hôtel[ \t]+de[ \t]+ville|ville|commune|préfecture|prefecture|sous-préfecture|sous-prefecture|"
    r"métropole|metropole|communauté[ \t]+(?:de[ \t]+communes|d['’]agglomération|d['’]agglomeration|urbaine)|"
    r"conseil[ \t]+(?:départemental|departemental|régional|regional|général|general)|département|region|région|"
    r"CCAS|CIAS|commissariat|gendarmerie|caserne|école|ecole|groupe[ \t]+scolaire|collège|college|lycée|lycee|"
    r"université|universite|crèche|creche|médiathèque|mediatheque|bibliothèque|bibliotheque|piscine|"
    r"hôpital|hopital|centre[ \t]+hospitalier|EHPAD|trésorerie|tresorerie|tribunal|rectorat|CAF|CPAM|URSSAF|"
    r"Carsat|MSA|MDPH|CROUS|"
    # (thirty-eighth pass, p117e) the bodies of a port and of the waterways: "la station de pilotage de Brest", "la
    # capitainerie de Lorient", "la criée du Guilvinec", "le grand port maritime du Havre"
    r"station[ \t]+de[ \t]+pilotage|capitainerie|criée|criee|grand[ \t]+port[ \t]+maritime|port[ \t]+autonome)"
    r"(?:[ \t]+(?i:maternelle|élémentaire|elementaire|primaire|municipale?|publi(?:c|que)|intercommunale?|"
    r"professionnel(?:le)?|agricole|familiale|hospitalier|départementale?|departementale?))*"
)
_BODY = (
    r"(?P<pii>(?:"
    + _KIND
    + r"[ \t]+(?:"
    + _PLACE
    + r"|"
    + _PROPER
    + r")|(?-i:La[ \t]+Poste|la[ \t]+Poste|SNCF|RATP|AP-HP|AP-HM|HCL|Croix-Rouge(?:[ \t]+"
    + _PLACE
    + r")?))(?![\w'’\-]))"
)
_TO = (
    r"(?:à[ \t]+la|à[ \t]+l['’]|au|aux|à|pour[ \t]+la|pour[ \t]+le|pour[ \t]+l['’]|pour|chez|de[ \t]+la|de[ \t]+l['’]|"
    r"du|par[ \t]+la|par[ \t]+le|par[ \t]+l['’])"
)
_WITH = r"(?:avec[ \t]+la|avec[ \t]+le|avec[ \t]+l['’]|" + _TO[3:]
_ARTICLE = r"(?:(?:la|le|l['’])[ \t]*)?"
# A work of the person's own, then up to a few words of how or as what ("comme jardinier", "depuis 2018", "en CDD").
_WORKER = (
    r"(?i:travaill\w*|bosse\w*|bossé|employée?s?|salariée?s?|embauchée?s?|recrutée?s?|contractuel(?:le)?s?|"
    r"fonctionnaires?|vacataires?|stagiaires?|apprentie?s?|affectée?s?|en[ \t]+poste)"
)
_HOW = r"(?:[ \t]+[^\W_][\w'’\-]*){0,4}?"
# (twenty-ninth pass, p82e) ... and since when, which a teacher says before the school: "je suis professeur
# contractuel en lettres depuis le 4 novembre au collège Louise-Michel de Bagnolet", "AESH depuis 2021 au …".
_SINCE = (
    r"(?:[ \t]+(?i:depuis|dès|des|à[ \t]+partir[ \t]+d[eu])[ \t]+(?:(?i:le|la)[ \t]+)?"
    r"(?:\d{1,2}(?:er)?[ \t]+[^\W\d_]+(?:[ \t]+\d{4})?|\d{4}|(?i:rentrée|rentree|septembre|janvier)))?"
)
# A job said as what one is: "je suis agent", "j'étais ATSEM", "il est gardien de la paix", "elle est aide à domicile"
# (the first word no participle: "je suis suivie à", "il est allé à la mairie" stay).
_IS = (
    r"(?i:je[ \t]+suis|j['’](?:étais|etais)|(?:il|elle)[ \t]+(?:est|était|etait)|"
    r"(?:mari|femme|fils|fille|père|pere|mère|mere|frère|frere|sœur|soeur|compagnon|compagne|conjointe?)[ \t]+"
    r"(?:est|était|etait)|comme|en[ \t]+tant[ \t]+qu['’]e?|poste[ \t]+d['’]|poste[ \t]+de)(?:(?<=['’])|(?!\w))"
)
# The job's first word: no participle ("je suis suivie à", "il est allé", "elle est inscrite"), no pupil, patient or
# beneficiary ("je suis étudiante à l'université de …", "allocataire à la CAF du Nord"), no word of a sentence.
_JOB = (
    r"[ \t]*(?![^\W\d_]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ait|aite)\b)"
    r"(?!(?i:là|la|le|les|l['’]|en|au|aux|à|a|un|une|des|du|de|d['’]|chaque|tous|toutes|tout|mon|ma|mes|son|sa|"
    r"ses|moi|vous|nous|lui|eux|elle|il|je|on|si|ça|cela|ce|trop|très|tres|toujours|encore|déjà|deja|demain|"
    r"aujourd|hier|possible|impossible|nécessaire|necessaire|obligatoire|normal|temps|urgent|difficile|facile|"
    r"étudiante?s?|etudiante?s?|élèves?|eleves?|lycéenne?s?|collégienne?s?|patiente?s?|résidente?s?|"
    r"residente?s?|usagers?|allocataires?|bénéficiaires?|beneficiaires?|demandeu\w*|clientes?|inscrite?s?|"
    r"bénévoles?)\b)"
    r"[^\W\d_][\w'’\-]*" + _HOW + _SINCE
)
_PATTERNS = (
    # "je travaille à la Mairie de Rueil comme jardinier", "employée par le CCAS de …"
    r"(?<![\w'’\-])" + _WORKER + _HOW + _SINCE + r"[ \t]+" + _TO + r"[ \t]*" + _BODY,
    # "je suis agent à La Poste", "aide à domicile au CCAS de Villeurbanne", "j'étais ATSEM à l'école maternelle …"
    r"(?<![\w'’\-])" + _IS + _JOB + r"[ \t]+" + _TO + r"[ \t]*" + _BODY,
    # (thirty-eighth pass, p117e) the job, then the body in brackets: "je suis pilote du port de Brest (Station de
    # pilotage de Brest)", "elle est ATSEM (école maternelle Les Tilleuls de Vannes)"
    r"(?<![\w'’\-])" + _IS + _JOB + r"[ \t]*\([ \t]*" + _ARTICLE + _BODY + r"(?=[ \t]*[),])",
    # "Mon employeur, la mairie de Metz", "mon employeur (la communauté d'agglomération du Pays Basque, …)"
    r"(?<![\w'’\-])(?i:mon|ma|son|sa|leur|notre)[ \t]+(?i:ancien[ \t]+|nouvel[ \t]+|futur[ \t]+)?(?i:employeur)"
    r"(?:[ \t]*[,:(][ \t]*|[ \t]+(?i:c['’]est|est|était|etait)[ \t]+)" + _ARTICLE + _BODY,
    # "mon CDD avec la Mairie de Dijon", "mon contrat à la métropole de Lille", "mon service civique à la Croix-Rouge"
    r"(?<![\w'’\-])(?i:mon|ma|son|sa|leur)[ \t]+(?i:CDD|CDI|contrat|vacation|stage|apprentissage|alternance|"
    r"service[ \t]+civique|poste|travail|emploi|boulot|job)" + _HOW + r"[ \t]+" + _WITH + r"[ \t]*" + _BODY,
    # (twenty-ninth pass, p82e) a signature line that names the signer, then the body they work for: "N. Delmas,
    # lycée Marie-Curie", "Thomas Roux, école élémentaire Pasteur" (a teacher or school staff signing)
    r"(?m)^[ \t]*(?:[A-ZÀ-Ý]\.|[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)[ \t]+[A-ZÀ-Ý][\w'’\-]+[ \t]*,[ \t]*"
    + _BODY
    + r"[ \t.]*$",
)
_COMPILED = tuple(re.compile(pattern) for pattern in _PATTERNS)
# Cheap test before the patterns: a public body's word somewhere in the message.
_HINT = re.compile(
    r"(?i:mairie|ville|commune|pr[ée]fecture|m[ée]tropole|communaut|conseil|d[ée]partement|r[ée]gion|ccas|cias|"
    r"commissariat|gendarmerie|caserne|[ée]cole|scolaire|coll[èe]ge|lyc[ée]e|universit|cr[èe]che|th[èe]que|"
    r"piscine|h[ôo]pital|hospitalier|ehpad|tr[ée]sorerie|tribunal|rectorat|caf|cpam|urssaf|carsat|msa|mdph|crous|"
    r"poste|sncf|ratp|ap-h|hcl|croix-rouge|pilotage|capitainerie|cri[ée]e|port[ \t]+(?:autonome|maritime))"
)


class PublicEmployerRecognizer(RegexRecognizer):
    """A named public body after a work of the person's own (see the module)."""

    ENTITY = ENTITY

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        if not _HINT.search(text):
            return
        for regex in _COMPILED:
            for match in regex.finditer(text):
                yield match.start("pii"), match.end("pii"), SCORE
