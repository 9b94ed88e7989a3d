"""A university or a research institute where the writer studies or does research (forty-eighth pass, batch p159e,
issue 13): "je suis doctorant à l'Université Paris-Saclay", "chercheuse post-doctorale à l'Institut Pasteur",
"vacataire à l'Université Côte d'Azur", "doctorant à l'Institut Mines-Télécom".

The employer rules mask a public body named as the writer's employer (`recognizers.public_employer`, twenty-fifth
pass), and the care rules an institute named by its own name (`recognizers.care`: "sa chimiothérapie à l'Institut
Curie"). A university or a research institute said beside a study or research word is neither: tens of thousands
study or work there, the body is public, and the reply needs it (which university's scholarship office, which
institute's human resources). Such an `EMPLOYEUR` or `ETABLISSEMENT` span is left visible. A university or an
institute without such a word before it stays with the other rules ("agent d'entretien à l'Université de Caen", "ma
chimiothérapie à l'Institut Curie").
"""

import re

# Switch, read at call time (`analyzer._brands_out`): on, such a university or research institute stays visible.
ENABLED = True

# The body: a university, an institute, a school of higher education or a national research organisation.
_BODY = re.compile(
    r"(?:l['’][ \t]*|la[ \t]+|le[ \t]+)?(?:Universit[ée]|Institut|[ÉE]cole[ \t]+(?:normale|centrale|polytechnique|"
    r"nationale|supérieure|superieure|doctorale|des[ \t]+hautes)|INSA|ENS|CNRS|INSERM|Inserm|Inria|INRIA|INRAE|"
    r"CEA|IRD|CIRAD|CNES|Ifremer|IFREMER)\b"
)
# A study or research word in the same sentence, before the body ("doctorante contractuelle à", "chercheur invité au").
_STUDY_BEFORE = re.compile(
    r"(?i)(?:doctorant|doctorante|doctorat|th[èe]se|chercheu(?:r|se|rs|ses)|post-?doc|postdoc|[ée]tudiant|[ée]tudes|"
    r"master|licence|inscrite?|ma[îi]tre[ \t]+de[ \t]+conf[ée]rences|professeu?r|professeure|enseignante?-chercheu|"
    r"enseignante?|vacataire|ing[ée]nieure?[ \t]+(?:de[ \t]+recherche|d['’][ée]tudes)|laboratoire|"
    r"accueillie?|invit[ée]e?|ATER|Erasmus)[^.!?\n]{0,60}\Z"
)


def a_study_body(text: str, start: int, end: int) -> bool:
    """True when `text[start:end]` is a university or a research institute said after a study or research word."""
    if not ENABLED or _BODY.match(text, start, end) is None:
        return False
    return _STUDY_BEFORE.search(text, max(0, start - 80), start) is not None
