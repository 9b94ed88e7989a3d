"""Firms named after a legal form that `employer` does not read first (forty-fifth pass, engineer-p144e, issue 13):
the forms of the liberal professions and of property and partnership firms, written before the name ("SELARL
Huissiers Réunis Touraine", "la SCI Dubois-Ferrand", "la SNC Tabac Presse Lopes", "la SCP Morel et Associés", "la
SCOP Ardelaine").

These firms are small by their form: a property company of a family (SCI), a partnership of two or three people
(SNC), a notary's, a bailiff's, a doctor's or a lawyer's practice (SCP, SEL…). Their name is often their partners'
surnames; with the town it narrows the writer to a handful. Masked as `[EMPLOYEUR_n]` (product decision of the
twentieth pass), the form with it, as `firm_suffix` does for a form after the name.

Source of the forms: the INSEE's catalogue of legal categories (catégories juridiques): the partnership (SNC),
the firms of the liberal professions (SELARL, SELAS, SELAFA, SELCA, SELEURL), the civil companies (SCI, SCP, SCM)
and the cooperatives (SCOP, SCIC), in capitals as their own papers write them.

**Not masked**: a form alone or before a word in lower case ("une SCI peut être constituée", "la SCI familiale"), a
name a public body's word holds (`employer.firm_span`).
"""

import re
from collections.abc import Iterator

from guichet.privacy.recognizers.base import RegexRecognizer
from guichet.privacy.recognizers.employer import ENTITY, FIRM_NAME, firm_span

ENABLED = True

# Below the address and name rules, as `employer.LEGAL_SCORE`: "à son domicile SCI …" stays an address.
SCORE = 0.5

_FORMS = r"(?:SELARL|SELAS|SELAFA|SELCA|SELEURL|SCI|SCP|SCM|SNC|SCOP|SCIC)"
_HEADED = re.compile(
    r"(?<![\w'’\-.])(?P<form>"
    + _FORMS
    + r")[ \t]+(?:[«\"“][ \t]*)?"
    + FIRM_NAME.replace("(?P<pii>", "(?P<name>", 1)
    + r"(?![\w'’\-])",
    re.MULTILINE,
)
_GATE = re.compile(_FORMS)


class FirmFormRecognizer(RegexRecognizer):
    """A firm named after a liberal, property or partnership firm's legal form (see the module's docstring)."""

    ENTITY = ENTITY

    def spans(self, text: str) -> Iterator[tuple[int, int, float]]:
        if not ENABLED or not _GATE.search(text):
            return
        for match in _HEADED.finditer(text):
            start = match.start("name")
            found = firm_span(text[start : match.end("name")])
            if found is None:
                continue
            yield match.start("form"), start + found[1], SCORE
