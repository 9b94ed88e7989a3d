"""Fifty-fourth pass, engineer-r100: students and young people told in their own words.

Each switch of `guichet.knowledge.young_people` is shown to matter: a sentence it reads (its fiche pointed with the
switch on, not with it off) and a look-alike it leaves alone with every switch on. Sentences written fresh for these
tests, none from a corpus; the real vocabulary (`find_every`) reads them.
"""

import pytest

from guichet.knowledge import young_people
from guichet.knowledge.vocabulary import find_every

# switch, a sentence it reads, the fiche it points to, a look-alike it leaves
CASES = (
    (
        "READ_GRANT_SUMMER",
        "Ma sœur est boursière échelon 2 en licence de droit, va-t-elle recevoir quelque chose en août ?",
        "F12215",
        "J'ai placé mes économies en bourse cet été, les actions ont baissé, comment déclarer la perte ?",
    ),
    (
        "READ_GRANT_AND_JOB",
        "Je suis boursier et j'ai trouvé un job de serveur le week-end : est-ce que je vais perdre ma bourse ?",
        "F18291",
        "Mon fils en quatrième a la bourse de collège, je viens de trouver un travail, vais-je la perdre ?",
    ),
    (
        "READ_STUDENT_ROOM",
        "Je rentre en fac de médecine à Brest et je voudrais un studio en résidence universitaire, c'est possible ?",
        "F31912",
        "Je cherche un studio près du campus, le Crous peut-il m'aider à payer le dépôt de garantie ?",
    ),
    (
        "READ_YOUNG_EARNINGS_TAX",
        "Notre fils de 19 ans a fait un job d'été à la plage, faut-il déclarer ces sommes sur nos impôts ?",
        "F1225",
        "Mon fils apprenti en mécanique a eu un job d'été en plus, son salaire est-il à déclarer aux impôts ?",
    ),
    (
        "READ_TAX_HOUSEHOLD",
        "J'ai 23 ans et je termine mon master : vaut-il mieux faire ma propre déclaration cette année ?",
        "F3085",
        "Ma fille majeure est-elle encore ayant droit sur ma carte Vitale, ou doit-elle être rattachée à la Sécu ?",
    ),
    (
        "READ_YOUNG_GUARANTEE",
        "Mon cousin a 20 ans, sans diplôme ni emploi, il voudrait signer le contrat d'engagement jeune. Comment ?",
        "F32700",
        "Je n'ai pas de garant pour mon appartement, existe-t-il une garantie pour les jeunes locataires ?",
    ),
    (
        "READ_LICENCE_FUNDING",
        "J'ai 18 ans, je suis en apprentissage et l'auto-école coûte trop cher : quelles aides pour le permis ?",
        "F13609",
        "Je suis au chômage depuis un an, Pôle emploi peut-il m'aider à payer le permis de conduire ?",
    ),
    (
        "READ_INTERNSHIP_PAY",
        "En stage de quatre mois dans une agence de communication, on ne me verse rien. Est-ce normal ?",
        "F32131",
        "Fonctionnaire stagiaire à la mairie, mon stage est prolongé : suis-je payé pendant ce temps ?",
    ),
)


def _pointed(text: str, term) -> bool:
    return any(found.term == term for found in find_every(text))


def test_every_switch_has_a_case_and_the_measured_costs_ship_off():
    assert set(young_people.SWITCHES) == {case[0] for case in CASES}
    off = {switch for switch in young_people.SWITCHES if not getattr(young_people, switch)}
    # the lead's A/B after the merge: no gain (summer grant, student room) or golds lost (the other three)
    assert off == {
        "READ_GRANT_SUMMER",
        "READ_STUDENT_ROOM",
        "READ_YOUNG_EARNINGS_TAX",
        "READ_TAX_HOUSEHOLD",
        "READ_LICENCE_FUNDING",
    }


@pytest.mark.parametrize(("switch", "sentence", "fiche", "look_alike"), CASES, ids=[case[0] for case in CASES])
def test_the_switch_reads_its_case_and_only_when_on(monkeypatch, switch, sentence, fiche, look_alike):
    term = young_people.SWITCHES[switch]
    assert fiche in term.fiches
    monkeypatch.setattr(young_people, switch, True)
    assert _pointed(sentence, term)
    monkeypatch.setattr(young_people, switch, False)
    assert not _pointed(sentence, term)


@pytest.mark.parametrize(("switch", "sentence", "fiche", "look_alike"), CASES, ids=[case[0] for case in CASES])
def test_the_look_alike_is_left_alone(monkeypatch, switch, sentence, fiche, look_alike):
    for name in young_people.SWITCHES:
        monkeypatch.setattr(young_people, name, True)
    assert not any(found.term in young_people.YOUNG_PEOPLE_TERMS for found in find_every(look_alike))


def test_one_switch_off_leaves_the_others(monkeypatch):
    monkeypatch.setattr(young_people, "READ_GRANT_AND_JOB", True)
    monkeypatch.setattr(young_people, "READ_GRANT_SUMMER", False)
    assert _pointed(CASES[1][1], young_people.SWITCHES["READ_GRANT_AND_JOB"])
    assert not _pointed(CASES[0][1], young_people.SWITCHES["READ_GRANT_SUMMER"])
