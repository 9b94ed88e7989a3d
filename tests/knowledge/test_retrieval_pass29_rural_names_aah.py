"""Twenty-ninth pass (issue 14): the AAH's main fiche for a message about the AAH, its narrowed siblings only when the
message names what narrows them; hunters', anglers' and country people's names (the permis de chasser, the septic
tank, a stray or a lost animal); the "tiers temps"; a "CADA" read in the asylum seeker's sense; a flood, a council's
decision, a disabled pupil's journey, an identity card under guardianship; a partner's threat to kill. Sentences
written fresh for these tests, none from a corpus."""

from guichet.knowledge.analysis import fold
from guichet.knowledge.query import understand
from guichet.knowledge.register import paraphrases
from tests.knowledge.rerank_helpers import ranked_with_pointers
from tests.knowledge.vocabulary_helpers import pointed_by_understanding as _pointed

# Real titles of service-public.fr: the AAH and two fiches that narrow it; the taxe d'habitation and one narrowing it.
TITLES = {
    "F12242": "Allocation aux adultes handicapés (AAH)",
    "F21615": "Peut-on travailler et percevoir l'allocation aux adultes handicapés (AAH) ?",
    "F20209": "Peut-on cumuler l'allocation adulte handicapé (AAH) et le RSA ?",
    "F42": "Taxe d'habitation",
    "F1065": "Qui doit payer la taxe d'habitation d'un logement meublé ?",
}


def _ranked(message: str) -> tuple[list[str], dict[str, float]]:
    return ranked_with_pointers(TITLES, message)


def test_the_aah_named_points_to_its_main_fiche_not_to_the_siblings_that_narrow_it():
    ranked, pointer = _ranked(
        "Je touche l'AAH et je vais me marier avec mon compagnon qui gagne 1 900 euros, est-ce que je la garde ?"
    )
    assert ranked[0] == "F12242"
    assert pointer["F12242"] == 1.0
    # "travailler", "percevoir", "cumuler", "RSA": words the message does not use
    assert pointer["F21615"] == 0.0 and pointer["F20209"] == 0.0
    assert "F12242" in _pointed("Mon allocation adulte handicapé a baissé ce mois-ci, pourquoi ?")


def test_a_sibling_keeps_the_name_s_pointer_when_the_message_names_what_narrows_it():
    _, pointer = _ranked("Je loue un logement meublé à l'année : qui doit payer la taxe d'habitation ?")
    assert pointer["F1065"] > 0.0
    ranked, _ = _ranked("Je commence un travail en ESAT en mars, est-ce que je garde mon AAH ?")
    assert ranked[0] in {"F21615", "F12242"} and "F21615" in _pointed("je travaille en ESAT, et mon AAH ?")


def test_the_hunting_permit_s_names():
    assert "F2091" in _pointed("Comment valider mon permis de chasser pour la saison des palombes ?")
    assert "F2166" in _pointed(
        "Mon permis de chasse est parti dans l'incendie de la maison, il a brûlé, je fais comment ?"
    )
    assert "F15819" in _pointed("Ma fille de 16 ans n'a pas encore le permis, peut-elle venir à la chasse avec moi ?")
    assert "F15819" not in _pointed("Il n'a pas le permis de conduire et va à la chasse en vélo")
    assert not {"F2091", "F2166", "F15819"} & _pointed("J'ai perdu mon permis de conduire à la fête du village")


def test_the_septic_tank_is_the_non_collective_sewerage_and_its_sale_the_diagnostic():
    assert "F447" in _pointed(
        "Le technicien du SPANC dit que ma fosse septique n'est pas aux normes, je dois faire quoi ?"
    )
    assert "F447" in _pointed("On n'a pas le tout-à-l'égout au hameau, quelles obligations ?")
    sale = _pointed("Je vends la maison de mon oncle avec sa fosse toutes eaux : quel diagnostic faut-il ?")
    assert "F31685" in sale and "F447" not in sale


