"""Thirty-third pass (engineer-d37): what a draft says about the writer's work and studies.

Through the public drafting service (the inbox's `draft_message`, a scripted model, real SQLite and the knowledge
fixtures) and the check's front door (`guichet.drafting.persona.find_claims`). Messages and sentences are written for
these tests, none taken from corpora/claims: how long a situation has lasted, a school or study level (the writer's
or a child's, this year's or next year's), a work contract held or only offered, working time and hours, a seasonal
worker's season, ages and durations written in words, a birth year, an amount to the euro or per quarter, a relative
mixed up with another, whom the writer writes for. What must stay silent stays silent: rules of how long, a start
given without its length, a contract hoped for, a level one only wishes for.
"""

import pytest

from guichet.drafting.persona import CONSISTENT, CONTRADICTED, UNSUPPORTED, find_claims
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
        # durations, in digits or words, against every duration the message gives
        (
            "Cela fait quatorze mois que je suis auxiliaire de vie en contrat aidé à la mairie de Vierzon.",
            "Vous êtes en contrat aidé depuis plus de deux ans.",
            CONTRADICTED,
        ),
        (
            "Cela fait quatorze mois que je suis auxiliaire de vie en contrat aidé à la mairie de Vierzon.",
            "Vous travaillez à la mairie depuis un peu plus d'un an.",
            CONSISTENT,
        ),
        (
            "Je suis livreur en intérim depuis trente mois, toujours pour la même agence de Tourcoing.",
            "Vous êtes intérimaire depuis deux ans et demi.",
            CONSISTENT,
        ),
        (
            "Je suis livreur en intérim depuis trente mois, toujours pour la même agence de Tourcoing.",
            "Vous êtes intérimaire depuis quatre mois.",
            CONTRADICTED,
        ),
        (
            "Je suis cariste, j'ai perdu mon emploi au printemps et je cherche une formation.",
            "Vous êtes demandeur d'emploi depuis plus de deux ans.",
            UNSUPPORTED,  # no duration in the message
        ),
        (
            "Je suis sans emploi depuis avril ; il y a cinq ans j'avais déjà été licencié.",
            "Vous êtes demandeur d'emploi depuis deux mois.",
            UNSUPPORTED,  # "depuis avril" may be two months: the other duration does not contradict it
        ),
        (
            "Je suis vendeuse en CDI à Laval, je travaille dans la même boutique.",
            "Vous êtes en CDI depuis six ans.",
            UNSUPPORTED,  # the contract is said, how long is not
        ),
        (
            "Nous louons un T2 à Niort et mon compagnon est en CDI depuis quatre ans chez un couvreur.",
            "Vous êtes en CDI depuis quatre ans.",
            UNSUPPORTED,  # the partner's contract and its length say nothing of the writer's
        ),
        (
            "Je suis boulangère depuis vingt-deux ans et j'ai mal aux épaules.",
            "Vous exercez votre métier depuis 22 ans.",
            CONSISTENT,
        ),
        # school and study levels: the writer's and a child's, now or next year
        (
            "Mon garçon est en quatrième au collège Anatole-France et il a des difficultés en maths.",
            "Votre fils est au lycée.",
            CONTRADICTED,
        ),
        (
            "Mon garçon est en quatrième au collège Anatole-France et il a des difficultés en maths.",
            "Votre fils est collégien en classe de quatrième.",
            CONSISTENT,
        ),
        (
            "Ma fille passe en CE1 à la rentrée et nous changeons d'école.",
            "Votre fille est en CP cette année.",
            CONSISTENT,  # next year's CE1 is this year's CP
        ),
        (
            "Ma fille passe en CE1 à la rentrée et nous changeons d'école.",
            "Votre fille entre en CM1 en septembre.",
            CONTRADICTED,
        ),
        (
            "Je suis en troisième année de licence de géographie à Rennes.",
            "Vous êtes étudiant en master de géographie.",
            CONTRADICTED,
        ),
        (
            "Je suis en troisième année de licence de géographie à Rennes.",
            "Vous êtes inscrit en L3.",
            CONSISTENT,
        ),
        (
            "Mon fils prépare un bac pro en alternance chez un carrossier.",
            "Votre fils est en classe de sixième.",
            CONTRADICTED,
        ),
        (
            "Ma fille est en terminale générale et fait ses vœux.",
            "Votre fille souhaite entrer en licence de droit.",
            "none",  # a wish is no level
        ),
        # contracts: held, offered, past
        (
            "Je suis magasinier en CDD jusqu'en mars ; mon responsable envisage de me passer en CDI.",
            "Vous êtes titulaire d'un CDI.",
            CONTRADICTED,
        ),
        (
            "Je suis magasinier en CDD jusqu'en mars ; mon responsable envisage de me passer en CDI.",
            "Votre CDD prend fin en mars.",
            CONSISTENT,
        ),
        (
            "J'ai signé un CDI la semaine dernière ; avant, je faisais de l'intérim.",
            "Vous êtes en CDI.",
            CONSISTENT,
        ),
        (
            "Je suis agent titulaire de la fonction publique hospitalière à Brest.",
            "Vous êtes agent contractuel.",
            CONTRADICTED,
        ),
        # working time and hours
        (
            "Je travaille à mi-temps dans une pharmacie, 17 heures par semaine.",
            "Vous travaillez à temps plein.",
            CONTRADICTED,
        ),
        (
            "Je travaille à mi-temps dans une pharmacie, 17 heures par semaine.",
            "Vous travaillez environ 17 heures par semaine.",
            CONSISTENT,
        ),
        (
            "Mon mari travaille à temps complet et moi je garde les enfants.",
            "Vous travaillez à temps partiel.",
            UNSUPPORTED,  # the husband's working time is not the writer's
        ),
        # a seasonal worker's season
        (
            "Je suis saisonnière de juin à septembre dans une paillote à Calvi.",
            "Vous faites la saison d'hiver.",
            CONTRADICTED,
        ),
        # ages in words and birth years
        (
            "J'ai soixante et onze ans et je vis seul à Millau.",
            "Vous avez 17 ans.",
            CONTRADICTED,
        ),
        (
            "J'ai soixante et onze ans et je vis seul à Millau.",
            "Vous avez plus de soixante-cinq ans.",
            CONSISTENT,
        ),
        (
            "Je suis née en 1949 et je touche une petite retraite.",
            "Vous avez moins de 60 ans.",
            CONTRADICTED,
        ),
        # amounts: to the euro, per month or per quarter
        (
            "Je touche 1 380 euros net par mois comme agent d'entretien.",
            "Votre salaire net est de 1 830 € par mois.",
            CONTRADICTED,
        ),
        (
            "Je touche 1 380 euros net par mois comme agent d'entretien.",
            "Vous percevez environ 1 400 € par mois.",
            CONSISTENT,
        ),
        (
            "Je reçois une rente de 900 € par trimestre depuis mon accident.",
            "Vous percevez une rente de 900 € par mois.",
            CONTRADICTED,
        ),
        (
            "Je touche 540 € d'AAH par mois depuis l'an dernier.",
            "Vous percevez 540 € par mois.",
            CONSISTENT,
        ),
        (
            "Je suis étudiant boursier, échelon 6, en BTS.",
            "Vous êtes boursier à l'échelon 3.",
            CONTRADICTED,
        ),
        # relatives: ages in words, a relative mixed up with another, whom the writer writes for
        (
            "Mon oncle, âgé de quatre-vingt-quatre ans, vit seul dans une ferme du Cantal.",
            "Votre oncle a 48 ans.",
            CONTRADICTED,
        ),
        (
            "Ma belle-mère est hébergée chez nous depuis sa chute.",
            "Votre mère vit chez vous.",
            CONTRADICTED,
        ),
        (
            "Ma belle-mère est hébergée chez nous depuis sa chute.",
            "Votre belle-mère vit chez vous.",
            CONSISTENT,
        ),
        (
            "J'écris pour ma cousine qui ne parle pas bien le français.",
            "Vous écrivez pour le compte de votre sœur.",
            CONTRADICTED,
        ),
        (
            "J'écris pour ma cousine qui ne parle pas bien le français.",
            "Vous écrivez au nom de votre cousine.",
            CONSISTENT,
        ),
        # what stays silent: rules of how long, steps
        (
            "Je suis au chômage depuis trois ans.",
            "Vous percevez l'allocation pendant 18 mois au plus.",
            "none",  # a rule of how long, not the writer's
        ),
        ("Je suis au chômage depuis trois ans.", "Vous disposez de deux mois pour contester.", "none"),
        ("Je suis en CDI à temps plein.", "Si vous êtes en CDD, une prime de précarité vous est due.", "none"),
        ("Je suis en CDI à temps plein.", "Vous préparez votre dossier en ligne.", "none"),
        # a fiche's cases read as if a model had written them: alternatives, lengths of another topic, delays
        (
            "Je fais de l'intérim dans la logistique depuis quatre ans.",
            "Vous êtes embauché en CDD ou en CDI.",
            UNSUPPORTED,  # one alternative left open
        ),
        (
            "Je fais de l'intérim dans la logistique depuis quatre ans.",
            "Vous résidez en France depuis 10 ans ou plus.",
            UNSUPPORTED,  # the message's length is of work, not of residence
        ),
        (
            "J'ai 52 ans, je suis en CDD depuis six mois.",
            "Qu'il s'agisse d'un CDI ou d'un CDD, vous pouvez refuser l'adhésion.",
            "none",
        ),
        ("J'ai 52 ans, je suis en CDD depuis six mois.", "Vous avez 3 ans pour réclamer un arriéré.", "none"),
        ("J'ai 52 ans, je suis en CDD depuis six mois.", "Dès que vous avez 18 ans, vous pouvez voter.", "none"),
    ],
)
def test_pass33_work_and_studies(message, sentence, verdict):
    assert _verdict(message, sentence) == verdict


