"""Triage, round 2 of the eighth pass of issue 12: violence by a partner said in everyday words gets the violence
kind and its contacts (3919, 17), not the model's distress alone with the CCAS. Every message here was written for
these tests (none is in a corpus)."""

import pytest

from guichet.drafting.frame import distress_block
from guichet.drafting.triage import triage


def result(body: str, administration: str = "CAF", title: str = ""):
    return triage(title=title, body=body, administration=administration, use_model=False)


@pytest.mark.parametrize(
    "body",
    [
        "Il m'a encore poussée contre le mur hier. Je veux partir avec les petits mais je n'ai pas d'argent.",
        "Bonjour, mon conjoint m'a giflée devant les enfants samedi. Je voudrais savoir si je peux avoir l'APL seule.",
        "il me tape quand il a bu, je veux un logement a moi svp",
        "Madame, depuis des mois mon compagnon me bouscule et m'insulte. La semaine dernière il m'a serré le cou. "
        "Comment obtenir le RSA pour partir ?",
        "Mon ex m'a menacée avec un couteau quand je suis passée prendre les affaires des enfants.",
        "He locks me in the flat when he goes to work. I want to leave with my son, can the CAF help me?",
        "il m'enferme à clé dans l'appartement et garde les clés, je peux pas sortir",
        "Mon mari m'a étranglée dimanche soir, j'ai des marques. Je dors chez ma soeur. Que dois-je faire pour "
        "les allocations ?",
        "Quand il rentre saoul il casse tout et il me cogne. J'ai peur de rentrer à la maison.",
        "Elle m'a jeté par terre et m'a frappé avec une chaise, je suis un homme et personne ne me croit.",
        "mon copain ma tabassée hier soir jai un oeil au beurre noir, je veux changer d'adresse pour la caf",
        "Il a levé la main sur moi encore une fois. Je voudrais déclarer que nous sommes séparés.",
        "il menace de me tuer si je pars avec les enfants",
    ],
)
def test_partner_violence_in_everyday_words_gets_the_violence_contacts(body):
    got = result(body)
    assert "distress" in got.labels
    assert "violence" in got.distress_kinds
    names = " ".join(str(c) for c in got.emergency_contacts)
    assert "3919" in names and "17" in names


@pytest.mark.parametrize(
    "body",
    [
        "Mon mari m'a poussée à écrire pour savoir où en est notre dossier de prime d'activité.",
        "Pouvez-vous pousser le dossier auprès du service instructeur ? Cela fait trois mois.",
        "Mon fils m'a poussé à demander l'ASPA, il dit que j'y ai droit.",
        "Le propriétaire a enfin tapé le bail, je vous l'envoie pour l'APL.",
        "Je me suis enfermée dehors et j'ai perdu mes papiers, comment refaire ma carte Vitale ?",
        "Les dettes m'étranglent, puis-je obtenir un échéancier pour le trop-perçu ?",
        "Il m'a frappé à la porte trois fois ce matin, votre facteur, sans laisser d'avis de passage.",
        "Il m'a tapé le courrier à l'ordinateur, je n'y connais rien.",
        "Mon conseiller m'a poussé vers une formation de cariste, est-ce que l'ARE continue ?",
        "La maison a pris un coup de vieux, y a-t-il une aide pour les travaux ?",
    ],
)
def test_look_alikes_are_not_violence(body):
    assert "violence" not in result(body).distress_kinds


# Written after the rule, run once against it (held back from its writing): 7 of 10 caught at the first run; the three
# misses ("mon époux", the SMS "ma frapper", "tirée par les cheveux") were then fixed in general (every partner word,
# the -er spelling of the past participle, both genders), so these are no longer held back.
HELD_BACK = [
    "Bonsoir, mon concubin m'a bousculée dans l'escalier, je suis tombée. Je voudrais faire une demande de RSA "
    "majoré.",
    "Mme, depuis la naissance du bébé mon époux me secoue et me crie dessus. J'aimerais connaître mes droits.",
    "yo jsuis a l'hotel depuis hier, mon ex ma frapper devant la creche, comment je fais pour l'apl",
    "My husband hit me again last night. I took the kids to my mother. Can I get the allowance in my name?",
    "Il m'a tirée par les cheveux jusqu'à la chambre. Je ne sais pas à qui écrire.",
    "J'ai été frappée par mon compagnon le 3 novembre, la plainte est déposée. Puis-je changer d'adresse ?",
    "le père de mes enfants m'a menacée de mort au téléphone, et il a un fusil à la maison",
    "Il ne me laisse plus sortir et il m'a déjà giflée deux fois. Je veux partir mais sans argent je ne peux pas.",
    "Quand il rentre, il me pousse et il casse la vaisselle. Les petits ont peur.",
    "Mon compagnon m'étrangle quand il a bu. J'ai honte d'écrire ça à la CAF.",
]


@pytest.mark.parametrize("body", HELD_BACK)
def test_phrasings_written_after_the_rule(body):
    got = result(body)
    assert "violence" in got.distress_kinds
    assert "3919" in " ".join(str(c) for c in got.emergency_contacts)


def test_the_draft_s_distress_block_gives_the_violence_numbers_not_only_the_ccas():
    got = triage(
        title="",
        body="Il m'a encore poussée contre le mur hier. Je veux partir avec les petits mais je n'ai pas d'argent.",
        administration="CAF",
    )
    block = distress_block(got)
    assert "- 3919 :" in block and "- 17" in block
