"""What a draft says about its writer, read against what the message says (principle 2, "grounded or silent").

The 1.5B model has told a student "en tant que demandeur d'emploi résidant en Europe", and told people who said
nothing of it, or the opposite, "vous êtes retraité", "vous avez des enfants", "vous êtes salarié". Such a sentence
decides the case for the citizen on a wrong premise. This check finds the draft's sentences that state something
about the writer ("vous êtes …", "en tant que …", "étant …", "votre situation de …", "comme vous avez …", "ayant
plus de 55 ans", "vous résidez en France", "avec vos deux enfants", "votre demande, déposée en mars …"), reads in
the clause that says it the traits it states (an activity, a benefit, a disability, an age, children, a couple or
not, a nationality, a residence, a tenant or an owner, an income, a date of the writer's own case) and compares
each with what the (pseudonymised) message says of the writer:

* ``contradicted``: the message says otherwise ("je suis étudiante" / "en tant que demandeur d'emploi", "j'ai 22
  ans" / "vous avez plus de 25 ans", "je loue" / "en tant que propriétaire");
* ``consistent``: the message says it;
* ``unsupported``: the message says nothing of it.

A condition is no claim ("si vous êtes salarié", "lorsque vous êtes retraité"), nor a question, nor a trait the
lexicon does not know ("vous êtes invité à …"). A model sentence found contradicted is removed from the draft
(`cleaning.drop_persona_contradicting`); `checks.check_draft` flags a contradicted sentence (error) and an
unsupported one (warning) wherever it is, except in what Guichet quoted from the fiches, where only a contradicted
one is flagged (a fiche speaks to every reader: "vous êtes salarié" there is its case, not a claim).

Deterministic, regular expressions on folded text; the message's dates may come from the pseudonymisation mapping
(`private_text`), read here and never stored or sent to a model.
"""

from guichet.drafting.persona.claims import find_claims, outside_cases, private_dates
from guichet.drafting.persona.lexicon import CONSISTENT, CONTRADICTED, UNSUPPORTED
from guichet.drafting.persona.model import Claim, Trait, Writer
from guichet.drafting.persona.writer import read_writer

__all__ = [
    "CONSISTENT",
    "CONTRADICTED",
    "UNSUPPORTED",
    "Claim",
    "Trait",
    "Writer",
    "find_claims",
    "outside_cases",
    "private_dates",
    "read_writer",
]
