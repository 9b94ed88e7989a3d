import factory
from django.contrib.auth import get_user_model

from guichet.accounts.enums import Cohort, Role
from guichet.accounts.models import Administration, Membership


class AdministrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Administration
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Administration {n}")
    slug = factory.Sequence(lambda n: f"administration-{n}")
    short_name = factory.Sequence(lambda n: f"ADM{n}")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"agent{n}")
    first_name = "Camille"
    last_name = factory.Sequence(lambda n: f"Agent{n}")
    password = factory.django.Password("motdepasse-de-test")


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    administration = factory.SubFactory(AdministrationFactory)
    role = Role.AGENT
    cohort = Cohort.PILOT


def member(administration: Administration, role: str = Role.AGENT, **user_fields):
    """A user with an active membership of `role` in `administration`."""
    return MembershipFactory(administration=administration, role=role, user=UserFactory(**user_fields)).user
