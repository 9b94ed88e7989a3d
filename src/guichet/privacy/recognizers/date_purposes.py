"""Dates in a citizen's text that date nobody's life (issue 13, forty-first pass, engineer-p129e).

`EventDateRecognizer` masks every date of a citizen's own text that no rule or law claims, and `LifeYearRecognizer`
the years of a life. Some of those dates identify no one: they belong to an office's calendar or to a mail's
furniture, whoever writes. Read from the words right before the date (its own line for a mail's header):

- **a deadline**: "avant le 15 octobre 2026", "au plus tard le 31 mai", "la date limite était le 20 mai 2026",
  "l'échéance du 15 janvier", "arrivent à échéance le 31 décembre", "due le 30 avril", "la campagne est ouverte
  jusqu'au 15 octobre", "réclamation possible jusqu'au 31 décembre";
- **a mail's time stamp**, in a forwarded or quoted message's header: "Date : lun. 3 nov. 2026 à 09:14",
  "Envoyé : mardi 4 mars 2025 09:12", "> Le 15 oct. 2026 à 09:02, Service Logement <…> a écrit :";
- **a payment of an office's calendar**: "4 prélèvements à partir du 25 septembre", "l'allocation sera-t-elle
  versée le 18 août", "à payer avant le…";
- **the day an office's paper came**: "l'avis reçu le 24 juillet 2026", "j'ai reçu le 29 août l'avis de taxe
  foncière" (a paper of an office in the sentence; "votre courrier du 3 octobre" stays the twenty-first pass's);
- **a tax year**: "mes revenus 2025", "l'impôt sur le revenu 2021 et 2022", "avis d'imposition 2024".

Dates of birth keep their own recogniser (`BirthDateRecognizer`), untouched here; a day said alone ("avant le 8")
stays with `DayAloneRecognizer`. `ENABLED = False` restores the fortieth pass's behaviour.
"""

import re

ENABLED = True

_S = r"[ \t\u00a0]+"
_DEADLINE = re.compile(
    r"(?i)(?:\bavant" + _S + r"le|\bau" + _S + r"plus" + _S + r"tard" + _S + r"le|"
    r"\bdates?" + _S + r"limites?\b[^.;!?\n]{0,30}?\b(?:le|au|du)|"
    r"\béchéances?\b[^.;!?\n]{0,12}?\b(?:le|du|au)|\bdue?s?" + _S + r"(?:le|au)|"
    # a campaign's or a claim's last day: "la campagne est ouverte jusqu'au…", "réclamation possible jusqu'au…"
    r"\b(?:ouverte?s?|possibles?|campagnes?|réclamations?|reclamations?)\b[^.;!?\n]{0,20}?jusqu['’][ \t\u00a0]?au)"
    r"[ \t\u00a0]*$"
)
# A header line of a mail: "Date :", "Envoyé :", "Sent:", or a quoted reply's "Le … a écrit :".
_HEADER_FIELD = re.compile(r"(?i)^[ \t>]*(?:date|envoyé|envoye|sent|reçu|recu)[ \t\u00a0]*:")
_QUOTED_REPLY = re.compile(r"(?i)^[ \t>]*le[ \t\u00a0]")
_WROTE = re.compile(r"(?i)\b(?:a[ \t\u00a0]+écrit|a[ \t\u00a0]+ecrit|wrote)\b")
_PAYMENT = re.compile(
    r"(?i)(?:\b(?:prélèvements?|prelevements?|prélevée?s?|versée?s?|versements?|mensualités?|mensualites?)\b"
    r"[^.;!?\n]{0,25}?\b(?:le|du|à" + _S + r"partir" + _S + r"du|au)|\b(?:à|a)" + _S + r"payer\b[^.;!?\n]{0,20}?"
    r"\b(?:le|au))[ \t\u00a0]*$"
)
# An office's paper, the day it came ("votre courrier du 4 novembre" stays masked: the twenty-first pass's letter
# to the writer, which dates his own case).
_PAPER = (
    r"(?:avis|courriers?|lettres?|notifications?|relances?|factures?|convocations?|attestations?|décisions?|"
    r"decisions?|mises?" + _S + r"en" + _S + r"demeure|échéanciers?|echeanciers?)"
)
_RECEIVED = re.compile(r"(?i)\breçue?s?" + _S + r"le[ \t\u00a0]*$")
_PAPER_NEAR = re.compile(r"(?i)\b" + _PAPER + r"\b")
_TAX_YEAR = re.compile(
    r"(?i)\b(?:revenus|impôts?|impots?|impôt" + _S + r"sur" + _S + r"le" + _S + r"revenu|impositions?|"
    r"avis" + _S + r"d['’]imp\w+|taxe" + _S + r"(?:foncière|fonciere|d['’]habitation))"
    r"(?:" + _S + r"(?:de|du|de" + _S + r"l['’]année|pour))?"
    # the next year of a list: "l'impôt sur le revenu 2021 et 2022"
    r"(?:" + _S + r"(?:19|20)\d{2}(?:" + _S + r"et|[ \t\u00a0]*,))?[ \t\u00a0]*$"
)
_SENTENCE_END = re.compile(r"[.!?;\n]")


def purpose(text: str, start: int, end: int) -> str | None:
    """Why the date `text[start:end]` dates no one ("deadline", "stamp", "payment", "paper", "tax_year"), or
    None when nothing here says so."""
    if not ENABLED:
        return None
    before = text[max(0, start - 80) : start]
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line_before = text[line_start:start]
    if _HEADER_FIELD.match(line_before):
        return "stamp"
    if _QUOTED_REPLY.match(line_before) and len(line_before.strip(" \t>")) <= 12:
        next_end = text.find("\n", line_end + 1)
        following = text[line_end : len(text) if next_end < 0 else next_end]
        if _WROTE.search(text[end:line_end]) or _WROTE.search(following):
            return "stamp"
    if _DEADLINE.search(before):
        return "deadline"
    if _PAYMENT.search(before):
        return "payment"
    if _RECEIVED.search(before):
        sentence = _SENTENCE_END.split(before)[-1] + text[end : end + 60].split("\n")[0]
        if _PAPER_NEAR.search(sentence):
            return "paper"
    if re.fullmatch(r"(?:19|20)\d{2}", text[start:end]) and _TAX_YEAR.search(before):
        return "tax_year"
    return None
