"""A European citizen in France is a foreigner under a regime of their own (forty-eighth pass, engineer-r82).

A writer who says they or a close relative hold the nationality of a country of the European Economic Area or of
Switzerland ("je suis portugaise", "ma mère est roumaine", "je suis retraitée néerlandaise", "étudiante espagnole",
"citoyen européen") lives in France under the free-movement rules: « Titre de séjour d'un travailleur citoyen
UE/EEE/Suisse », « Séjour de longue durée d'un Européen en France », « Échange d'un permis de conduire obtenu en
Europe (EEE + Royaume-Uni) » are written for them. Those titles never say "étranger", so they did not share the
writer's "étranger" qualifier, while the residence and work permits of a non-European foreigner did (« Carte de séjour
"vie privée et familiale" d'un étranger en France », « Autorisation de travail d'un étranger salarié en France »,
« Carte de séjour pour étranger retraité »): a Portuguese employee asking whether she needs a residence card was sent
to the non-Europeans' permits (batch r82, train + validation).

For such a writer (`european_writer`):
- the message holds the "étranger" qualifier, also when the nationality is one the twentieth pass's list lacks
  ("néerlandaise", "grecque") or is said of a relative ("ma mère est roumaine") (`situations`);
- a fiche title written for a European citizen shares it (`european_title`); a title naming a non-European's
  residence or work permit, or a life abroad ("à l'étranger") the writer does not name, is a mismatch (its
  "étranger" becomes a situation no message holds: dropping it alone, as `french_abroad` does, turned the mismatch
  of a writer not read as a foreigner before into no mismatch, « Carte de séjour pour étranger retraité » up for a
  Dutch retiree); a title naming a French person is left alone (`rerank`, `title_qualifiers`).
The two go together: the title reading alone makes a European citizen's fiche a mismatch for the writers the
twentieth pass's list does not read (r82-002, a Romanian mother, 5 → 25 in a trial).
The British are not in the list: since 2021 their fiche is « … personne britannique … après le Brexit ».
"""

from __future__ import annotations

import re

READ_EUROPEAN_CITIZEN = True  # off: the forty-seventh pass's reading (a measurement switch)

# the nationalities of the European Economic Area and Switzerland, folded, masculine and feminine, singular and plural
_EEA_NATIONALITY = (
    r"portugaise?s?|espagnole?s?|italien(ne)?s?|allemande?s?|belges?|neerlandaise?s?|hollandaise?s?"
    r"|luxembourgeoise?s?|irlandaise?s?|grec(que)?s?|autrichien(ne)?s?|suedoise?s?|danoise?s?|finlandaise?s?"
    r"|polonaise?s?|roumaine?s?|bulgares?|hongroise?s?|tcheques?|slovaques?|slovenes?|croates?|estonien(ne)?s?"
    r"|letton(ne)?s?|lituanien(ne)?s?|maltaise?s?|chypriotes?|norvegien(ne)?s?|islandaise?s?|suisses?"
    r"|liechtensteinoise?s?"
)
# the people a nationality is said of: the writer, a close relative, or the writer's role in France
_RELATIVE = (
    r"mari|femme|epou\w+|conjointe?|compagnon|compagne|partenaire|copain|copine|mere|pere|parents|fils|fille"
    r"|enfants?|frere|soeur|belle.mere|beau.pere|grand.mere|grand.pere"
)
_EUROPEAN_PERSON = re.compile(
    r"\b(je suis|j.etais|nous sommes|on est|en tant que|de nationalite"
    r"|(mon|ma|mes|notre|nos) (" + _RELATIVE + r") (est|sont|etait)"
    r"|(etudiante?|retraitee?|travailleu(r|se)|salariee?|citoyen(ne)?|ressortissante?)s?)"
    r"( \w+){0,2} (" + _EEA_NATIONALITY + r")\b"
    r"|\b(citoyen(ne)?s?|ressortissante?s?) (europeen(ne)?s?|de l.(union europeenne|ue|eee)|ue)\b"
)
# a title written for a European citizen in France (not "non européen", not a European body or fund)
_EUROPEAN_TITLE = re.compile(
    r"\bcitoyens? (ue|de l.union|europeens?)\b|\bue/eee\b|\beuropeens? en france\b|\b(l|d).europeen\b"
    r"|\b(etudiant|travailleur|partenaire|epoux|conjoint)s? europeens?\b|\(eee \+ royaume.uni\)"
    r"|\b(obtenu|delivre) en europe\b|\bpays de l.eee\b"
)
# a title naming a residence or work permit of a non-European foreigner
_PERMIT_TITLE = re.compile(
    r"\b(carte|titre)s? de sejour\b|\bcarte de resident\b|\bvisa\b|\bautorisation (provisoire )?de (travail|sejour)\b"
    r"|\bcertificat de residence\b|\bregroupement familial\b"
)
# a title naming a place abroad the writer goes to ("Je pars vivre à l'étranger", "… passé à l'étranger"): a French
# person's life abroad, or a foreign licence's, not a European citizen's in France
_ABROAD_TITLE = re.compile(r"\b(a|hors de) l.etranger\b|\bhors de france\b")
_FRENCH_TITLE = re.compile(r"\bfrancaise?s?\b")
FOREIGNER = "étranger"
ABROAD = "à l'étranger"
# a situation no message holds: a title that carries it is a mismatch for the European writer
NON_EUROPEAN = "étranger hors Europe"


def european_writer(folded: str) -> bool:
    """Whether a folded message says its writer or a close relative is a citizen of the EEA or Switzerland."""
    return READ_EUROPEAN_CITIZEN and bool(_EUROPEAN_PERSON.search(folded))


def european_title(folded_title: str) -> bool:
    """Whether a folded fiche title is written for a European citizen in France."""
    return bool(_EUROPEAN_TITLE.search(folded_title)) and "non europeen" not in folded_title


def title_qualifiers(folded_title: str, qualifiers: frozenset[str], writer: frozenset[str]) -> frozenset[str]:
    """A fiche title's qualifiers read for a European writer (`writer`: the message's qualifiers): a European
    citizen's title shares the writer's "étranger"; a non-European's permit, or a life abroad for a writer who names
    none, names a situation the writer is not in (a `rerank.mismatch`), not a mere absence of fit."""
    if european_title(folded_title):
        return qualifiers | {FOREIGNER}
    if FOREIGNER not in qualifiers or _FRENCH_TITLE.search(folded_title):
        return qualifiers  # "Mariage d'un Français à l'étranger": the French partner's side, not a foreigner's
    if _PERMIT_TITLE.search(folded_title) or (ABROAD not in writer and _ABROAD_TITLE.search(folded_title)):
        return (qualifiers - {FOREIGNER}) | {NON_EUROPEAN}
    return qualifiers
