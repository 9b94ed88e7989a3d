"""Firms named by what follows their name (thirty-fifth pass, engineer-p104e): a legal form after the name, French or
foreign ("Domi'Services Loire SAS", "Vivre Chez Soi Services EURL", "Trans-Karpaty Sp. z o.o.", "Kowalski Transport
GmbH", "Baltic Freight Ltd"), a family firm's tail ("Ambulances Dupuis & Fils", "Garage Morel et Frères"), and a
firm after a job held there that `employer` does not list ("responsable du parc automobile chez Logistique
Atlantique Express", "directrice d'agence chez …", "truck driver for …").

The legal form or the tail says a firm whatever its words are, so no cue of work is needed before it; the firm is
masked whole, its form with it, as `[EMPLOYEUR_n]` (product decision of the twentieth pass: the employer of the writer
or of a relative narrows a person to a handful). A public body never carries these forms; a person's name before
"& Fils" is the firm's name. Not masked: a form alone ("une SARL", "la SAS"), a form after a word in lower case
("créer une société en SAS"), a listed public body's word inside the name (`employer._is_firm`).
"""

import re
from collections.abc import Iterator

from guichet.privacy.gazetteer import is_name
from guichet.privacy.recognizers.base import RegexRecognizer
from guichet.privacy.recognizers.employer import ENTITY, FIRM_NAME, firm_span

# Above the name rules (0.6 to 0.8), as `employer.SCORE`: "Dupuis & Fils" is the firm, not a surname.
SCORE = 0.85

# A word of the firm's name: capitalised or in capitals, with hyphens, apostrophes, dots, digits after the first
# letter ("Domi'Services", "Trans-Karpaty", "3F" is left out: a firm's name begins with a letter here).
_WORD = r"[A-ZÀ-ÖØ-Þ][\wÀ-ÿ]*(?:['’.\-][\wÀ-ÿ]+)*"
_JOIN = r"(?:[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|de|du|des|d['’]|&|et|Le|La|Les|L['’])[ \t]*|[ \t]+|-)"
# One to six capitalised words and their joiners: "Vivre Chez Soi Services", "Transports Guillaud et Fils".
_FIRM = _WORD + r"(?:" + _JOIN + _WORD + r"){0,5}"

# Legal forms written after the name. French: SARL, EURL, SAS, SASU, SA, SNC, SCOP, SELARL, SELAS, SCP, SCM, GIE.
# Foreign: GmbH, AG, KG, Ltd, Limited, LLC, Inc, Corp, PLC, BV, NV, SRL, SpA, S.L., Sp. z o.o., s.r.o., a.s., Kft.,
# Zrt., AB, Oy, A/S, ApS, Lda, Ltda, S.A., S.A.S., S.à r.l. (dots or none).
_FORM = (
    r"(?:S\.?A\.?R\.?L\.?|E\.?U\.?R\.?L\.?|S\.?A\.?S\.?U\.?|S\.?A\.?S\.?|S\.?A\.?|S\.?N\.?C\.?|SCOP|SELARL|SELAS|"
    r"SCP|SCM|GIE|S\.?à[ \t]?r\.?l\.?|GmbH(?:[ \t]?&[ \t]?Co\.?[ \t]?KG)?|AG|KG|Ltd\.?|Limited|LLC|Inc\.?|Corp\.?|"
    r"PLC|plc|B\.?V\.?|N\.?V\.?|S\.?R\.?L\.?|S\.r\.l\.|SpA|S\.p\.A\.|S\.L\.?U?|[Ss]p\.[ \t]?z[ \t]?o\.[ \t]?o\.?|"
    r"s\.r\.o\.?|a\.s\.|Kft\.?|Zrt\.?|AB|Oy|A/S|ApS|Lda\.?|Ltda\.?)"
)
# A family firm's tail, without a legal form: "& Fils", "et Fils", "Frères", "& Cie", "et Associés".
_TAIL = r"(?:(?:&|et)[ \t]*(?:Fils|Filles?|Frères|Freres|Cie|Associée?s|Associes)|Frères|Freres)"

