"""A small but varied activity for one administration, built through the real services (intake, workflow)."""

from dataclasses import dataclass, field
from datetime import timedelta

from django.utils import timezone

from guichet.accounts.enums import Cohort, Role
from guichet.accounts.models import Administration, Membership
from guichet.inbox.models import Message, Reply
from guichet.inbox.services import FeedbackInput, reply_send_with_feedback
from guichet.inbox.workflow import draft_add
from tests.accounts.factories import member
from tests.inbox.factories import make_message

BODIES = [
    "Bonjour, comment demander une aide au logement ? Merci.",
    "Je suis très mécontent : mon dossier de retraite est bloqué depuis trois mois, c'est inadmissible.",
    "Bonjour, quel est le délai pour renouveler un passeport ?",
    "Ma carte grise n'est jamais arrivée, je fais une réclamation officielle.",
]
SOURCES = [{"n": 1, "fiche_id": "F90001", "title": "Passeport", "passage": "Le timbre fiscal coûte 86 €."}]


@dataclass
class Activity:
    administration: Administration
    supervisor: object
    pilot: list
    control: object
    messages: list[Message] = field(default_factory=list)
    replies: list[Reply] = field(default_factory=list)


def build_activity(administration: Administration, *, replies: int = 10, open_messages: int = 3) -> Activity:
    supervisor = member(administration, role=Role.SUPERVISOR, username=f"sup-{administration.slug}")
    pilot = [member(administration), member(administration)]
    control = member(administration)
    Membership.objects.filter(user=control, administration=administration).update(cohort=Cohort.CONTROL)
    activity = Activity(administration, supervisor, pilot, control)
    now = timezone.now()
    for index in range(replies + open_messages):
        received = now - timedelta(days=3 * index + 1, hours=index * 5 % 11)
        message = make_message(administration, body=BODIES[index % len(BODIES)], received_at=received)
        activity.messages.append(message)
        if index >= replies:
            continue
        agent = control if index % 3 == 2 else pilot[index % 2]
        draft = None
        if agent is not control:
            alerts = [{"level": "error", "code": "promise"}] if index % 4 == 0 else []
            if index % 5 == 1:
                alerts.append({"level": "warning", "code": "number_unsupported"})
            draft = draft_add(message=message, text=f"Brouillon {index}", alerts=alerts, sources=SOURCES)
        text = f"Brouillon {index}" if index % 4 == 0 and draft else f"Réponse rédigée numéro {index} " + "x" * index
        reply = reply_send_with_feedback(
            message=message,
            actor=agent,
            text=text,
            draft=draft,
            urgency_handled=True,
            feedback=FeedbackInput(
                rating=["as_is", "minor", "major", ""][index % 4] if draft else "",
                reasons=[["too_long"], [], ["fact_error", "wrong_tone"], []][index % 4] if draft else [],
                time_on_task_s=[90, 200, 400, 700, 1500][index % 5],
            ),
        )
        activity.replies.append(reply)
    return activity
