"""A couple the draft tells in the past ("vous étiez mariée depuis plus de trente ans", "vous avez vécu douze ans en
couple"): said again by a widowed, divorced or separated writer, not a claim that they live in a couple now. Read
as now, such a sentence was removed as contradicted from a widow's draft. Texts are folded. Switch: `PAST_COUPLE`."""

from guichet.drafting.persona.lexicon import APART, CONSISTENT, CONTRADICTED, TOGETHER, UNSUPPORTED

# Off: a couple told in the past is read as one of now, as in the fortieth pass.
PAST_COUPLE = True

# A verb of the past before the couple's word, in the draft's clause about the writer.
_PAST_VERBS = (" etiez ", " aviez ", " avez vecu ", " avez ete ", " etiez restee", " aviez vecu ")
_PAST = "was_"


def was_together(value: str, before: str) -> str:
    """The couple trait's value: "was_married" where a married, pacsed or couple state is told in the past."""
    if PAST_COUPLE and value in TOGETHER and any(v in f" {before} " for v in _PAST_VERBS):
        return f"{_PAST}{value}"
    return value


def past_couple_verdict(value: str, couple: set[str]) -> str | None:
    """The verdict on a couple told in the past (None for a couple of now): said by a writer no longer in it (widowed,
    divorced, separated) or still in it, denied by a writer who says only "célibataire", left open otherwise."""
    if not value.startswith(_PAST):
        return None
    ended = couple & (APART - {"single", "alone"})
    if ended or value.removeprefix(_PAST) in couple:
        return CONSISTENT
    # "célibataire" in law: never married nor pacsed
    return CONTRADICTED if couple == {"single"} and value != f"{_PAST}couple" else UNSUPPORTED
