"""A French writer abroad or back from abroad is not a foreigner in France (thirty-sixth pass, engineer-r54).

`situations` reads the "étranger" qualifier from any country or town abroad the message names, so that a French
person in Munich or back from Dubai is not kept off a fiche titled for something done abroad. The same reading lets
the fiches written for a foreign person in France stand beside the French writer's own: "Un étranger peut-il faire
valoir ses droits au chômage acquis dans un pays de l'EEE ?" before « Retour en France : quel droit aux allocations
chômage ? » for a Frenchman laid off in Brussels, « Obligation de quitter la France (OQTF) » before « Un Français
peut-il être expulsé d'un pays européen ? » for a Frenchman ordered out of Belgium, « Carte de séjour pour étranger
retraité » for French retirees moving to Portugal (batch v63, train + validation).

The writer is read as a French person abroad when the message says it ("je suis française", "française par ma
mère"), names the French abroad's own schemes (expatriation, the consular register, a PVT, Erasmus, the volontariat
international), says the writer leaves to live in a country abroad, or holds the "retour en France" qualifier (the
writer comes back) — and nothing says the writer or a partner is a foreign national: a nationality other than French,
their own residence permit, visa, asylum or naturalisation ("mon titre de séjour", "le visa de ma femme", "demander
la nationalité"). The "à l'étranger" qualifier alone is no sign: a mother who lives in Belgium, a student in Dakar
who wants to study in France (train + validation: 11 messages whose gold fiche is a foreigner's went down with it).
Then a fiche whose title is written for a foreign person (a foreigner, a European citizen in France, a residence
permit, a removal order, a naturalisation) is a `mismatch` (`rerank`), does not share the "étranger" qualifier, and
loses the name and distress pointers read as a foreigner's ("quitter le territoire" → OQTF), unless its title names
a French person too. Second round: a fiche written for professionals only is treated the same way when the writer
names no firm of their own (`employee_abroad`): « Recrutement de salariés expatriés ou détachés à l'étranger » is the
employer's side of « Salarié expatrié à l'étranger » (v63-017 3 → 2, ret-r17-018 7 → 6, none down).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from guichet.knowledge.situations import ABROAD

READ_FRENCH_ABROAD = True  # off: the thirty-sixth pass's lead reading (a measurement switch)
DROP_FOREIGNER_POINTERS = True  # off: such a fiche keeps its vocabulary and distress pointers (a measurement switch)

# the qualifier (`situations.QUALIFIERS`) of a writer back from abroad; "à l'étranger" alone is no sign (a relative who
# lives in Belgium, a student in Dakar who wants to study in France)
ABROAD_QUALIFIERS = frozenset({"retour en France"})
# the qualifier a foreign person's fiche shares with a message that names a country (`situations`)
FOREIGNER = frozenset({"étranger"})

_FRENCH_SELF = re.compile(
    r"\b(je suis|nous sommes|on est|suis|sommes)( \w+){0,2} (francaise?s?|de nationalite francaise)\b"
    r"|\b(j.ai|nous avons|on a) la nationalite francaise\b"
    r"|\bfrancaise?s? (de l.etranger|expatriee?s?|par (ma|mon) \w+)\b"
    # the consular register and the expatriate's schemes are a French person's
    r"|\bexpatri\w*|\b(liste|inscription|registre|carte) consulaire\b|\bregistre des francais\b|\bpvt\b"
    r"|\berasmus\b|\bvolontariat international\b"
    # the writer leaves France to live abroad ("nous voudrions partir vivre près de Coimbra au Portugal")
    r"|\b(je|j.|nous|on) (\w+ ){0,3}(partir|pars|partons|installer|installe|installes|demenager|demenage)"
    r"( \w+){0,4} (au|aux|en|a) (" + ABROAD + r")\b"
)
_NATIONALITY = (
    r"portugaise?|espagnole?|italienne?|allemande?|belge|suisse|anglaise?|britannique|americaine?|canadienne?"
    r"|bresilienne?|argentine?|colombienne?|chinoise?|japonaise?|turque?|marocaine?|algerienne?|tunisienne?"
    r"|senegalaise?|malienne?|ivoirienne?|camerounaise?|congolaise?|guineenne?|comorienne?|malgache"
    r"|roumaine?|polonaise?|russe|ukrainienne?|syrienne?|afghane?|vietnamienne?|philippine|mexicaine?"
    r"|soudanaise?|erythreenne?|somalienne?|haitienne?|pakistanaise?|bangladaise?|albanaise?|georgienne?"
    r"|armenienne?|kosovare?|nigeriane?|ghaneenne?|egyptienne?|libyenne?|irakienne?|iranienne?|libanaise?"
)
# the writer or a relative is a foreign national: said of a person, or their own papers of a foreigner in France
_FOREIGN_NATIONAL = re.compile(
    r"\b(je suis|j.ai la|nous sommes|(mon|ma) (mari|femme|epou\w+|conjointe?|compagnon|compagne) (est|a la))"
    r"( \w+){0,2} (" + _NATIONALITY + r"|de nationalite (?!francaise)\w+)\b"
    r"|\b(mon|ma|mes|son|sa|ses|notre|nos|leur|leurs) (premier |premiere |futur |future )?(titre|carte|titres|cartes)"
    r" de (sejour|resident)\b|\b(mon|ma|son|sa|notre|leur) (visa|recepisse|naturalisation|demande d.asile)\b"
    r"|\b(visa|titre de sejour|carte de sejour|regroupement familial|naturalisation) (de|pour) (mon|ma|mes|notre)\b"
    r"|\bsans.papiers?\b|\bdemandeu\w+ d.asile\b|\brefugiee?s?\b|\basile\b|\bcada\b|\bcarte de resident\b"
    r"|\bdevenir francaise?\b|\bdemander la nationalite\b|\bnaturalis\w+"
)

# A place abroad said of a place ("à l'étranger", "depuis l'étranger") is no foreign person: removed before reading.
_PLACE = re.compile(r"\b(a|de|depuis|vers|hors|pour) l.etranger\b")
_FOREIGN_PERSON_TITLE = re.compile(
    r"^etrangere?s?\b|\b(un|une|d.un|d.une|les|des|aux?|pour) etrangere?s?\b|\b(l|d).etrangere?s?\b"
    r"|\b(mineur|mineurs|salarie|salaries|conjoint|eleve|etudiant|parent|travailleur|stagiaire \w+|personne"
    r"|citoyen|membre|ressortissant)s? (\w+ )?etrangere?s?\b"
    r"|\beuropeens? en france\b|\bcitoyens? (ue|de l.union|europeens?)\b|\btitre de sejour\b|\bcarte de sejour\b"
    r"|\bcarte de resident\b|\bnaturalis\w+|\bquitter (la france|le territoire)\b|\boqtf\b|\bressortissants?\b"
    r"|\bdemandeurs? d.asile\b|\brefugies?\b"
)
_FRENCH_TITLE = re.compile(r"\bfrancaise?s?\b")
# the writer runs or speaks for a firm that sends or hires people abroad: the professionals' fiche is theirs
_EMPLOYER = re.compile(
    r"\b(je dirige|je gere|mon entreprise|ma societe|notre entreprise|notre societe|ma boite|nous recrutons"
    r"|(je|nous|on) (veux|voulons|souhaite|souhaitons|voudrais|voudrions)( \w+){0,2} (recruter|embaucher|envoyer))\b"
)
PROFESSIONALS_ONLY = True  # off: a professionals' fiche stays a French employee's candidate (a measurement switch)


def employee_abroad(folded: str, audiences: Iterable[str]) -> bool:
    """Whether a fiche written for professionals only ("Recrutement d'un volontaire international en entreprise") is
    the employer's side of a French writer's own situation abroad: the writer names no firm of their own."""
    return PROFESSIONALS_ONLY and list(audiences) == ["professionnels"] and not _EMPLOYER.search(folded)


def french_writer(folded: str, qualifiers: Iterable[str]) -> bool:
    """Whether a folded message reads as written by a French person abroad or back from abroad, with no foreign
    national in France in it."""
    if not READ_FRENCH_ABROAD:
        return False
    if not (ABROAD_QUALIFIERS & frozenset(qualifiers) or _FRENCH_SELF.search(folded)):
        return False
    return not _FOREIGN_NATIONAL.search(folded)


def foreign_person_title(folded_title: str) -> bool:
    """Whether a folded fiche title is written for a foreign person (in France), not for a French one."""
    if _FRENCH_TITLE.search(folded_title):
        return False
    return bool(_FOREIGN_PERSON_TITLE.search(_PLACE.sub(" ", folded_title)))
