"""Every error code the code can raise is documented, once, and every robustness test named in
docs/robustness.md exists."""
import re

from conftest import ROOT


def test_robust_every_error_code_is_in_the_readme():
    raised = set()
    for f in (ROOT / "src" / "conflictkg").rglob("*.py"):
        raised |= set(re.findall(r'code="(E\d{3})"', f.read_text(encoding="utf-8")))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    codes = readme[readme.index("### Exit codes and errors"):readme.index("### Robustness")]
    documented = set(re.findall(r"E\d{3}", codes)) | {f"E{n}" for a, b in re.findall(r"E(\d{3})-E(\d{3})", codes)
                                                       for n in range(int(a), int(b) + 1)}
    assert raised - documented == set()


def test_robust_the_tests_named_in_docs_exist():
    doc = (ROOT / "docs" / "robustness.md").read_text(encoding="utf-8")
    tests = "".join(f.read_text(encoding="utf-8") for f in (ROOT / "tests").glob("test_robust_*.py"))
    named = set(re.findall(r"`(?:test_robust_\w+\.py::)?(test_robust_\w+?)(?:\[[^\]]*\])?`", doc))
    defined = set(re.findall(r"def (test_robust_\w+)", tests))
    assert named and named - defined == set()
