"""The fixed frame of a draft: texts Guichet controls, around whatever the model or the extracts wrote.

The greeting, emergency contacts for a person in distress (always first), the redirection for another body's
question, a refusal to help with forgery or other people's data, the "not covered" sentence, the politeness formula
and signature. Pure functions on the triage and the administration's profile.
"""

from guichet.drafting.enums import TriageLabel
from guichet.drafting.prompts import AdministrationProfile
from guichet.drafting.triage import Triage

DISTRESS_INTRO = (
    "Nous avons bien lu votre message et nous prenons votre situation très au sérieux. "
    "Un agent va le traiter en priorité."
)
DISTRESS_CONTACTS_HEAD = "Si vous avez besoin d'aide tout de suite, vous pouvez appeler :"
NOT_COVERED = (
    "Les informations dont nous disposons ne permettent pas de répondre précisément à toute votre demande : "
    "un agent va l'examiner et vous répondra."
)
FORGERY_REFUSAL = (
    "Nous ne pouvons pas vous aider à modifier ou fabriquer un document : "
    "établir ou utiliser un faux document est puni par la loi."
)
PRIVACY_REFUSAL = (
    "Pour des raisons de confidentialité, nous ne communiquons aucune information sur une autre personne "
    "ni sur nos outils internes."
)


def distress_block(triage: Triage) -> str:
    if not triage.has(TriageLabel.DISTRESS):
        return ""
    lines = [DISTRESS_INTRO]
    if triage.emergency_contacts:
        lines.append(DISTRESS_CONTACTS_HEAD)
        lines += [f"- {c['number']} : {c['label']}" for c in triage.emergency_contacts]
    return "\n".join(lines)


def redirect_block(triage: Triage, profile: AdministrationProfile) -> str:
    if not triage.has(TriageLabel.OUT_OF_SCOPE) or not triage.competent:
        return ""
    c = triage.competent
    return (
        f"Votre demande ne relève pas de {profile.name}. "
        f"L'organisme compétent est {c['body']}. Vous pouvez passer par {c['service']}."
    )


def refusal_block(triage: Triage) -> str:
    lines = []
    if "forgery" in triage.injection_kinds:
        lines.append(FORGERY_REFUSAL)
    if {"third_party", "prompt"} & set(triage.injection_kinds):
        lines.append(PRIVACY_REFUSAL)
    return " ".join(lines)


def closing_block(profile: AdministrationProfile) -> str:
    return "\n".join(p for p in (profile.politeness_formula.strip(), profile.signature.strip()) if p)


def assemble(*, profile: AdministrationProfile, triage: Triage, middle: str, covered: bool) -> tuple[str, list[str]]:
    """The full draft and the fixed texts it contains (evidence for the checks, skipped as "unsupported")."""
    fixed = [
        profile.greeting.strip(),
        distress_block(triage),
        redirect_block(triage, profile),
        refusal_block(triage),
    ]
    tail = [] if covered else [NOT_COVERED]
    parts = [p for p in [*fixed, middle.strip(), *tail, closing_block(profile)] if p]
    trusted = [p for p in [*fixed, *tail, closing_block(profile)] if p]
    trusted_lines = [line for block in trusted for line in block.splitlines() if line.strip()]
    return "\n\n".join(parts), trusted_lines
