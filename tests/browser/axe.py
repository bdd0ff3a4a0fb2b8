"""axe-core checks for the browser tests: WCAG 2.1 level A and AA, nothing else."""

from axe_playwright_python.sync_playwright import Axe

WCAG_21_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

_axe = Axe()


def axe_violations(page) -> list[dict]:
    """The WCAG 2.1 A/AA violations on the page as it is now."""
    # axe is injected through the DevTools protocol, which the page's
    # Content-Security-Policy does not govern, so no bypass_csp is needed.
    results = _axe.run(
        page,
        options={
            "runOnly": {"type": "tag", "values": WCAG_21_AA_TAGS},
            "resultTypes": ["violations"],
        },
    )
    return results.response["violations"]


def format_violations(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        for node in violation["nodes"]:
            lines.append(f"    at {' > '.join(str(part) for part in node['target'])}")
            if node.get("failureSummary"):
                summary = node["failureSummary"].replace("\n", " ")
                lines.append(f"       {summary}")
    return "\n".join(lines)


def assert_accessible(page) -> None:
    """Fail with a readable list (rule, help, where) when axe finds any WCAG 2.1 AA violation."""
    violations = axe_violations(page)
    assert not violations, (
        f"{len(violations)} accessibility violation(s) on {page.url}:\n" + format_violations(violations)
    )
