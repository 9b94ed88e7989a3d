"""Thirty-fourth pass (engineer-d39): what a draft says about the writer, in words the message does not use.

Through the public drafting service (the inbox's `draft_message`, a scripted model, real SQLite and the knowledge
fixtures) and the check's front door (`guichet.drafting.persona.find_claims`). Messages and sentences are written for
these tests, none taken from corpora/claims: the writer's partner ("votre conjointe" to "ma femme et moi", "votre
épouse" to a widower), a partner's or a child's contract, activity or home given to the writer, children a message
lists or implies without their number, the writer's least age from a child's, how a job ended, a season for a month,
a town left, a child's alternating residence, which disability, a decade of life, a rent. What must stay silent stays
silent: a fiche's "votre époux(se)", a partner who died, a school that is no care home.
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
        # the writer's partner, named in other words
        (
            "Mon compagnon et moi louons une maison à Laval depuis l'été dernier.",
            "Votre conjoint peut être ajouté au bail.",
            CONSISTENT,
        ),
        (
            "Je suis divorcé depuis trois ans et je loue seul un studio à Agen.",
            "Votre épouse devra aussi signer la demande.",
            CONTRADICTED,
        ),
        (
            "Je suis veuve depuis le printemps et je touche une petite retraite.",
            "Votre mari peut faire la démarche à votre place.",
            CONTRADICTED,
        ),
        (
            "Mon mari est parti il y a six mois, je vis avec nos deux fils.",
            "Votre époux doit encore déclarer ses revenus avec les vôtres.",
            UNSUPPORTED,  # separated, perhaps still married
        ),
        (
            "Mon mari est parti il y a six mois, je vis avec nos deux fils.",
            "Vous vivez en couple avec le père de vos enfants.",
            CONTRADICTED,
        ),
        (
            "Mon épouse est en CDD à la poste jusqu'en août, moi je suis en CDI chez un plombier.",
            "Votre femme étant en contrat à durée déterminée, elle peut demander une prime.",
            CONSISTENT,
        ),
        (
            "Mon épouse est en CDD à la poste jusqu'en août, moi je suis en CDI chez un plombier.",
            "Votre contrat à durée déterminée prend fin en août.",
            CONTRADICTED,
        ),
        (
            "Mon conjoint est au chômage depuis l'hiver, je suis salariée d'une boulangerie.",
            "Vous êtes salariée tandis que votre conjoint est en CDI.",
            CONTRADICTED,
        ),
        (
            "Mon conjoint est au chômage depuis l'hiver, je suis salariée d'une boulangerie.",
            "Vous êtes sans emploi depuis l'hiver.",
            CONTRADICTED,
        ),
        (
            "Ma fille de 16 ans vient de commencer un apprentissage de coiffure, moi je suis agente territoriale.",
            "Votre apprentissage vous donne droit à une aide au transport.",
            CONTRADICTED,
        ),
        # children a message lists or implies
        (
            "J'ai [PERSONNE_1], 3 ans, et [PERSONNE_2] qui a 8 ans. Y a-t-il un centre aéré l'été ?",
            "Vos deux enfants peuvent être inscrits au centre de loisirs.",
            CONSISTENT,
        ),
        (
            "J'ai [PERSONNE_1], 3 ans, et [PERSONNE_2] qui a 8 ans. Y a-t-il un centre aéré l'été ?",
            "Vos trois enfants peuvent être inscrits au centre de loisirs.",
            CONTRADICTED,
        ),
        (
            "J'élève mes jumelles seule depuis leur naissance, elles ont 5 ans.",
            "Vous avez deux enfants à charge.",
            CONSISTENT,
        ),
        (
            "Nous avons une fille de 9 ans et des jumeaux de 2 ans.",
            "Vos deux enfants ouvrent droit aux allocations familiales.",
            CONTRADICTED,
        ),
        (
            "Mes quatre enfants ont 4, 7, 10 et 13 ans.",
            "Votre cadette, âgée de 6 ans, peut aller à la garderie.",
            CONTRADICTED,
        ),
        (
            "Mon fils a 27 ans et cherche un studio près de Rouen.",
            "Comme vous avez moins de 30 ans, vous pouvez demander la garantie Visale.",
            CONTRADICTED,
        ),
        (
            "Ma fille de 4 ans entre en moyenne section.",
            "Comme vous avez plus de 30 ans, vous pouvez demander cette aide.",
            UNSUPPORTED,  # a floor says nothing of an upper age
        ),
        # how the job ended, when, where
        (
            "J'ai signé une rupture conventionnelle avec mon employeur en février.",
            "Suite à votre démission, vous n'êtes pas indemnisé.",
            CONTRADICTED,
        ),
        (
            "On m'a licencié pour inaptitude après mon accident.",
            "Votre licenciement vous ouvre droit à l'allocation chômage.",
            CONSISTENT,
        ),
        (
            "Je suis hébergée chez ma tante depuis ma séparation en octobre.",
            "Vous êtes logée chez un proche depuis l'automne.",
            CONSISTENT,
        ),
        (
            "Je suis hébergée chez ma tante depuis ma séparation en octobre.",
            "Vous êtes logée chez un proche depuis l'été.",
            CONTRADICTED,
        ),
        (
            "Nous avons déménagé le [DATE_1] de Dijon à Besançon pour mon nouveau poste.",
            "Vous avez quitté Besançon pour Dijon.",
            CONTRADICTED,
        ),
        (
            "Nous avons déménagé le [DATE_1] de Dijon à Besançon pour mon nouveau poste.",
            "Vous avez quitté Dijon l'an dernier.",
            CONSISTENT,
        ),
        # a child's home
        (
            "Mon fils de 10 ans vit chez moi en garde exclusive depuis le jugement.",
            "Votre fils vit en résidence alternée chez chacun de ses parents.",
            CONTRADICTED,
        ),
        (
            "Ma mère, 79 ans, vit avec nous depuis sa chute.",
            "Votre belle-mère habite chez vous.",
            CONTRADICTED,  # the relative the message names is the mother
        ),
        # which disability, a decade, a couple's form, papers, money
        (
            "J'ai une carte mobilité inclusion à cause de mes jambes.",
            "Vous êtes reconnu travailleur handicapé.",
            UNSUPPORTED,
        ),
        (
            "Je suis reconnue travailleuse handicapée depuis 2019.",
            "Vous êtes reconnue travailleuse handicapée.",
            CONSISTENT,
        ),
        (
            "J'ai 74 ans et je vis seule à Vannes.",
            "Vous êtes septuagénaire.",
            CONSISTENT,
        ),
        (
            "J'ai 74 ans et je vis seule à Vannes.",
            "Vous êtes octogénaire.",
            CONTRADICTED,
        ),
        (
            "Nous sommes pacsés depuis deux ans avec mon ami.",
            "Vous avez conclu un pacte civil de solidarité.",
            CONSISTENT,
        ),
        (
            "Je suis française et je vis à Lille.",
            "Vous avez un titre de séjour valide.",
            CONTRADICTED,
        ),
        (
            "Je cherche un deux-pièces, je suis vendeuse à Nîmes.",
            "Votre salaire de 1 500 euros nets reste sous le plafond.",
            UNSUPPORTED,
        ),
        (
            "Je paie 540 € de loyer pour un studio à Caen.",
            "Votre loyer de 640 euros est trop élevé pour l'aide.",
            CONTRADICTED,
        ),
        (
            "Je paie 540 € de loyer pour un studio à Caen.",
            "Votre loyer de 540 euros est pris en compte.",
            CONSISTENT,
        ),
    ],
)
def test_pass34_paraphrase_and_other_persons(message, sentence, verdict):
    assert _verdict(message, sentence) == verdict


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        # a fiche's partner of any reader, a partner who died, a school
        ("Je suis divorcée et je vis à Metz.", "Votre époux(se) doit donner son accord."),
        ("Je suis divorcée et je vis à Metz.", "Le nom de votre mari ou de votre femme figure sur l'acte."),
        ("Je suis veuf depuis deux ans.", "La pension de réversion de votre défunte épouse peut vous être versée."),
        ("Mon fils vit chez moi.", "Vous pouvez inscrire votre fils dans un établissement privé ou public."),
        ("Notre loyer est de 700 euros par mois.", "Vous déclarez vos revenus en ligne."),
    ],
)
def test_pass34_what_stays_silent(message, sentence):
    claims = find_claims(f"{sentence} [1]", message)
    assert all(c.verdict != CONTRADICTED for c in claims)


@pytest.mark.django_db
def test_pass34_a_model_sentence_giving_a_widow_a_husband_is_removed(ready, mairie):
    body = (
        "Bonjour, je suis veuve depuis l'an dernier et je dois refaire mon passeport pour aller voir ma sœur. "
        "Combien coûte le timbre ?"
    )
    message = make_message(mairie, title="Passeport", body=body)
    wrong = "Votre mari doit vous accompagner au rendez-vous [2]."
    draft = draft_message(message=message, backend=ScriptedBackend(outputs=[f"{wrong} {GOOD}"]))
    assert draft.kind == DraftKind.GENERATED
    assert "mari" not in draft.text and "86 €" in draft.text
    assert wrong in dropped(draft)


@pytest.mark.django_db
def test_pass34_a_partner_and_children_in_other_words_stay(ready, mairie):
    body = (
        "Bonjour, ma femme et moi partons en Italie avec [PERSONNE_1], 6 ans, et [PERSONNE_2] qui a 11 ans. "
        "Quel est le prix d'un passeport ?"
    )
    message = make_message(mairie, title="Passeports", body=body)
    kept = "Votre épouse et vos deux enfants ont chacun besoin d'un passeport [2]."
    draft = draft_message(message=message, backend=ScriptedBackend(outputs=[f"{kept} {GOOD}"]))
    assert kept in draft.text
    assert not dropped(draft)
