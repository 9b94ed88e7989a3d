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
    r"groupe[ \t]+hospitalier|h[ôo]pital|polyclinique|clinique|"
    r"centre[ \t]+de[ \t]+(?:rééducation|reeducation|réadaptation|readaptation|soins(?:[ \t]+de[ \t]+suite)?|"
    r"dialyse|lutte[ \t]+contre[ \t]+le[ \t]+cancer)|centre[ \t]+(?:médical|medical|médico-psychologique|"
    r"médico-psycho-pédagogique|référent|referent|de[ \t]+référence|de[ \t]+reference))|"
    r"CHU|CHRU|CHR|CHI|CHS|IME|IMPro|ITEP|CMP|CMPP|CAMSP|SESSAD|EPSM|CRCM)"
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
    r"(?<![\w'’\-])(?i:l|d)['’][ \t]*|[(,][ \t]*)"
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
            while words and fold(words[0]) in _ARTICLES:
                words.pop(0)
            if not words or fold(re.split(r"['’]", words[0])[-1]) in _NOT_NAMES:
                continue
            # a building named after someone in two words, first name and surname, with no hyphen ("l'hôpital
            # Édouard Herriot") stays, as a school or a gymnasium named so does (twenty-second pass); the hyphenated
            # name hospitals use ("hôpital Jean-Verdier") and a town after "de" are masked
            if not re.match(r"[ \t]*" + _OF, rest) and len(words) == 2 and is_name(words[0], first=True):
                continue
            yield match.start("pii"), match.end("pii"), SCORE
