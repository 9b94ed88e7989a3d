"""Tenth pass: the writer's situation picks the sibling written for it (age, abroad, school level, a public
contract, a person who did not come home). Fresh examples, none from a corpus."""

import numpy as np

from guichet.knowledge.ages import age_fit, message_ages, own_ages, title_range
from guichet.knowledge.analysis import fold
from guichet.knowledge.query import understand
from guichet.knowledge.register import paraphrases
from guichet.knowledge.rerank import COLUMN, SECOND_SITUATION, Candidates, mismatch, rerank
from guichet.knowledge.situations import distress, qualifiers_in_message, qualifiers_in_title
from guichet.knowledge.vocabulary import find
from tests.knowledge.rerank_helpers import index_of_titles


def _title(text: str) -> frozenset[str]:
    return qualifiers_in_title(fold(text))


def _writer(text: str) -> frozenset[str]:
    return understand(text).qualifiers


def test_a_title_s_age_range_is_read_and_not_a_duration():
    assert title_range(fold("Aide au permis d'un jeune de moins de 21 ans")) == (0, 20)
    assert title_range(fold("Allocation pour un demandeur de 30 ans et plus")) == (30, 150)
    assert title_range(fold("Apprentissage d'un jeune de 15 à 18 ans")) == (15, 17)
    assert title_range(fold("Hébergement d'urgence d'un adulte")) == (18, 150)
    # a document's or a lease's age is no person's
    assert title_range(fold("Peut-on louer un garage pour moins de 2 ans ?")) is None
    assert title_range(fold("Allocation aux adultes handicapés : le montant")) is None


def test_the_ages_a_message_gives_are_the_writer_s_or_the_child_s():
    assert message_ages(fold("Bonjour, j'ai 19 ans et je cherche un logement")) == {19}
    assert message_ages(fold("mon garçon de 14 ans veut faire un stage")) == {14}
    assert message_ages(fold("Ma mère est âgée de 81 ans")) == {81}
    # a duration or a starting age is not the age now
    assert message_ages(fold("je travaille depuis 12 ans, j'ai commencé à l'âge de 17 ans")) == frozenset()
    assert message_ages(fold("j'ai 8 ans d'ancienneté et 41 ans de cotisations")) == frozenset()


def test_an_age_outside_a_title_s_range_keeps_that_sibling_off():
    young = message_ages(fold("j'ai 22 ans, je n'ai plus de travail"))
    assert age_fit((25, 150), young) is False  # "… de 25 ans et plus" for a writer of 22
    assert age_fit((0, 24), young) is True
    # the grown-ups' open range does not lift its fiche above a sibling for another situation of a writer of 40
    assert age_fit((25, 150), message_ages(fold("j'ai 40 ans et je suis en master"))) is None
    assert age_fit(None, young) is None and age_fit((0, 17), frozenset()) is None


def test_a_writer_living_or_staying_abroad_is_in_a_title_for_abroad():
    writer = _writer("Je touche l'allocation et je vais vivre six mois en Italie chez mon fils, je la garde ?")
    assert "à l'étranger" in writer
    # the title's "à l'étranger" holds the word of a foreigner: a French writer abroad is not mismatched by it
    assert not mismatch(_title("Peut-on garder l'allocation en partant vivre à l'étranger ?"), writer)
    assert "à l'étranger" not in qualifiers_in_message(fold("j'ai une question sur ma carte vitale"))


def test_a_contract_agent_of_a_public_employer_is_no_private_employee():
    writer = qualifiers_in_message(fold("Je suis contractuelle en CDD au conseil régional, mon contrat finit"))
    assert "agent public" in writer and "salarié du privé" not in writer
    assert mismatch(_title("Fin de contrat d'un salarié du secteur privé"), writer)
    # a CDI in a clinic stays a private contract, whoever else in the family is a soldier
    other = qualifiers_in_message(fold("mon mari est militaire et je suis en CDI dans une clinique"))
    assert "salarié du privé" in other


def test_a_school_level_picks_its_sibling_and_a_title_may_name_several():
    pupil = _writer("Mon fils est en 5e, comment demander la bourse ?")
    assert "collège" in pupil
    assert mismatch(_title("Bourse des lycéens"), pupil)
    assert not mismatch(_title("Bourse des collèges"), pupil)
    assert not mismatch(_title("Collège et lycée : la cantine"), pupil)
    # a childminder is no nursery school
    assert "école primaire" not in qualifiers_in_message(fold("mon assistante maternelle démissionne"))
    # a grant's level is a student's
    assert "étudiant ou apprenti" in qualifiers_in_message(fold("je suis boursier échelon 5 et je veux travailler"))


def test_a_child_who_did_not_come_home_is_a_disappearance_and_worry_is_no_death():
    folded = fold("Mon fils de 16 ans n'est pas rentré cette nuit, je suis morte d'inquiétude")
    assert "disparition" in [hit.name for hit in distress(folded)]
    assert "décès" not in qualifiers_in_message(folded)
    assert "décès" in qualifiers_in_message(fold("mon mari est mort en mars"))


