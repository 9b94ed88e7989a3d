"""Forty-fifth pass (engineer-d62): a qualifier the message gives a fact of the writer's case, dropped by a draft
(« à temps partiel » said full time, « en attente de » said granted, « provisoire » said definitive, « une semaine
sur deux » said full custody, « depuis peu » said for years, « encore » said over). Fresh examples, none from batch
c34; each rule with paraphrases that keep the qualifier and stay, and its switch turned off."""

import pytest

from guichet.drafting.persona import CONTRADICTED, find_claims, qualifiers, timing_denials
from guichet.inbox.drafts import draft_message
from guichet.inbox.enums import DraftKind
from tests.drafting.backends import ScriptedBackend
from tests.drafting.persona_helpers import GOOD, dropped
from tests.inbox.factories import make_message


def _verdict(sentence: str, message: str) -> str:
    claims = find_claims(sentence, message)
    return claims[0].verdict if claims else "none"


AWAITED = "Je suis en attente de la décision de la CAF pour mon aide au logement depuis deux mois."
HOSTEL = "Mon hébergement au foyer est provisoire, trois mois au plus."
WEEKS = "Ma fille vit chez moi une semaine sur deux et chez son père le reste du temps."
NEW_TOWN = "J'habite à Rennes depuis peu et je cherche une crèche."
STILL = "Je touche encore l'ARE jusqu'en mars, j'ai repris un petit boulot de livreur."
BAKERY = "Je suis vendeuse à temps partiel dans une boulangerie de Tours."
RECEIPT = "J'ai le récépissé de ma demande de renouvellement de titre de séjour, valable jusqu'au 3 juin."


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        (AWAITED, "Votre aide au logement vous a été accordée par la CAF."),
        (HOSTEL, "Votre hébergement au foyer est définitif."),
        (WEEKS, "Vous avez la garde exclusive de votre fille."),
        (WEEKS, "Votre fille vit en permanence chez vous."),
        (NEW_TOWN, "Vous vivez à Rennes depuis de nombreuses années."),
        (STILL, "Vous ne touchez plus l'ARE."),
        (BAKERY, "Vous êtes vendeuse à temps complet dans une boulangerie."),
        (
            "J'ai demandé ma naturalisation en 2023, elle est toujours en cours d'instruction.",
            "Vous avez obtenu la nationalité française.",
        ),
        ("Je cherche un logement à Paris depuis un an.", "Vous avez trouvé un logement à Paris."),
        ("Je viens d'arriver en France avec mon mari.", "Vous résidez en France depuis longtemps."),
        (RECEIPT, "Vous avez un nouveau titre de séjour valable jusqu'au 3 juin."),
    ],
)
def test_a_qualifier_dropped_is_a_contradiction(message: str, sentence: str) -> None:
    assert _verdict(sentence, message) == CONTRADICTED


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        (AWAITED, "Votre demande d'aide au logement est en cours d'examen à la CAF."),
        (AWAITED, "Vous avez reçu un courrier de la CAF."),  # another thing received, from the same office
        (AWAITED, "Si votre aide au logement est accordée, elle sera versée chaque mois."),
        (AWAITED, "Une fois votre aide au logement accordée, vous la recevrez chaque mois."),
        (HOSTEL, "Vous êtes hébergé provisoirement dans un foyer."),
        (WEEKS, "Votre fille est en résidence alternée chez vous et chez son père."),
        (NEW_TOWN, "Vous êtes arrivée récemment à Rennes."),
        (STILL, "Vous percevez toujours l'ARE."),
        (BAKERY, "Vous pouvez demander à travailler à temps complet dans votre boulangerie."),
        (BAKERY, "Vous êtes à temps partiel comme vendeuse."),
        (RECEIPT, "Vous disposez d'un récépissé valable jusqu'au 3 juin."),
        (RECEIPT, "Votre nouvelle carte de séjour vous sera remise en préfecture."),
        # the message tells the wait over: the fact is said whole
        (
            "J'étais en attente de mon titre de séjour, je l'ai enfin reçu la semaine dernière.",
            "Vous avez reçu votre titre de séjour.",
        ),
        (
            "Ma demande d'APL a été acceptée le mois dernier, après deux mois d'attente.",
            "Votre APL vous a été accordée.",
        ),
    ],
)
def test_a_paraphrase_that_keeps_the_meaning_stays(message: str, sentence: str) -> None:
    assert _verdict(sentence, message) != CONTRADICTED


def test_the_switch_off_reads_the_fact_without_its_qualifier(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(qualifiers, "QUALIFIED_FACTS", False)
    assert _verdict("Votre aide au logement vous a été accordée par la CAF.", AWAITED) != CONTRADICTED
    assert _verdict("Votre hébergement au foyer est définitif.", HOSTEL) != CONTRADICTED
    assert _verdict("Vous vivez à Rennes depuis de nombreuses années.", NEW_TOWN) != CONTRADICTED


@pytest.mark.django_db
def test_a_model_sentence_that_grants_what_is_awaited_is_removed(ready, mairie) -> None:
    body = (
        "Bonjour, ma demande de carte d'invalidité est en cours d'examen à la MDPH depuis mars. "
        "Je dois refaire mon passeport, combien coûte le timbre ?"
    )
    message = make_message(mairie, title="Passeport", body=body)
    wrong = "Votre carte d'invalidité vous a été attribuée par la MDPH [2]."
    draft = draft_message(message=message, backend=ScriptedBackend(outputs=[f"{wrong} {GOOD}"]))
    assert draft.kind == DraftKind.GENERATED
    assert "attribuée" not in draft.text and "86 €" in draft.text
    assert wrong in dropped(draft)


# --- a change denied by "sans que" is no change done (`timing_denials`) ------------------------------------------

SEPARATED = "Nous vivons séparés depuis juin mais nous ne sommes pas encore divorcés. Ai-je droit à l'ASF ?"
KEPT_PENDING = "Vous êtes séparée depuis juin, sans que le divorce soit encore prononcé."


def test_a_divorce_denied_by_sans_que_is_kept() -> None:
    assert _verdict(KEPT_PENDING, SEPARATED) != CONTRADICTED
    assert _verdict("Vous êtes divorcée depuis juin.", SEPARATED) == CONTRADICTED


def test_the_switch_off_times_the_denied_divorce_as_done(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(timing_denials, "WITHOUT_DENIES", False)
    assert _verdict(KEPT_PENDING, SEPARATED) == CONTRADICTED
