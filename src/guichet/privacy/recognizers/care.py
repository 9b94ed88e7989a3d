"""Care institutions named by their own name, where the writer or a relative is treated: "suivie au CHU de
Poitiers", "opéré à l'hôpital Necker", "il va à l'IME Les Peupliers", "hospitalisé à l'EPSM de la Sarthe",
"sa chimiothérapie à l'Institut Curie", "le centre de rééducation de Kerpape".

Product decision (twenty-fourth pass, second shift, p61): a named care institution, with the condition the message
gives beside it, narrows who the person is, and the reply never needs it. It is masked whole as
`[ETABLISSEMENT_n]` (the kind of place and its name), after an article or a preposition. Only a NAMED one: a proper
name, a town or a place after "de", "du", "des", "de la", a person's hyphenated name ("hôpital Jean-Verdier", not
"l'hôpital Édouard Herriot", a building named after someone as a school is);
"l'hôpital", "un CHU", "la clinique", "le centre hospitalier de votre secteur" stay. Below the other rules: the
writer's workplace stays an employer ("infirmière au CHU de Nantes"), a birth's town a place of birth ("née au CHU
de Caen").
"""

import re
from collections.abc import Iterator

from guichet.privacy.gazetteer import is_name
from guichet.privacy.recognizers.base import RegexRecognizer
from guichet.text import fold

ENTITY = "ETABLISSEMENT"
SCORE = 0.55

