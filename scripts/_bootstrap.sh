# Sourced by scripts/dev and scripts/test: find Python >= 3.12, make .venv, install the project.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

find_python() {
    local candidates=()
    if [ -f .python-version ] && command -v pyenv >/dev/null 2>&1; then
        local wanted
        wanted=$(tr -d '[:space:]' < .python-version)
        local root
        root=$(pyenv root)
        for dir in "$root"/versions/"$wanted"*; do
            [ -x "$dir/bin/python" ] && candidates+=("$dir/bin/python")
        done
    fi
    candidates+=(python3.13 python3.12 python3.14 python3 python)
    for candidate in "${candidates[@]}"; do
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys, venv; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
    if ! PYTHON=$(find_python); then
        echo "The AI-vraagbaak needs Python 3.12 or newer (with venv)." >&2
        echo "Install it, for example: apt-get install python3.13 python3.13-venv, or pyenv install 3.13." >&2
        exit 1
    fi
    echo "Using $PYTHON ($("$PYTHON" --version))"
    rm -rf .venv
    "$PYTHON" -m venv .venv
fi

# Reinstall only when pyproject.toml changed since the last install.
stamp=.venv/.installed-$(sha1sum pyproject.toml | cut -c1-12)-${VRAAGBAAK_EXTRAS:-base}
if [ ! -f "$stamp" ]; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet ".${VRAAGBAAK_EXTRAS:+[$VRAAGBAAK_EXTRAS]}"
    rm -f .venv/.installed-*
    touch "$stamp"
fi

compile_translations() {
    # The .mo files are committed, so a machine without gettext still runs Dutch;
    # where gettext exists they are rebuilt from the .po files.
    if command -v msgfmt >/dev/null 2>&1; then
        .venv/bin/python manage.py compilemessages --ignore=.venv -v 0
    fi
}
