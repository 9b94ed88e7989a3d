from django.contrib.auth.forms import AuthenticationForm
from dsfr.forms import DsfrBaseForm


class LoginForm(AuthenticationForm, DsfrBaseForm):
    """The login form, rendered with the DSFR components."""
