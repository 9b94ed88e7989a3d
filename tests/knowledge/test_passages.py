"""A passage is quoted by drafting as it is: one that announces a table or a list must bring it along."""

import pytest

from guichet.knowledge.ingest import ingest
from guichet.knowledge.search import search

pytestmark = pytest.mark.django_db

FICHE = """<?xml version="1.0" encoding="UTF-8"?>
<Publication xmlns:dc="http://purl.org/dc/elements/1.1/" ID="F90020" type="Fiche d'information"
  spUrl="https://www.service-public.fr/particuliers/vosdroits/F90020">
  <dc:title>Prime de rentrée des collégiens</dc:title>
  <dc:description>Une prime versée à la rentrée pour chaque collégien, selon son âge.</dc:description>
  <dc:subject>Famille</dc:subject>
  <dc:date>modified 2020-06-01</dc:date>
  <dc:type>Fiche pratique</dc:type>
  <Audience>Particuliers</Audience>
  <Introduction><Texte><Paragraphe>La prime de rentrée aide les familles des collégiens.</Paragraphe></Texte>
  </Introduction>
  <Texte>
    <Chapitre>
      <Titre><Paragraphe>Montant de la prime</Paragraphe></Titre>
      <Paragraphe>Le montant versé varie selon l'âge du collégien au 31 décembre :</Paragraphe>
      <Tableau>
        <Titre>Montant selon l'âge</Titre>
        <Rangée type="header"><Cellule><Paragraphe>Âge</Paragraphe></Cellule>
          <Cellule><Paragraphe>Montant</Paragraphe></Cellule></Rangée>
        <Rangée type="normal"><Cellule><Paragraphe>11 à 12 ans</Paragraphe></Cellule>
          <Cellule><Paragraphe>210 €</Paragraphe></Cellule></Rangée>
        <Rangée type="normal"><Cellule><Paragraphe>13 à 15 ans</Paragraphe></Cellule>
          <Cellule><Paragraphe>245 €</Paragraphe></Cellule></Rangée>
      </Tableau>
    </Chapitre>
    <Chapitre>
      <Titre><Paragraphe>Démarche</Paragraphe></Titre>
      <Paragraphe>Il n'y a aucune démarche : la prime est versée avec les prestations.</Paragraphe>
    </Chapitre>
  </Texte>
</Publication>
"""


@pytest.fixture
def collegiens(tmp_path, lexical_only):
    folder = tmp_path / "corpus" / "particuliers"
    folder.mkdir(parents=True)
    (folder / "F90020.xml").write_text(FICHE, encoding="utf-8")
    ingest([tmp_path / "corpus"])


def test_a_lead_in_ending_on_a_colon_brings_the_table_it_announces(collegiens):
    hit = search("Quel est le montant de la prime de rentrée pour mon fils de 12 ans ?", k=1, passages=10)[0]
    lead_in = next(p for p in hit.passages if p.text.startswith("Le montant versé varie"))
    assert lead_in.text.splitlines()[1:] == ["Âge | Montant", "11 à 12 ans | 210 €", "13 à 15 ans | 245 €"]
    # A passage that announces nothing stays as it is.
    step = next(p for p in hit.passages if p.heading.endswith("Démarche"))
    assert step.text == "Il n'y a aucune démarche : la prime est versée avec les prestations."