# The kind of institution: hospitals, clinics, the medico-social and psychiatric ones (IME, ITEP, CMP, CMPP, CAMSP,
# SESSAD, EPSM), a centre of care said as such, an institute (only before its name, below).
_HEAD = (
    r"(?:(?i:centre[ \t]+hospitalier"
    r"(?:[ \t]+(?:universitaire|régional|regional|intercommunal|spécialisé|specialise))?|"
    r"groupe[ \t]+hospitalier|h[ôo]pital|polyclinique|clinique|maternit[ée]|"
    r"centre[ \t]+de[ \t]+(?:rééducation|reeducation|réadaptation|readaptation|soins(?:[ \t]+de[ \t]+suite)?|"
    r"dialyse|lutte[ \t]+contre[ \t]+le[ \t]+cancer)|centre[ \t]+(?:médical|medical|médico-psychologique|"
    r"médico-psycho-pédagogique|référent|referent|de[ \t]+référence|de[ \t]+reference)|"
    # (twenty-fifth pass, second shift, p65: a care home where a person lives is where they live, the lead's
    # decision; "l'EHPAD Le Clos Fleuri", "la maison de retraite Saint-Vincent-de-Paul", "la résidence autonomie
    # Les Lilas", "l'USLD de Bron")
    r"ehpad|usld|maison[ \t]+de[ \t]+(?:retraite|repos|convalescence)|"
    r"r[ée]sidence[ \t]+(?:autonomie|seniors?|services|pour[ \t]+personnes[ \t]+[âa]g[ée]es)|"
    r"foyer[ \t\-]+(?:logement|de[ \t]+vie|d['’]accueil[ \t]+m[ée]dicalis[ée])|"
    r"unit[ée][ \t]+de[ \t]+soins[ \t]+de[ \t]+longue[ \t]+dur[ée]e|"
    # (twenty-sixth pass, p70e: a hostel or a shelter is where a person lives, always: "au CHRS Louise-Michel", "la
    # résidence sociale Germaine-Tillion", "au foyer de jeunes travailleurs Robert-Schuman", "la maison relais Les
    # Tilleuls", "le centre maternel Les Lucioles", "la pension de famille Coluche", "l'hôtel social La
    # Passerelle", "le dispositif d'hébergement d'urgence Saint-Exupéry", "la communauté Emmaüs de Tarnos"; an ESAT
    # is a medico-social institution as an IME is)
    r"centre[ \t]+d['’][ \t]*h[ée]bergement(?:[ \t]+d['’][ \t]*urgence|[ \t]+et[ \t]+de[ \t]+r[ée]insertion"
    r"[ \t]+sociale)?|dispositif[ \t]+d['’][ \t]*h[ée]bergement(?:[ \t]+d['’][ \t]*urgence)?|"
    r"r[ée]sidence[ \t]+sociale|r[ée]sidence[ \t]+habitat[ \t]+jeunes|"
    r"foyer[ \t]+de[ \t]+jeunes[ \t]+travailleu(?:r|se)s|foyer[ \t]+d['’][ \t]*(?:h[ée]bergement|accueil)|"
    r"(?:foyer|centre)[ \t]+maternel|maison[ \t]+relais|pension[ \t]+de[ \t]+famille|h[ôo]tel[ \t]+social|"
    r"communaut[ée][ \t]+emma[üu]s)|"
    r"CHU|CHRU|CHR|CHI|CHS|IME|IMPro|ITEP|CMP|CMPP|CAMSP|SESSAD|EPSM|CRCM|CRA|"
    r"CHRS|CADA|HUDA|FJT|MECS|ESAT|CPH)"
)
# A capitalised word of a name or a place, hyphenated parts allowed ("Jean-Verdier", "Arnaud-de-Villeneuve",
# "Pitié-Salpêtrière"), or in capitals ("AURA").
_WORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’][^\W\d_]+)*(?:-[^\W\d_]+(?:['’][^\W\d_]+)*)*"
_OF = r"(?:de[ \t]+la|de[ \t]+l['’]|des|du|de|d['’])"
_NAME = (
    r"(?:(?:"
    + _OF
    + r"[ \t]*)?(?:(?:Les|Le|La|L['’])[ \t]*)?"
    + _WORD
    + r"(?:[ \t]+(?!(?:Le|La|Les|En|Au|Aux|De|Du|Des|Et|À)\b)"
    + _WORD
    + r"){0,2}"
    + r"(?:[ \t]+"
    + _OF
    + r"[ \t]*"
    + _WORD
    + r"(?:[ \t]+"
    + _WORD
    + r")?)?)"
)
# What comes right before the kind: an article or a preposition ("à la clinique", "au CHU", "l'IME"), a bracket or a
# comma ("(neurologue, hôpital Henri-Duffaut)"), so
# that an adjective stays ("un examen clinique Les résultats…").
_BEFORE = (
    r"(?:(?<![\w'’\-])(?i:la|le|les|au|aux|à|a|du|de|des|un|une|en|ce|cette|vers|son|sa|leur)[ \t]+|"
    # (in English, second shift, p65: "I worked at Sodexo canteen in hôpital Necker")
    r"(?<![\w'’\-])(?:in|at)[ \t]+(?=(?i:h[ôo]pital|clinique|CHU|EHPAD))|"
    r"(?<![\w'’\-])(?i:l|d)['’][ \t]*|(?<![\w'’\-])(?i:l)[ \t]+(?=(?i:h[ôo]pital|h[ôo]pitaux))|[(,][ \t]*)"
)
_PATTERN = re.compile(
    _BEFORE + r"(?P<pii>" + _HEAD + r"[ \t]+" + _NAME + r"|"
    # an institute or a centre by a proper name only: "l'Institut Curie", "le centre François-Baclesse"
    r"(?-i:Institut|institut|centre|Centre)[ \t]+(?!(?:Le|La|Les|De|Du|Des)\b)"
    r"(?:[A-ZÀ-Þ][^\W\d_]*-[A-ZÀ-Þ][^\W\d_]*(?:-[^\W\d_]+)*|(?-i:Curie|Pasteur|Bergonié|Bergonie|Paoli-Calmettes))"
    r")(?![\w'’\-])"
)
# Capitalised words a sentence goes on with, or a public office's: no institution's name.
_NOT_NAMES = frozenset(
    fold(word)
    for word in (
        "Je J Il Elle On Nous Vous Ils Elles Mon Ma Mes Son Sa Ses Notre Votre Leur Ce Cette Et Mais Ou Donc Car "
        "Pour Par Avec Sans Sur Dans Depuis Chez Vers En Un Une Merci Bonjour Cordialement Madame Monsieur Mme "
        "Dr Docteur Pr Professeur M Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche Janvier Février Mars Avril "
        "Mai Juin Juillet Août Septembre Octobre Novembre Décembre France Paris CAF CPAM MDPH Ameli"
    ).split()
)

_ARTICLES = frozenset({"le", "la", "les", "l'", "l’"})


class CareInstitutionRecognizer(RegexRecognizer):
    """A hospital, a clinic, a medico-social or psychiatric institution named by its own name (see the module)."""

    ENTITY = ENTITY

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        for match in _PATTERN.finditer(text):
            value = match.group("pii")
            head = re.match(_HEAD, value)
            rest = value[head.end() :] if head else value.split(None, 1)[1]
            words = [w for w in re.findall(r"[^\W\d_][\w\-]*", rest) if w[0].isupper()]  # "d'Amiens": "Amiens"
            while words and fold(words[0]) in _ARTICLES | {"de", "du", "des", "d"}:  # "L HOPITAL DE VOTRE VILLE"
                words.pop(0)
            if not words or fold(re.split(r"['’]", words[0])[-1]) in _NOT_NAMES:
                continue
            # (twenty-fifth pass: a hospital named after someone in two words, "l'hôpital Édouard Herriot", "hôpital
            # Cho Ray", is masked too, as the hyphenated ones are: where one is treated narrows who one is; a school
            # or a gymnasium named so stays, `named_places`)
            yield match.start("pii"), match.end("pii"), SCORE
        for start, end in short_named_hospitals(text):
            yield start, end, SCORE
        for start, end in named_homes(text):
            yield start, end, SCORE
        for start, end in named_prisons(text):
            yield start, end, SCORE


# Twenty-fifth pass: a hospital named without its kind, as people who go there name it ("je suis suivie à
# Pitié-Salpêtrière", "opéré à Foch", "dialysé à Purpan", "hospitalisé au Vinatier", "accouché à la Timone"), in a
# sentence that says someone is treated there. Two families: the short names hospitals go by (a list: few are towns,
# and a town alone, "suivie à Rouen", stays), and a person's hyphenated name ("Robert-Debré", "Albert-Chenevier"), as
# hospitals are named.
_KNOWN = frozenset(
    fold(name)
    for name in (
        "Pitié-Salpêtrière Pitié Salpêtrière Necker Necker-Enfants-Malades Bichat Beaujon Lariboisière Cochin Tenon "
        "Trousseau Robert-Debré Debré Bicêtre Paul-Brousse Henri-Mondor Mondor Avicenne Jean-Verdier Louis-Mourier "
        "Ambroise-Paré Raymond-Poincaré Garches Foch Georges-Pompidou HEGP Hôtel-Dieu Rothschild Sainte-Anne "
        "Maison-Blanche Esquirol Gustave-Roussy Percy Bégin Val-de-Grâce Purpan Rangueil Larrey Pellegrin "
        "Haut-Lévêque Timone Sainte-Marguerite Croix-Rousse Édouard-Herriot Lyon-Sud Vinatier Femme-Mère-Enfant "
        "Hautepierre Brabois Lapeyronie Gui-de-Chauliac Arnaud-de-Villeneuve Pontchaillou Bretonneau Clocheville "
        "Archet Cimiez Michallon Dupuytren Huriez Claude-Huriez Salengro Jeanne-de-Flandre"
    ).split()
)
# A sentence that says someone is treated, operated on, admitted, or gives birth.
_CARED = re.compile(
    r"(?<![\w\-])(?i:suivie?s?|suivi|hospitalis\w*|opérée?s?|operee?s?|opération|dialys\w*|soignée?s?|traitée?s?|"
    r"admise?s?|internée?s?|accouch\w*|chimio\w*|radioth\w*|rééducation|reeducation|greff\w*|urgences|"
    r"consultations?|hospitalisation|soins|cancer|maladie|leucémie|leucemie|examens?|IRM|scanner|biopsie|"
    r"naissance|prématuré\w*|premature\w*|réanimation|reanimation|psychiatr\w*|sortie?s?|sors|sort|"
    r"h[ôo]pital|h[ôo]pitaux)"
    r"(?![\w\-])"
)
_SHORT_NAME = re.compile(
    r"(?:(?<![\w'’\-])(?:(?i:à|a|au|aux|de|du|et)[ \t]+(?:(?i:la|l['’])[ \t]*)?|(?i:d['’]|l['’]))"
    # (second shift: in brackets after the hospital it names, "L HOPITAL DE BRON (LE VINATIER)")
    r"|\([ \t]*(?:(?i:le|la|l['’])[ \t]*)?)"
    r"(?P<pii>[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’][^\W\d_]+)*(?:-[A-ZÀ-ÖØ-Þa-zà-ÿ][^\W\d_]*)*)(?![\w'’\-])"
)


def _sentences(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    for match in re.finditer(r"[.!?;\n]+", text):
        yield start, text[start : match.start()]
        start = match.end()
    yield start, text[start:]


def short_named_hospitals(text: str) -> Iterator[tuple[int, int]]:
    """Hospitals named without their kind in a sentence of care (see above)."""
    for offset, sentence in _sentences(text):
        if not _CARED.search(sentence):
            continue
        for match in _SHORT_NAME.finditer(sentence):
            name = match.group("pii")
            parts = name.split("-")
            known = fold(name) in _KNOWN
            # a person's hyphenated name: a first name, then a capitalised surname ("Robert-Debré"); a town is
            # "Saint-…", "…-sur-…", "…-en-…" and stays
            person = (
                len(parts) == 2
                and parts[1][:1].isupper()
                and is_name(parts[0], first=True)
                and not is_name(parts[1], first=True)  # "Jean-Pierre" is a first name, left to the name rules
                and fold(parts[0]) not in {"saint", "sainte", "villeneuve", "pont", "port", "mont", "fort", "clermont"}
            )
            if known or person:
                yield offset + match.start("pii"), offset + match.end("pii")


# Twenty-fifth pass, second shift (p65): a home named after a word as wide as "centre", "foyer" or "résidence" ("en
# rééducation au centre Les Trois Soleils", "elle vit au foyer Adoma de Clermont", "il réside à la résidence Les
# Tilleuls") is where someone lives or is cared for only in a sentence that says so; a centre one goes to
# ("rendez-vous au centre Jean-Moulin") stays, as "le centre", "un foyer", "la résidence principale" do.
_LIVES = re.compile(
    r"(?<![\w\-])(?i:h[ée]berg\w*|vit|vivait|vivent|vis|habite\w*|r[ée]sid(?!ences?(?![\w\-]))\w*|"
    r"log[ée]e?s?|plac[ée]e?s?|"
    r"accueillie?s?|entr[ée]e?s?|pensionnaire|chambre|s[ée]jour\w*|d[ée]c[ée]d\w*|morte?|partie?)(?![\w\-])"
)
_HOME = re.compile(
    r"(?:(?<![\w'’\-])(?i:au|à|a|du|de|le|la|l['’]|un|une)[ \t]*|\([ \t]*)"
    # (twenty-sixth pass, second shift: a hotel where a family is placed, "l'hôtel Le Relais du Parc, où la mairie a
    # placé trois familles")
    r"(?P<pii>(?i:centre|foyer|r[ée]sidence|h[ôo]tel)[ \t]+(?:(?:Les|Le|La|L['’])[ \t]*)?"
    + _WORD
    + r"(?:[ \t]+(?!(?:Le|La|Les|En|Au|Aux|De|Du|Des|Et|À)\b)"
    + _WORD
    + r"){0,2}(?:[ \t]+"
    + _OF
    + r"[ \t]*"
    + _WORD
    + r")?)(?![\w'’\-])"
)


# Twenty-sixth pass (p70e; p26e's "je reste au foyer adoma de la rue des acacias"): a hostel named by its operator,
# in any case, with the town or the street that tells which one; the operator's name alone is no person (`brands`).
_OPERATOR_HOME = re.compile(
    r"(?<![\w'’\-])(?P<pii>(?i:foyer|r[ée]sidence)[ \t]+(?i:adoma|coallia|sonacotra|aftam|adef)"
    r"(?:[ \t]+(?:(?i:des|du|de)(?![\w'’\-])|(?i:d)['’])[ \t]*(?:(?:(?i:les|la|le)(?![\w'’\-])|(?i:l)['’])[ \t]*)?"
    r"(?:(?i:rue|avenue|av\.?|boulevard|bd|allée|allee|chemin|place|impasse|quai|route|cité|cite)[ \t]+"
    r"(?:(?:(?i:des|du|de)(?![\w'’\-])|(?i:d)['’])[ \t]*(?:(?:(?i:les|la|le)(?![\w'’\-])|(?i:l)['’])[ \t]*)?)?)?"
    r"[^\W\d_][\w'’\-]*)?)(?![\w'’\-])"
)


def named_homes(text: str) -> Iterator[tuple[int, int]]:
    """A centre, a hostel or a residence named by its own name in a sentence of living or care (see above)."""
    for match in _OPERATOR_HOME.finditer(text):
        yield match.start("pii"), match.end("pii")
    for offset, sentence in _sentences(text):
        lowered = sentence.lower()
        if not any(word in lowered for word in ("foyer", "centre", "sidence", "hôtel", "hotel")):
            if "(" in sentence:
                yield from _bracketed_home(offset, sentence)
            continue  # (no home's word: the patterns below are the costly ones)
        if "(" in sentence:
            yield from _bracketed_home(offset, sentence)
        for match in _HOME.finditer(sentence):
            value = match.group("pii")
            # (twenty-sixth pass, p70e: a foyer with a name of its own is a hostel, where people live, whatever the
            # sentence says: "PETIT Ginette – 1 pers. (foyer Les Capucins)"; a centre or a residence still needs it)
            if not (fold(value.split(None, 1)[0]) == "foyer" or _LIVES.search(sentence) or _CARED.search(sentence)):
                continue
            words = [w for w in re.findall(r"[^\W\d_][\w\-]*", value.split(None, 1)[1]) if w[0].isupper()]
            while words and fold(words[0]) in _ARTICLES | {"les"}:
                words.pop(0)
            if not words or fold(re.split(r"['’]", words[0])[-1]) in _NOT_NAMES | _NOT_HOMES:
                continue
            yield offset + match.start("pii"), offset + match.end("pii")


# Twenty-sixth pass, second shift (p70e): a hostel's own name in brackets after its kind, as a case note gives it ("il
# vivait en CHRS (La Caravelle, à Marseille)", "au foyer de l'Armée du Salut de Reims (Palais du Peuple)").
_BRACKETED_HOME = re.compile(
    r"(?<![\w'’\-])(?:CHRS|CADA|HUDA|CPH|FJT|MECS|(?i:foyer|r[ée]sidence[ \t]+sociale|maison[ \t]+relais|"
    r"pension[ \t]+de[ \t]+famille|centre[ \t]+d['’][ \t]*h[ée]bergement)(?![\w'’\-])[^()\n.;]{0,60}?)[ \t]*"
    r"\([ \t]*(?P<pii>(?:(?:Les|Le|La|L['’])[ \t]*)?"
    + _WORD
    + r"(?:[ \t]+(?:"
    + _OF
    + r"[ \t]*)?"
    + _WORD
    + r"){0,3})[ \t]*[,)]"
)


def _bracketed_home(offset: int, sentence: str) -> Iterator[tuple[int, int]]:
    for match in _BRACKETED_HOME.finditer(sentence):
        words = [w for w in re.findall(r"[^\W\d_][\w\-]*", match.group("pii")) if w[0].isupper()]
        while words and fold(words[0]) in _ARTICLES | {"les"}:
            words.pop(0)
        if not words or fold(re.split(r"['’]", words[0])[-1]) in _NOT_NAMES | _NOT_HOMES | _OPERATORS:
            continue  # "(Adoma, Clermont-Ferrand)": the operator, no home's name
        yield offset + match.start("pii"), offset + match.end("pii")


_OPERATORS = frozenset("adoma coallia sonacotra aftam adef emmaus".split())

# What a public centre or a tax word is named by, not a home: "le Centre Communal d'Action Sociale", "Centre
# Hospitalier" (read above), "la Résidence Principale".
_NOT_HOMES = frozenset(
    fold(word)
    for word in (
        "Communal Intercommunal Social Sociale Municipal Départemental Régional National Hospitalier Médical "
        "Médico-social Pénitentiaire Finances Impôts Fiscal Principale Secondaire Universitaire Commercial Ville"
    ).split()
)


# Twenty-sixth pass, second shift (the lead's decision): a named prison or detention centre where a person is held
# says where that person is and touches criminal matters; it is masked whole, as a care home or a hostel is ("mon
# compagnon est incarcéré au centre pénitentiaire de Liancourt", "la maison d'arrêt de Fleury-Mérogis où est mon
# fils", "il est au centre de rétention de Vincennes"; the CRA is a head of the care institutions already). Only in
# a sentence that says someone is held, was held or is a relative there; a prison named as the place to send a form
# or to call, with no one held in the sentence, and "l'administration pénitentiaire", stay visible.
_PRISON_WORD = re.compile(
    r"(?i)p[ée]nitentiaire|maison[ \t]+(?:d['’][ \t]*arr[êe]t|centrale)|d[ée]tention|r[ée]tention|prison|"
    r"semi-libert[ée]"
)
_PRISON = re.compile(
    r"(?:(?<![\w'’\-])(?i:au|aux|à|a|du|de|des|le|la|les|l['’]|un|une|en|vers)[ \t]*|[(,][ \t]*)"
    r"(?P<pii>(?i:centre[ \t]+p[ée]nitentiaire|maison[ \t]+d['’][ \t]*arr[êe]t|maison[ \t]+centrale|"
    r"centre[ \t]+de[ \t]+(?:d[ée]tention|semi-libert[ée]|r[ée]tention(?:[ \t]+administrative)?)|"
    r"[ée]tablissement[ \t]+p[ée]nitentiaire(?:[ \t]+pour[ \t]+mineurs)?|prison|"
    r"quartier[ \t]+(?:de[ \t]+semi-libert[ée]|des[ \t]+mineurs|mineurs))[ \t]+(?P<name>" + _NAME + r"))(?![\w'’\-])"
)
# Someone held there, or who was: the words of custody and release, a relative, "où est", the writer ("j'y suis").
_HELD = re.compile(
    r"(?<![\w\-])(?i:d[ée]tenue?s?|incarc[ée]r\w*|emprisonn\w*|[ée]crou\w*|en[ \t]+d[ée]tention|purge\w*|"
    r"enferm[ée]e?s?|retenue?s?|transf[ée]r[ée]e?s?|plac[ée]e?s?|sortie?s?|sort|sortira|lib[ée]r[ée]e?s?|"
    r"lib[ée]ration|prisonni[eè]re?s?|cellule|condamn[ée]e?s?|incarc[ée]ration|"
    r"o[ùu][ \t]+(?:est|sont|se[ \t]+trouve|il|elle|ils|elles|je|j['’])|"
    r"(?:il|elle|ils|elles|je|j['’])[ \t]*(?:est|sont|suis|[ée]tait|[ée]taient|[ée]tais|y)|"
    r"(?:mon|ma|mes|notre|nos|son|sa|ses|leur|leurs)[ \t]+(?:fils|fille|mari|femme|[ée]poux|[ée]pouse|"
    r"compagnon|compagne|conjointe?|concubine?|fr[èe]re|s(?:œ|oe)ur|p[èe]re|m[èe]re|neveu|ni[èe]ce|cousine?|"
    r"oncle|petit-fils|enfants?|amie?|copain|copine|proches?))(?![\w\-])"
)


def named_prisons(text: str) -> Iterator[tuple[int, int]]:
    """A prison or a detention centre named by its town or name in a sentence where someone is held (see above)."""
    if not _PRISON_WORD.search(text):
        return
    for offset, sentence in _sentences(text):
        for match in _PRISON.finditer(sentence):
            rest = sentence[: match.start("pii")] + " " + sentence[match.end("pii") :]
            if not _HELD.search(rest):
                continue
            words = [w for w in re.findall(r"[^\W\d_][\w\-]*", match.group("name")) if w[0].isupper()]
            while words and fold(words[0]) in _ARTICLES | {"les", "de", "du", "des", "d"}:
                words.pop(0)
            if not words or fold(re.split(r"['’]", words[0])[-1]) in _NOT_NAMES:
                continue
            yield offset + match.start("pii"), offset + match.end("pii")
