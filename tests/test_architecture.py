"""The parts depend downwards only, and no module of ours imports itself round a loop.

The import graph is read from the source with `ast`, so it counts every import: at the top
of a module, inside functions and under `if`, absolute and relative; migrations too.
semantic imports none of the others, accounts imports neither initiatives nor vraagbaak,
initiatives never imports vraagbaak, and none names a higher part's URLs or templates;
vraagbaak.settings is the project's configuration and may name every part.
"""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARTS = ("semantic", "accounts", "initiatives", "vraagbaak")
# `semantic` (vectors and neighbours of any kind of item) is a leaf below every part.
LAYER = {"semantic": 0, "accounts": 1, "initiatives": 2, "vraagbaak": 3}
# The project's configuration names every part (INSTALLED_APPS, section registries, handlers).
CONFIGURATION = "vraagbaak.settings"
# Each part's templates (allauth's and the notifications app's are the accounts part's).
TEMPLATES = {"semantic": [], "accounts": ["accounts", "allauth", "notifications"],
             "initiatives": ["initiatives"],
             "vraagbaak": []}


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules(root: Path, parts) -> dict[str, Path]:
    return {
        _module_name(path, root): path
        for part in parts
        for path in sorted((root / part).rglob("*.py"))
    }


def _ancestors(name: str) -> list[str]:
    pieces = name.split(".")
    return [".".join(pieces[:end]) for end in range(1, len(pieces))]


def _imported(node: ast.AST, importer: str, is_package: bool, modules) -> list[str]:
    """The modules of ours an import statement runs, as the names Python would load."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.level:
        # A package's own __init__ is its __package__; a plain module's is its parent.
        package = importer if is_package else importer.rpartition(".")[0]
        base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
        base = ".".join([*base, node.module] if node.module else base)
    else:
        base = node.module
    # `from package import name` loads package.name when that is a module of its own;
    # otherwise the name lives in the package's __init__.
    # Either way the package's __init__ runs first.
    return [base, *(f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in modules)]


def import_graph(root: Path = ROOT, parts=PARTS) -> dict[str, set[str]]:
    """Each module of ours -> the modules of ours it imports (with the packages they sit in,
    whose __init__ runs first, unless the importer sits in them already)."""
    modules = _modules(root, parts)
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        own_packages = {name, *_ancestors(name)}
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            for target in _imported(node, name, is_package, modules):
                for loaded in (*_ancestors(target), target):
                    if loaded in modules and loaded not in own_packages:
                        targets.add(loaded)
        graph[name] = targets
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One loop per strongly connected component (Tarjan), as a path back to its start."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1 or node in graph[node]:
                components.append(component)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return [_loop_through(component, graph) for component in components]


def _loop_through(component: set[str], graph: dict[str, set[str]]) -> list[str]:
    """A shortest path from the component's first module back to itself."""
    start = min(component)
    paths = {start: [start]}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for target in sorted(graph[node] & component):
                if target == start:
                    return [*paths[node], start]
                if target not in paths:
                    paths[target] = [*paths[node], target]
                    following.append(target)
        frontier = following
    raise AssertionError(f"no loop in {component}")


def test_no_import_loops_among_our_modules():
    loops = _cycles(import_graph())
    assert not loops, "import loops:\n" + "\n".join(" -> ".join(loop) for loop in loops)


def _upward(graph: dict[str, set[str]]) -> list[str]:
    return [
        f"{importer} -> {target}"
        for importer, targets in sorted(graph.items())
        if not importer.startswith(CONFIGURATION)
        for target in sorted(targets)
        if LAYER[target.partition(".")[0]] > LAYER[importer.partition(".")[0]]
    ]


def test_lower_parts_do_not_import_higher_ones():
    upward = _upward(import_graph())
    assert not upward, "upward imports:\n" + "\n".join(upward)