@pytest.mark.django_db
def test_pass33_a_model_sentence_with_the_wrong_contract_and_duration_is_removed(ready, mairie):
    body = (
        "Bonjour, ça fait huit mois que je suis en CDD comme agent d'accueil et je dois renouveler mon passeport "
        "pour un voyage. Combien coûte le timbre ?"
    )
    message = make_message(mairie, title="Passeport", body=body)
    wrong = "Vous êtes en CDI depuis trois ans, votre employeur peut vous accorder un congé [2]."
    draft = draft_message(message=message, backend=ScriptedBackend(outputs=[f"{wrong} {GOOD}"]))
    assert draft.kind == DraftKind.GENERATED
    assert "CDI" not in draft.text and "86 €" in draft.text
    assert wrong in dropped(draft)


@pytest.mark.django_db
def test_pass33_a_consistent_paraphrase_of_a_duration_and_a_level_stays(ready, mairie):
    body = (
        "Bonjour, ma fille entre en seconde à la rentrée et je suis assistante maternelle depuis dix-huit mois. "
        "Quel est le prix d'un passeport pour elle ?"
    )
    message = make_message(mairie, title="Passeport de ma fille", body=body)
    kept = "Votre fille termine sa troisième cette année [2]."
    draft = draft_message(message=message, backend=ScriptedBackend(outputs=[f"{kept} {GOOD}"]))
    assert kept in draft.text
    assert not dropped(draft)