def test_a_sibling_titled_with_the_name_and_the_writer_s_situation_shares_the_name_s_pointer():
    # F19778 is the RSA entry's first fiche; the two others are fresh titles no entry lists
    index = index_of_titles(
        {
            "F19778": "RSA demandeur de 25 ans et plus",
            "X1": "RSA d'un demandeur dont le conjoint est étranger",
            "X2": "RSA d'un demandeur dont le conjoint est fonctionnaire",
        }
    )
    query = understand("Mon mari est arrivé du Mali sans titre de séjour, le RSA compte-t-il ses revenus ?")
    n = len(index.fiches)
    ones = np.ones(n, dtype=np.float32)
    candidates = Candidates.build(
        index, query, np.arange(n), first=ones, lexical=ones, sub_best=ones, coverage=ones, dense=None, passage=None
    )
    vocabulary = candidates.features[:, COLUMN["vocabulary"]]
    assert vocabulary[1] == vocabulary[0] == 1.0  # the foreigner's sibling shares the name's first place
    assert vocabulary[2] == 0.0  # the civil servant's is another public: it does not
    assert rerank(candidates)[0][0] == 1


def test_a_student_with_nothing_left_gets_the_student_s_emergency_aid_first():
    index = index_of_titles(
        {
            "F19778": "RSA demandeur de 25 ans et plus",
            "F1971": "Un étudiant a-t-il droit au RSA ?",
            "F34073": "Aide spécifique ponctuelle pour étudiant en difficulté",
        }
    )
    query = understand("Je suis en master à Nantes, je n'ai plus aucun revenu depuis deux mois, à qui demander ?")
    assert "plus aucune ressource" in [hit.name for hit in query.distress]
    n = len(index.fiches)
    ones = np.ones(n, dtype=np.float32)
    candidates = Candidates.build(
        index, query, np.arange(n), first=ones, lexical=ones, sub_best=ones, coverage=ones, dense=None, passage=None
    )
    assert index.fiches[rerank(candidates)[0][0]]["fiche_id"] == "F34073"


def _fiches(text: str) -> set[str]:
    return {fiche for found in find(text) for fiche in found.term.fiches}


def test_a_racket_is_read_and_a_phone_taken_is_no_phone_harassment():
    message = "Des grands de sa classe lui piquent son goûter et son portable tous les jours et le menacent s'il parle"
    assert "F20283" in _fiches(message)
    assert "F32235" not in _fiches(message)
    assert "F20283" in _fiches("ma fille se fait racketter à l'arrêt de bus")
    # someone who phones to threaten is phone harassment still
    assert "F32235" in _fiches("un inconnu me téléphone la nuit et me menace")


def test_a_young_foreigner_who_came_alone_and_a_public_agent_attacked_at_work_are_read():
    assert "F31037" in _fiches("Je suis venu seul d'Afghanistan à 16 ans, je suis à l'ASE, et à 18 ans ?")
    assert "F31037" in _fiches("je suis un mineur isolé, bientôt majeur")
    said = paraphrases(fold("Un élève m'a menacée en classe, mon administration doit-elle me protéger ?"))
    assert any("protection fonctionnelle" in words for _, words in said)
    assert not paraphrases(fold("Mon employeur peut-il me licencier pendant un arrêt ?"))


def test_a_public_said_of_someone_else_is_not_the_writer_s_unless_that_person_died():
    writer = qualifiers_in_message(fold("Je suis vendeuse en CDI, mon copain qui est étudiant me dit que oui"))
    assert "salarié du privé" in writer and "étudiant ou apprenti" not in writer
    assert "agent public" not in qualifiers_in_message(fold("mon frère, gendarme, dit que je peux; je suis en CDI"))
    # a widow asks about her late husband's public
    assert "agent public" in qualifiers_in_message(fold("Mon mari était fonctionnaire, il est décédé en mai"))


def test_a_title_written_for_two_of_the_writer_s_situations_comes_before_one_written_for_one():
    index = index_of_titles(
        {
            "X1": "Temps partiel d'un fonctionnaire",
            "X2": "Temps partiel d'un fonctionnaire handicapé",
            "X3": "Temps partiel d'un salarié du secteur privé",
        }
    )
    query = understand("Je suis fonctionnaire territorial et handicapé, puis-je demander un temps partiel ?")
    n = len(index.fiches)
    ones = np.ones(n, dtype=np.float32)
    candidates = Candidates.build(
        index, query, np.arange(n), first=ones, lexical=ones, sub_best=ones, coverage=ones, dense=None, passage=None
    )
    qualifier = candidates.features[:, COLUMN["qualifier"]]
    # the civil service's nested names (agent public, tenured, territorial) are one situation, the disability another
    assert qualifier[1] == 1.0 + SECOND_SITUATION and qualifier[0] == 1.0 and qualifier[2] == 0
    assert candidates.features[2, COLUMN["mismatch"]] == 1.0
    assert index.fiches[rerank(candidates)[-1][0]]["fiche_id"] == "X3"


def test_a_child_s_age_does_not_make_the_parent_a_young_writer():
    folded = fold("Nous avons un fils de 12 ans et plus aucun revenu, avons-nous droit au RSA ?")
    assert message_ages(folded) == {12} and own_ages(folded) == frozenset()
    # the grown-ups' range ("… de 25 ans et plus") is judged on the writer's own age only
    assert age_fit((25, 150), message_ages(folded), own_ages(folded)) is None
    # a title for a child's age still reads the child's ("… d'un jeune de moins de 16 ans")
    assert age_fit((0, 15), message_ages(folded), own_ages(folded)) is True
    young = fold("j'ai 21 ans et un bébé")
    assert age_fit((25, 150), message_ages(young), own_ages(young)) is False
