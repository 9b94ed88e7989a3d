"""Thirty-fifth pass (engineer-d41): what a draft says about a foreign writer and their family, against the message.

Through the check's front door (`guichet.drafting.persona.find_claims`) and the public drafting service (the inbox's
`draft_message`, a scripted model, real SQLite and the knowledge fixtures). Messages and sentences are written for
these tests, none taken from corpora/claims: a date given to another step of the case (the arrival's to the marriage,
the defence's to the permit's end, "le jour même" for days apart), the writer's age at a step, a first length and its
renewal summed wrong, how often a permit is renewed, a niece or a grandson taken for a daughter or a son, a share of
the week said in days or in a percentage, the weekdays worked, a partner's dismissal or nationality given to the
writer, the kind of card or protection held. What must stay silent stays silent: a relative's step, a card only
asked for, a condition, a message that names no such fact.
"""

import pytest

from guichet.drafting.persona import CONSISTENT, CONTRADICTED, find_claims
from guichet.inbox.drafts import draft_message
from guichet.inbox.enums import DraftKind
from tests.drafting.backends import ScriptedBackend
from tests.drafting.persona_helpers import GOOD, dropped
from tests.inbox.factories import make_message


def _verdict(message: str, sentence: str) -> str:
    claims = find_claims(f"{sentence} [1]", message)
    return claims[0].verdict if claims else "none"


@pytest.mark.parametrize(
    ("message", "sentence", "verdict"),
    [
        # a date bound to its step
        (
            "Nous nous sommes mariés à Oran en mai 2019 et je suis arrivée en France en novembre 2020.",
            "Vous êtes mariés depuis novembre 2020.",
            CONTRADICTED,
        ),
        (
            "Nous nous sommes mariés à Oran en mai 2019 et je suis arrivée en France en novembre 2020.",
            "Vous êtes arrivée en France en novembre 2020.",
            CONSISTENT,
        ),
        (
            "Mon titre de séjour étudiant se termine fin juin, mes examens ont lieu en mai.",
            "Votre titre étudiant expirant fin mai, il faut anticiper.",
            CONTRADICTED,
        ),
        (
            "Ma mission d'intérim a pris fin le 12 avril et je me suis inscrit à France Travail le 19 avril.",
            "Vous vous êtes inscrit le jour même de la fin de votre mission.",
            CONTRADICTED,
        ),
        (
            "Ma mission d'intérim a pris fin le 12 avril et je me suis inscrit à France Travail le lendemain.",
            "Vous vous êtes inscrit le lendemain de la fin de votre mission.",
            CONSISTENT,
        ),
        (
            "Je suis arrivé d'Érythrée à 16 ans, aujourd'hui j'en ai 20 et je travaille dans le bâtiment.",
            "Vous êtes arrivé en France à l'âge de 20 ans.",
            CONTRADICTED,
        ),
        (
            "Nous avons reçu un commandement de quitter les lieux pour le 30 avril, avec nos deux enfants.",
            "Vous devez quitter les lieux avant le 31 mai.",
            CONTRADICTED,
        ),
        # a length and its renewal
        (
            "J'ai eu un visa de deux mois, prolongé une fois de deux mois, pour accompagner ma mère malade.",
            "Vous êtes resté deux mois au total en France.",
            CONTRADICTED,
        ),
        (
            "J'ai eu un visa de deux mois, prolongé une fois de deux mois, pour accompagner ma mère malade.",
            "Vous êtes resté quatre mois en tout grâce à votre visa.",
            CONSISTENT,
        ),
        (
            "Mon autorisation provisoire est renouvelée tous les trois mois depuis un an.",
            "Votre autorisation est renouvelée tous les six mois.",
            CONTRADICTED,
        ),
        # a near relative taken for a son or a daughter
        (
            "J'écris pour ma nièce de 15 ans que j'héberge depuis qu'elle est arrivée du Mali.",
            "Votre fille est scolarisée au collège.",
            CONTRADICTED,
        ),
        (
            "Je suis le grand-père de Yanis, 10 ans, et je m'en occupe seul depuis un an.",
            "Vous élevez votre fils depuis un an.",
            CONTRADICTED,
        ),
        # a share of the week and the weekdays worked
        (
            "Je travaille à mi-temps comme serveuse dans une brasserie, le mardi, le mercredi et le samedi.",
            "Vous travaillez à 80 % dans la restauration.",
            CONTRADICTED,
        ),
        (
            "Je travaille à mi-temps comme serveuse dans une brasserie, le mardi, le mercredi et le samedi.",
            "Vous travaillez les mardis et les samedis.",
            CONSISTENT,
        ),
        (
            "Depuis janvier je travaille quatre jours sur cinq pour garder mon petit le mercredi.",
            "Vous travaillez désormais à 80 %.",
            CONSISTENT,
        ),
        # another person's dismissal, the partner's nationality
        (
            "Ma femme a été licenciée de la clinique en juin. Moi je suis toujours en CDI chez un transporteur.",
            "Vous avez été licencié au mois de juin.",
            CONTRADICTED,
        ),
        (
            "Je suis malien, pacsé depuis trois ans avec une Française, et nous habitons à Montreuil.",
            "Votre compagne étant de nationalité malienne, votre dossier relève de la préfecture.",
            CONTRADICTED,
        ),
        # the kind of card or protection held
        (
            "J'ai une carte de résident depuis 2015 et je voudrais faire venir ma mère.",
            "Votre carte de séjour pluriannuelle vous permet de faire cette demande.",
            CONTRADICTED,
        ),
        (
            "Je suis réfugiée afghane depuis 2021, je travaille comme aide-soignante à Lille.",
            "En tant que bénéficiaire de la protection subsidiaire, vous avez droit à ce titre.",
            CONTRADICTED,
        ),
        (
            "Je suis réfugiée afghane depuis 2021, je travaille comme aide-soignante à Lille.",
            "En tant que réfugiée, vous pouvez demander un titre de voyage.",
            CONSISTENT,
        ),
    ],
)
def test_pass35_dates_lengths_relatives_shares_partners_and_permits(message, sentence, verdict):
    assert _verdict(message, sentence) == verdict


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        # a relative's step is not the writer's
        (
            "Mon frère est arrivé en France en 2022 ; moi je vis à Reims depuis 2010.",
            "Vous êtes arrivé en France en 2022.",
        ),
        # a card only asked for is not held
        (
            "Ma carte pluriannuelle expire en juin et je voudrais demander la carte de résident.",
            "Votre demande de carte de résident doit être déposée avant juin.",
        ),
        # a condition, and a message that gives no such fact
        (
            "Je suis marocain et je travaille à Tours depuis quatre ans.",
            "Si vous êtes réfugié, la condition de résidence ne s'applique pas.",
        ),
        (
            "Bonjour, je voudrais savoir combien de temps prend une naturalisation.",
            "Vous travaillez à mi-temps depuis deux ans.",
        ),
        # a daughter named in the message beside a niece
        (
            "J'héberge ma nièce et ma fille de 12 ans dans mon deux-pièces.",
            "Votre fille partage votre logement.",
        ),
    ],
)
def test_pass35_what_stays_silent(message, sentence):
    claims = find_claims(f"{sentence} [1]", message)
    assert all(c.verdict != CONTRADICTED for c in claims)


