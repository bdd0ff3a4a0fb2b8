"""The notification modules import one another without a loop, counting imports placed
inside functions (such an import only hides a loop, it does not remove it): the machinery in
accounts.notifications and the Q&A's side in vraagbaak.notifications."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ["accounts.notifications", "vraagbaak.notifications"]


def imports_within_package(path: Path, package: str) -> set[str]:
    """The sibling modules that `path` imports, anywhere in the file."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                names.add(node.module.split(".")[0])
            else:
                names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom | ast.Import):
            for name in [getattr(node, "module", None) or ""] + [alias.name for alias in node.names]:
                if name.startswith(f"{package}."):
                    names.add(name.split(".")[2])
    return names


@pytest.mark.parametrize("package", PACKAGES)
def test_no_import_loop_among_the_notification_modules(package):
    folder = ROOT.joinpath(*package.split("."))
    graph = {path.stem: imports_within_package(path, package) for path in folder.glob("*.py")}
    assert graph, f"no modules in {folder}"
    done: set[str] = set()

    def visit(module: str, trail: tuple[str, ...]) -> None:
        assert module not in trail, "import loop: " + " → ".join((*trail, module))
        if module in done or module not in graph:
            return
        for imported in sorted(graph[module]):
            visit(imported, (*trail, module))
        done.add(module)

    for module in sorted(graph):
        visit(module, ())
