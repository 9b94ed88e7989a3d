"""Helpers shared by the triage rule tests: the rules alone, and whether the competence map vetoes out of scope."""

from guichet.drafting.triage import administration_profiles, out_of_scope_vetoed, private_dispute, topic_scores, triage
from guichet.drafting.triage_model import model_text


def rules(title: str, body: str, administration: str):
    return triage(title=title, body=body, administration=administration, use_model=False)


def vetoed(title: str, body: str, administration: str) -> bool:
    text = model_text(title, body)
    profiles = administration_profiles(administration)
    return out_of_scope_vetoed(topic_scores(title, body), profiles, private_dispute(text), text)
