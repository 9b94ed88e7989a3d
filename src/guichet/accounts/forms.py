from django.contrib.auth.forms import AuthenticationForm
from dsfr.forms import DsfrBaseForm


class LoginForm(AuthenticationForm, DsfrBaseForm):
    """The login form, rendered with the DSFR components; French labels and messages whatever the browser asks."""

    error_messages = {
        "invalid_login": "Identifiant ou mot de passe incorrect. Attention : après plusieurs échecs, "
        "l'identifiant est bloqué quelques minutes.",
        "inactive": "Ce compte est désactivé.",
    }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["username"].label = "Identifiant"
        self.fields["password"].label = "Mot de passe"
        # DsfrBaseForm built the bound fields before AuthenticationForm set its labels: they kept the field
        # name ("Username"). Build them again from the labels above.
        self._bound_fields_cache.clear()