_SUFFIXED = re.compile(
    r"(?<![\w'’\-&.])(?P<pii>" + _FIRM + r"(?:[ \t]+" + _TAIL + r")?[ \t]+" + _FORM + r")(?![\w'’\-]|\.\w)"
    # a form that a capitalised word follows leads the next firm's name ("Christophe Aubert, SARL Aubert Plomberie")
    # or is a word of a sentence in capitals ("… SUR SA DECLARATION")
    r"(?![ \t]+[A-ZÀ-Þ])"
    r"|(?<![\w'’\-&.])(?P<tail>" + _FIRM + r"[ \t]+" + _TAIL + r")(?![\w'’\-])"
)
# A job held, before "chez" or "for": "responsable du parc automobile chez …", "directrice d'agence chez …",
# "truck driver for …" (employer's `_WORK` holds the workers' jobs; these are the managers' and the drivers').
_JOB_CHEZ = re.compile(
    r"(?<![\w'’\-])(?:(?i:responsable|directeur|directrice|gérante?|gerante?|cheffe?|assistante?|manager|"
    r"coordinat(?:eur|rice)|consultante?|ingénieure?|ingenieure?|juriste|chargée?|adjointe?|dirigeante?|"
    r"associée?|employée?|chauffeur|chauffeuse|conducteur|conductrice|routier|routière|livreur|livreuse)\b"
    r"[^.!?;:\n]{0,50}?(?<![\w'’\-])(?i:chez)|(?i:driver|manager|employee)[ \t]+(?i:for|at))[ \t]+" + FIRM_NAME
)
# What a legal form's first word may not be: a title, a pronoun, a greeting (a person or a sentence's start).
_NOT_FIRST = re.compile(
    r"(?i:M|Mme|Mlle|Monsieur|Madame|Dr|Docteur|Je|Il|Elle|On|Nous|Vous|Bonjour|Merci|Cordialement|Le|La|Les|Un|Une|"
    r"Mon|Ma|Mes|Son|Sa|Ses|Notre|Votre|Leur|Ce|Cette|Chez|En|Et|Ou|Mais)\Z"
)
_GATE = re.compile(
    r"SA|EURL|E\.U|SNC|SCOP|SEL|SCP|SCM|GIE|r\.?l|GmbH|AG|KG|Lt|Limited|LLC|Inc|Corp|PLC|plc|B\.?V|N\.?V|SpA|S\.|"
    r"p\.|a\.s|Kft|Zrt|AB|Oy|A/S|ApS|Lda|Fils|Fille|Fr[eè]res|Cie|Associ|chez|for|at"
)


class FirmSuffixRecognizer(RegexRecognizer):
    """A firm named with its legal form or a family tail after it, or after a manager's or a driver's job."""

    ENTITY = ENTITY

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        if not _GATE.search(text):
            return
        for match in _SUFFIXED.finditer(text):
            group = "pii" if match.group("pii") else "tail"
            start, end = match.span(group)
            if text[end - 1] == "." and "." not in text[end - 4 : end - 1]:
                end -= 1  # "… et Fils SA." ends its sentence: the dot is the sentence's ("S.A.", "o.o." keep theirs)
            value = text[start:end]
            first = re.match(r"[^ \t,]+", value).group()
            # the first words may be a sentence's: "Le service Domi'Services …" starts at "Domi'Services" with its
            # leading capitals kept only when no title or pronoun leads them
            while _NOT_FIRST.match(first.rstrip(".")) and " " in value:
                cut = re.match(r"[^ \t,]+[ \t,]+", value).end()
                start, value = start + cut, value[cut:]
                first = re.match(r"[^ \t,]+", value).group()
            if _NOT_FIRST.match(first.rstrip(".")):
                continue
            name = re.sub(r"[ \t]+" + _FORM + r"\Z", "", value) if group == "pii" else value
            if name == value and group == "pii":
                continue  # the form alone once a sentence's first word is set aside: "Le GIE Sésame-Vitale"
            name = re.sub(r"[ \t]+" + _TAIL + r"\Z", "", name)
            # the whole name before the form is a firm's: not a public body ("CAF SA"), nor a sentence in capitals
            # whose words `firm_span` cuts ("KEVIN LEBRETON CONTINUE A ME METTRE SUR SA")
            if not name or firm_span(name) != (0, len(name)) and not _person_firm(name):
                continue
            yield start, end, SCORE
        for match in _JOB_CHEZ.finditer(text):
            start, end = match.span("pii")
            found = firm_span(text[start:end])
            if found is not None:
                yield start + found[0], start + found[1], SCORE


def _person_firm(name: str) -> bool:
    """A person's name with a family tail or a legal form is the firm's ("Paul Dupuis & Fils", "Marie Roux SARL"):
    `firm_span` refuses a first name and a surname alone, which here name the firm."""
    words = name.split()
    return len(words) == 2 and is_name(words[0], first=True) and words[0][1:].islower()
