"""Thirty-eighth pass (engineer-r60): a tenant behind on the rent and threatened with eviction is also pointed to
« Que faire en cas de difficultés pour payer son loyer ? » (F1008), after the eviction procedure's fiches. Fresh
sentences, none from a corpus."""

from guichet.knowledge.query import understand


def test_a_threatened_tenant_is_pointed_to_the_help_with_the_rent_too():
    query = understand(
        "Je n'ai pas pu payer octobre ni novembre, ma paie d'intérim a du retard. Le propriétaire m'a dit au "
        "téléphone qu'il allait me mettre dehors avec les enfants. Qu'est-ce que je peux faire ?"
    )
    eviction = next(hit for hit in query.distress if hit.name == "expulsion du logement")
    assert eviction.fiches[0] == "F31272"
    assert "F1008" in eviction.fiches