def test_an_import_of_a_higher_part_inside_a_function_is_upward(tmp_path):
    _write(tmp_path, {
        "accounts/__init__.py": "",
        "accounts/views.py": "def home():\n    from vraagbaak.views import site\n",
        "vraagbaak/__init__.py": "",
        "vraagbaak/views/__init__.py": "",
        "vraagbaak/views/site.py": "from accounts import views\n",
        "vraagbaak/settings/__init__.py": "",
        "vraagbaak/settings/base.py": "from vraagbaak.views import site\n",
    })
    graph = import_graph(tmp_path, ["accounts", "vraagbaak"])
    assert _upward(graph) == ["accounts.views -> vraagbaak", "accounts.views -> vraagbaak.views",
                              "accounts.views -> vraagbaak.views.site"]


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def test_the_graph_counts_imports_inside_functions_and_relative_ones(tmp_path):
    """The checks above are only as good as the graph: a loop held open by an import inside
    a function, written relatively, is a loop."""
    _write(tmp_path, {
        "app/__init__.py": "",
        "app/models.py": "from .querysets import Q\n",
        "app/querysets.py": "def scope():\n    from . import models\n    return models\n",
        "app/leaf.py": "import os\n",
    })
    graph = import_graph(tmp_path, ["app"])
    assert graph["app.querysets"] == {"app.models"}
    assert _cycles(graph) == [["app.models", "app.querysets", "app.models"]]


def test_the_graph_tells_a_submodule_from_a_name_in_a_package(tmp_path):
    """`from . import x` loads the module x when there is one, else takes x from the package's
    __init__; `from pkg.sub import name` runs pkg's __init__ too."""
    _write(tmp_path, {
        "app/__init__.py": "from .models import Thing\n",
        "app/models.py": "Thing = 1\n",
        "app/views.py": "from . import models, Thing\n",
        "other/__init__.py": "",
        "other/use.py": "from app.models import Thing\nimport app.views\n",
    })
    graph = import_graph(tmp_path, ["app", "other"])
    assert graph["app.views"] == {"app.models"}  # its own package's __init__ runs already
    assert graph["other.use"] == {"app", "app.models", "app.views"}
    assert _cycles(graph) == []


def _upward_names(text: str, part: str, pattern: str) -> list[str]:
    higher = [name for name, layer in LAYER.items() if layer > LAYER[part]]
    return [
        match.group(0)
        for name in higher
        for match in re.finditer(pattern.format(part=re.escape(name)), text)
    ]


# A URL name ("vraagbaak:home") or a template path ("vraagbaak/...") of a higher part.
PYTHON_NAME = r"^{part}(:[\w-]+|/.*)$"
TEMPLATE_NAME = r"[\"']{part}[:/][^\"']*"


def test_lower_parts_do_not_name_higher_urls_or_templates():
    """A lower part's code and templates name no URL and no template of a higher part; the
    higher part adds to their pages through the section registries in the settings."""
    found = []
    for part in LAYER:
        for path in sorted((ROOT / part).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text())):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    found += [f"{path.relative_to(ROOT)}: {name}"
                              for name in _upward_names(node.value, part, PYTHON_NAME)]
        for folder in TEMPLATES[part]:
            for path in sorted((ROOT / "templates" / folder).rglob("*.html")):
                found += [f"{path.relative_to(ROOT)}: {name}"
                          for name in _upward_names(path.read_text(), part, TEMPLATE_NAME)]
    assert not found, "names of higher parts:\n" + "\n".join(found)


def test_the_registry_tells_people_through_notify_without_an_event_bus():
    """The registry calls accounts.notifications' notify() directly: no event module, no
    handler setting, no mail of its own beside the notifications."""
    from django.conf import settings

    assert not (ROOT / "initiatives" / "events.py").exists()
    assert not (ROOT / "initiatives" / "tasks.py").exists()
    assert not hasattr(settings, "INITIATIVE_EVENT_HANDLERS")
    assert "accounts.notifications.services" in import_graph()["initiatives.services.curation"]