@pytest.mark.django_db
def test_pass35_a_model_sentence_dating_the_marriage_with_the_arrival_is_removed(ready, mairie):
    body = (
        "Bonjour, nous nous sommes mariés au Cap-Vert en août 2021 et je suis arrivée en France en mars 2023. "
        "Je dois refaire mon passeport, combien coûte le timbre ?"
    )
    message = make_message(mairie, title="Passeport", body=body)
    wrong = "Vous êtes mariée depuis mars 2023 [2]."
    draft = draft_message(message=message, backend=ScriptedBackend(outputs=[f"{wrong} {GOOD}"]))
    assert draft.kind == DraftKind.GENERATED
    assert "mariée depuis" not in draft.text and "86 €" in draft.text
    assert wrong in dropped(draft)


@pytest.mark.django_db
def test_pass35_a_faithful_card_stays(ready, mairie):
    body = (
        "Bonjour, je suis tunisien, ma carte de résident se termine en octobre 2026 et je pars en voyage. "
        "Quel est le prix d'un passeport ?"
    )
    message = make_message(mairie, title="Passeport", body=body)
    kept = "Titulaire d'une carte de résident, vous avez besoin d'un passeport pour voyager [2]."
    draft = draft_message(message=message, backend=ScriptedBackend(outputs=[f"{kept} {GOOD}"]))
    assert kept in draft.text, draft.alerts
    assert not dropped(draft)
