# The AI-vraagbaak web app and task worker (the same image, another command).
FROM python:3.13-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DJANGO_SETTINGS_MODULE=vraagbaak.settings.production

RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 1000 vraagbaak

WORKDIR /app
COPY pyproject.toml README.md ./
RUN pip install .
COPY --chown=vraagbaak:vraagbaak . .

# Static files and translations are built into the image; collectstatic needs
# a throwaway key only to import the settings.
RUN SECRET_KEY=build-only python manage.py compilemessages --ignore=.venv -v 0 \
    && SECRET_KEY=build-only python manage.py collectstatic --no-input -v 0

USER vraagbaak
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8000/healthz || exit 1
CMD ["gunicorn", "vraagbaak.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "2", \
     "--access-logfile", "-", "--forwarded-allow-ips", "*"]
