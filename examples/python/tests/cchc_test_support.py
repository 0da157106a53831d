"""Shared set-up of the cchc binding tests (not a test module itself).

The tests must exercise the library that was just built, so they refuse to
run without CCHC_LIBRARY (CTest sets it to $<TARGET_FILE:cchc>) and
CCHC_DATA_DIR (CTest sets it to examples/data). Nothing is skipped silently:
a missing variable or file makes every test module fail to import with a
message that says what to set.
"""

import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PACKAGE_ROOT = os.path.dirname(HERE)  # examples/python

_HOW = ("run the tests through CTest, or as: CCHC_LIBRARY=/path/to/build/lib/libcchc.so "
        "CCHC_DATA_DIR=/path/to/examples/data PYTHONPATH=examples/python "
        "python3 -m unittest discover -s examples/python/tests -v")

LIBRARY = os.environ.get("CCHC_LIBRARY", "")
if not LIBRARY:
    raise RuntimeError("CCHC_LIBRARY is not set: the binding tests must load the libcchc "
                       "that was just built, by full path; " + _HOW)
if not os.path.isfile(LIBRARY):
    raise RuntimeError("CCHC_LIBRARY=%r is not a file; %s" % (LIBRARY, _HOW))

DATA_DIR = os.environ.get("CCHC_DATA_DIR", "")
if not DATA_DIR:
    raise RuntimeError("CCHC_DATA_DIR is not set: the tests read the bundled plan from "
                       "it; " + _HOW)

# Test the binding of this source tree, whatever else is on the path.
if PACKAGE_ROOT not in sys.path:
    sys.path.insert(0, PACKAGE_ROOT)

import cchc  # noqa: E402

if os.path.realpath(cchc.library_path()) != os.path.realpath(LIBRARY):
    raise RuntimeError("cchc loaded %s, not CCHC_LIBRARY=%s"
                       % (cchc.library_path(), LIBRARY))
if os.path.dirname(os.path.abspath(cchc.__file__)) != os.path.join(PACKAGE_ROOT, "cchc"):
    raise RuntimeError("imported the cchc package from %s, not from %s"
                       % (cchc.__file__, PACKAGE_ROOT))

BUNDLED = cchc.bundled_plan_path()
if not os.path.isfile(BUNDLED):
    raise RuntimeError("the bundled plan %s does not exist (CCHC_DATA_DIR=%r)"
                       % (BUNDLED, DATA_DIR))


def bundled_text():
    with open(BUNDLED, encoding="utf-8", newline="") as f:
        return f.read()


def bundled_json():
    with open(BUNDLED, encoding="utf-8") as f:
        return json.load(f)


def minimal(**extra):
    """A minimal plan document as JSON text, with extra top-level keys."""
    doc = {"format": "cchc-plan", "version": 1}
    doc.update(extra)
    return json.dumps(doc, ensure_ascii=False, indent=2)


def child_env():
    """Environment for a child Python that imports this tree's binding."""
    env = dict(os.environ)
    rest = env.get("PYTHONPATH")
    env["PYTHONPATH"] = PACKAGE_ROOT + (os.pathsep + rest if rest else "")
    return env


# ---- the sample scheme and scorecards (docs/scoring.md) ----------------------

SCHEME_FILE = os.path.join(DATA_DIR, "scheme-2023-sample-department.json")
CARD_FILES = sorted(glob.glob(os.path.join(DATA_DIR, "scorecard-2023-sample-so-mau-*.json")))
CARD_A = os.path.join(DATA_DIR, "scorecard-2023-sample-so-mau-a.json")
if not os.path.isfile(SCHEME_FILE) or len(CARD_FILES) != 6:
    raise RuntimeError("the sample scheme and six scorecards are not in CCHC_DATA_DIR=%r"
                       % DATA_DIR)


def load_card(path, scheme):
    """A sample card, its plan-fed criteria applied from the plan file it names, if any."""
    card = cchc.Scorecard.load(path)
    if card.plan_file:
        card.apply_plan(scheme)
    return card
