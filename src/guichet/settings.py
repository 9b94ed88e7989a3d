"""Django settings for Guichet.

All values come from environment variables read through `guichet.env`; the defaults give the embedded mode
(SQLite in WAL mode under the data directory, local model, local index). See docs/configuration.md.
"""

from datetime import timedelta
from pathlib import Path

import dj_database_url

from guichet.env import env_bool, env_choice, env_float, env_int, env_list, env_path, env_str, read_or_create_secret
from guichet.logs import formatters

BASE_DIR = Path(__file__).resolve().parent

# Where Guichet keeps its state on this node: SQLite database, search index, assembled model files.
DATA_DIR = env_path("GUICHET_DATA_DIR", Path.cwd() / "var")
DATA_DIR.mkdir(parents=True, exist_ok=True)
# The shared folder with the service-public.fr snapshot and evaluation sets (tests, benchmarks, demo).
SHARED_DIR = env_path("GUICHET_SHARED_DIR", Path.cwd().parent / "shared")

DEBUG = env_bool("GUICHET_DEBUG", False)
# Without SECRET_KEY, a random key is generated once and kept in the data directory (readable by its owner only).
SECRET_KEY = env_str("SECRET_KEY", "") or read_or_create_secret(DATA_DIR / "secret_key")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "axes",
    "django_htmx",
    "template_partials",
    "widget_tweaks",
    "dsfr",
    "django_tasks",
    "django_tasks_db",
    "ninja",
    "guichet.audit",
    "guichet.accounts",
    "guichet.inbox",
    "guichet.delivery",
    "guichet.knowledge",
    "guichet.privacy",
    "guichet.drafting",
    "guichet.insights",
    "guichet.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "guichet.security.SecurityHeadersMiddleware",
    "guichet.api.errors.ApiErrorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, as django-axes asks: turns a locked-out login into its lockout page.
    "axes.middleware.AxesMiddleware",
]

# Login throttling (django-axes) on every login page (the agents' one and the Django admin's): after
# GUICHET_LOGIN_FAILURES wrong passwords for one identifier, that identifier is locked for
# GUICHET_LOGIN_LOCKOUT_MINUTES; a success resets the count. Lockouts are written to the audit journal.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("GUICHET_LOGIN_FAILURES", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("GUICHET_LOGIN_LOCKOUT_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["username"]
# Locking by identifier only is deliberate: colleagues behind one office address must not lock each other out
# (docs/operations.md, Security). axes warns about it on every command; the choice is documented, so say it once.
SILENCED_SYSTEM_CHECKS = ["axes.W006"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "guichet.accounts.receivers.lockout_response"
AXES_DISABLE_ACCESS_LOG = True  # no table of every successful login with its IP address
AXES_VERBOSE = False


ROOT_URLCONF = "guichet.urls"
WSGI_APPLICATION = "guichet.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "dsfr.context_processors.site_config",
            ],
        },
    }
]
# One form renderer for the whole process: django-dsfr's forms otherwise build a new renderer, hence a new template
# engine with an empty template cache, for every form instance (each field's templates parsed again per request).
FORM_RENDERER = "dsfr.forms.DsfrDjangoTemplates"

# Database: SQLite (WAL) under the data directory unless DATABASE_URL says otherwise (e.g. PostgreSQL).
DATABASE_URL = env_str("DATABASE_URL", "")
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=env_int("GUICHET_DB_CONN_MAX_AGE", 60))}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "guichet.sqlite3",
            "OPTIONS": {
                # WAL lets the web server read while the worker writes; IMMEDIATE avoids lock upgrades.
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;",
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "accounts:login"

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français")]
TIME_ZONE = env_str("TIME_ZONE", "Europe/Paris")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)  # whitenoise serves from the apps (finders) but expects this folder
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Serve static files from the apps directly (no collectstatic needed in embedded mode).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

