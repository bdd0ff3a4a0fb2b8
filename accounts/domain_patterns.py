"""Domain patterns of SIGNUP_ALLOWED_DOMAINS and of the SSO providers (no database: the
settings read them too). A pattern is an exact domain (`rijksoverheid.nl`) or any subdomain
of one (`*.rijksoverheid.nl`); a `*` anywhere else (`gemeente*.nl`) would admit look-alikes
such as `gemeentefake.nl`, so it matches nothing and is refused where it is configured."""


def domain_of(email: str) -> str:
    return email.rpartition("@")[2].strip().lower().rstrip(".")


def pattern_problem(pattern: str) -> str:
    """Why `pattern` is not allowed as a domain pattern, or ""."""
    pattern = pattern.strip().lower()
    if pattern == "*":
        return ""  # development: every domain
    rest = pattern[2:] if pattern.startswith("*.") else pattern
    if "*" in rest:
        return "a '*' may only stand for subdomains, as a leading '*.'"
    if "." not in rest and not pattern.startswith("*."):
        return "give a whole domain such as rijksoverheid.nl"
    return ""


def pattern_matches(pattern: str, domain: str) -> bool:
    pattern = pattern.strip().lower()
    if not pattern or pattern_problem(pattern):
        return False
    if pattern == "*":
        return True
    if pattern.startswith("*."):
        return domain.endswith(pattern[1:]) and len(domain) > len(pattern) - 1
    return domain == pattern


def domain_matches_any(email: str, patterns) -> bool:
    domain = domain_of(email)
    return bool(domain) and any(pattern_matches(pattern, domain) for pattern in patterns)