def test_an_animal_found_is_a_stray_one_s_own_animal_lost_is_declared():
    assert "F32338" in _pointed("Un chat sans collier vient manger chez nous depuis une semaine, que faire ?")
    assert "F32338" in _pointed("J'ai trouvé un chiot au bord de la départementale")
    assert "F24029" in _pointed("Notre chienne a disparu pendant l'orage, elle est pucée")
    assert not {"F32338", "F24029"} & _pointed("Mon chien aboie quand le facteur passe, il faut le dresser ?")


def test_the_tiers_temps_is_the_exam_arrangement_for_a_disability():
    assert "F15112" in _pointed("Mon fils est dyslexique, comment demander un tiers-temps pour le brevet ?")
    assert "F15112" in _pointed("Quels aménagements d'examen pour une étudiante malvoyante ?")


def test_cada_is_the_asylum_seekers_centre_beside_asylum_and_the_commission_when_seized():
    assert "F32454" in _pointed("Je suis demandeur d'asile et l'OFII ne me propose toujours pas de CADA")
    assert "F32454" in _pointed("Nous sommes hébergés en CADA depuis trois mois, avons-nous droit à l'allocation ?")
    assert "F2467" in _pointed("La mairie refuse de me donner le document, puis-je saisir la CADA ?")
    assert "F32454" not in _pointed("La mairie refuse de me donner le document, puis-je saisir la CADA ?")


def test_a_flood_a_council_s_decision_a_pupil_s_journey_and_an_id_under_guardianship_say_the_fiches_words():
    def words(text: str) -> str:
        return " ".join(expansion for _, expansion in paraphrases(fold(text)))

    assert "catastrophe naturelle" in words("Le ruisseau a débordé, 40 cm d'eau dans le salon")
    assert "catastrophe naturelle" in words("Notre cave est inondée après l'orage")
    assert "actes d'une collectivité" in words("Je veux lire la délibération du conseil municipal sur le chemin")
    assert "transport élève handicapé" in words("Mon fils en fauteuil : qui paie le taxi pour aller au collège ?")
    assert "transport élève handicapé" not in words("Je suis en fauteuil, les trajets pour aller au travail")
    assert "majeur protégé" in words("Je suis curatrice de ma sœur, elle doit refaire son passeport")


def test_a_partner_s_threat_to_kill_is_conjugal_violence_a_mother_s_figure_of_speech_is_not():
    def named(text: str) -> list[str]:
        return [hit.name for hit in understand(text).distress]

    assert "violence conjugale" in named("Mon mari a bu, il a dit qu'il allait me tuer si je partais avec les petits")
    assert "violence conjugale" in named("Mon compagnon m'a menacée avec son couteau hier soir")
    assert "violence conjugale" not in named("Ma mère va me tuer si je rate mon bac, ça compte pour Parcoursup ?")


def test_a_civil_servant_s_accident_de_service_is_the_citis():
    assert "F33252" in _pointed("Je suis tombée dans l'escalier du lycée, est-ce un accident de service ?")
    assert "F33252" in _pointed("Ma maladie est-elle imputable au service ? Je suis aide-soignante au CHU.")
    assert "F33252" not in _pointed("J'ai eu un accident du travail sur le chantier, qui paie mon arrêt ?")


def test_a_disabled_child_on_the_parents_tax_return_is_the_disabled_dependent_child():
    assert "F2661" in _pointed(
        "Notre fille, 26 ans, est autiste et vit chez nous : peut-on la garder sur notre déclaration ?"
    )
    assert "F2661" in _pointed("Mon garçon polyhandicapé a 19 ans, a-t-on toujours la demi-part pour les impôts ?")
    assert "F2661" not in _pointed(
        "Mon fils handicapé a 12 ans, la CAF me demande une déclaration de ressources pour l'AEEH"
    )