SESSION_COOKIE_HTTPONLY = True
# A working day at most, and no session left behind when the browser closes.
SESSION_COOKIE_AGE = env_int("GUICHET_SESSION_HOURS", 8) * 3600
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
# The API answers 413 (JSON) to a larger body before reading it (guichet.api.errors).
GUICHET_API_MAX_BODY = env_int("GUICHET_API_MAX_BODY", 256 * 1024)
SESSION_COOKIE_SECURE = env_bool("GUICHET_SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
# Behind HTTPS (GUICHET_SECURE_COOKIES on): browsers must come back over HTTPS for a year (HSTS). The proxy's
# X-Forwarded-Proto is trusted by `guichet serve` (GUICHET_FORWARDED_ALLOW_IPS), so requests are seen as secure.
SECURE_HSTS_SECONDS = 365 * 24 * 3600 if SESSION_COOKIE_SECURE else 0
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Content-Security-Policy (self only) and Permissions-Policy: guichet.security.SecurityHeadersMiddleware.
X_FRAME_OPTIONS = "DENY"

# Background tasks: a database-backed queue; `guichet worker` runs it.
TASKS = {
    "default": {
        "BACKEND": env_str("GUICHET_TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default", "drafting", "import"],
    }
}

# Privacy: key for the encrypted personal-data mapping kept with each message (Fernet, derived when unset).
GUICHET_PII_KEY = env_str("GUICHET_PII_KEY", "")
GUICHET_RETENTION_DAYS = env_int("GUICHET_RETENTION_DAYS", 365)

# Knowledge base.
GUICHET_INDEX_DIR = env_path("GUICHET_INDEX_DIR", DATA_DIR / "index")
GUICHET_CORPUS_URLS = env_list(
    "GUICHET_CORPUS_URLS",
    [
        "https://lecomarquage.service-public.fr/vdd/3.3/part/zip/vosdroits-latest.zip",
        "https://lecomarquage.service-public.fr/vdd/3.3/pro/zip/vosdroits-latest.zip",
        "https://lecomarquage.service-public.fr/vdd/3.3/asso/zip/vosdroits-latest.zip",
    ],
)
# Dense vectors (USE multilingual, packaged weights) next to BM25; off = lexical search only, no embedder loaded.
GUICHET_SEARCH_DENSE = env_bool("GUICHET_SEARCH_DENSE", True)
# BLAS threads for the embedder: 1 keeps query latency steady on a busy 2-core node (2 threads fight the web
# server and the model for the cores); raise it on a dedicated machine to index faster.
GUICHET_EMBED_THREADS = env_int("GUICHET_EMBED_THREADS", 1)

# Drafting model backend: "embedded" (llama.cpp in-process, packaged GGUF) or "openai" (any compatible server).
GUICHET_LLM_BACKEND = env_str("GUICHET_LLM_BACKEND", "embedded")
GUICHET_LLM_MODEL = env_str("GUICHET_LLM_MODEL", "qwen2.5-1.5b")
GUICHET_LLM_THREADS = env_int("GUICHET_LLM_THREADS", 0)
GUICHET_LLM_CONTEXT = env_int("GUICHET_LLM_CONTEXT", 4096)
GUICHET_LLM_TEMPERATURE = env_float("GUICHET_LLM_TEMPERATURE", 0.1)
GUICHET_LLM_MAX_TOKENS = env_int("GUICHET_LLM_MAX_TOKENS", 400)
GUICHET_LLM_TIMEOUT = env_float("GUICHET_LLM_TIMEOUT", 300.0)
GUICHET_OPENAI_BASE_URL = env_str("GUICHET_OPENAI_BASE_URL", "http://127.0.0.1:8080/v1")
GUICHET_OPENAI_API_KEY = env_str("GUICHET_OPENAI_API_KEY", "")
# Model server client (per web or worker process): requests in flight, retries before the first token.
GUICHET_LLM_CONCURRENCY = env_int("GUICHET_LLM_CONCURRENCY", 4)
GUICHET_LLM_RETRIES = env_int("GUICHET_LLM_RETRIES", 2)
GUICHET_AUTO_DRAFT = env_bool("GUICHET_AUTO_DRAFT", True)
# Whether the background draft asks the model: "auto" asks a model server, not the small embedded models, whose
# drafts cover fewer key facts than the extractive draft at the same length (docs/benchmarks.md, issue 11);
# "always" / "never". A regeneration asked by an agent always uses the model.
GUICHET_DRAFT_MODEL = env_choice("GUICHET_DRAFT_MODEL", "auto", ("auto", "always", "never"))
# Pushed replies (webhooks): seconds per call, attempts before giving up, first back-off delay (x3 each time).
GUICHET_WEBHOOK_TIMEOUT = env_float("GUICHET_WEBHOOK_TIMEOUT", 10.0)
GUICHET_WEBHOOK_MAX_ATTEMPTS = env_int("GUICHET_WEBHOOK_MAX_ATTEMPTS", 10)
GUICHET_WEBHOOK_BACKOFF_S = env_float("GUICHET_WEBHOOK_BACKOFF_S", 10.0)
# Retrieval scores below which the best fiche is a guess and the draft says the question is not covered
# (calibrated on the dev set, docs/benchmarks.md "Drafting").
GUICHET_DRAFT_MIN_DENSE = env_float("GUICHET_DRAFT_MIN_DENSE", 0.30)
GUICHET_DRAFT_MIN_LEXICAL = env_float("GUICHET_DRAFT_MIN_LEXICAL", 0.20)
# Seconds a running drafting task may go without a heartbeat (written every ~10 s while the model runs) before its
# worker is presumed dead and the task queued again (inbox.tasks; every worker checks every 5 s).
GUICHET_DRAFT_LEASE_S = env_float("GUICHET_DRAFT_LEASE_S", 45.0)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # GUICHET_LOG_FORMAT=json: one JSON object per line (guichet/logs.py); never any message text.
    "formatters": formatters(),
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "main"}},
    "root": {"handlers": ["console"], "level": env_str("GUICHET_LOG_LEVEL", "WARNING")},
    "loggers": {
        "guichet": {"handlers": ["console"], "level": env_str("GUICHET_LOG_LEVEL", "INFO"), "propagate": False},
    },
}
