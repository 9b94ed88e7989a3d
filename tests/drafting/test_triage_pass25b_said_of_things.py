"""Triage, twenty-fifth pass of issue 12, second shift: death said of a thing ("mon espace en ligne est mort", "le
site est mort") and killing said of an ordeal ("ça me tue ces histoires", "ces démarches vont me tuer") are
figures, not distress, when nothing else in the message speaks of death or despair. Guards: a husband dead beside
the same figure, a file "dead" beside "je vais mourir", an ordeal that kills beside "en finir".

Every message here was written for these tests (none is in a corpus)."""

import pytest

from guichet.drafting.triage_hyperbole import hyperbole_only

FIGURES = [
    "Bonjour, depuis mon passage en SASU mon compte en ligne est mort, plus rien ne s'affiche. Dois-je en créer un "
    "autre ? Ça me tue ces histoires.",
    "Le site est complètement mort depuis ce matin et je dois déclarer mon chiffre d'affaires avant ce soir.",
    "Ces démarches vont me tuer : trois fois le même justificatif de domicile. Lequel faut-il envoyer ?",
    "Mon terminal de paiement est mort, et votre formulaire aussi. Comment déclarer la panne ?",
]


@pytest.mark.parametrize("text", FIGURES)
def test_death_said_of_a_thing_or_an_ordeal_is_a_figure(text):
    assert hyperbole_only(text)


NOT_FIGURES = [
    "Mon mari est mort en mars et ça me tue ces démarches, je ne sais pas par où commencer.",
    "Mon dossier est mort et moi aussi je vais mourir, je n'ai plus rien.",
    "Cette paperasse me tue, je n'en peux plus, je pense à en finir.",
    "Mon espace en ligne est mort. Je suis à bout, je pleure tous les soirs.",
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_a_figure_beside_words_of_death_or_despair_is_read_as_written(text):
    assert not hyperbole_only(text)
