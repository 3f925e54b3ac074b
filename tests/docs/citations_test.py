#!/usr/bin/env python3
"""The repository's references stay inside it.

Code, migrations, tests and documents cite the project's own documents in one form,
docs/domain.md "Section title", on one line. This test fails when:
- a file names a document that is not in the repository (the names below);
- a citation names a document under docs/ that does not exist, or a section it lacks;
- a citation is broken across two lines, where this test could not read it;
- a cited document has two sections of one title, so that a citation could mean either.

Usage: citations_test.py SOURCE_DIR
"""

import pathlib
import re
import subprocess
import sys

# Documents kept outside the repository once; a clone does not have them.
OUTSIDE = re.compile(r"\b(?:DOMAIN|DESIGN|STYLE)\.md\b|\.\./shared\b|/work/shared\b")
CITATION = re.compile(r'\b(docs/[\w./-]+\.md) "([^"\n]+)"')
# A document named at the end of a line, its section maybe on the next one.
SPLIT = re.compile(r"\bdocs/(?:domain|design)\.md\s*$")
HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$")
SKIPPED_DIRECTORIES = {".git", "build", "node_modules"}


def files_of(root):
    """The files git knows or would add; every file when the tree is not a git checkout."""
    try:
        listed = subprocess.run(
            ["git", "-C", str(root), "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
            capture_output=True, check=True,
        ).stdout.decode("utf-8").split("\0")
        return [root / name for name in listed if name and (root / name).is_file()]
    except (OSError, subprocess.CalledProcessError):
        return [
            path for path in root.rglob("*")
            if path.is_file() and not SKIPPED_DIRECTORIES & set(path.relative_to(root).parts)
        ]


def headings_of(document):
    """The titles of a Markdown document's headings, outside fenced code, in order."""
    titles = []
    fenced = False
    for line in document.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and (match := HEADING.match(line)):
            titles.append(match.group(1))
    return titles


def problems_in(root):
    this_file = pathlib.Path(__file__).resolve()
    headings = {}
    problems = []
    for path in sorted(files_of(root)):
        if path.resolve() == this_file:
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue  # binary files cite nothing
        name = path.relative_to(root)
        for number, line in enumerate(text.splitlines(), start=1):
            where = f"{name}:{number}"
            for match in OUTSIDE.finditer(line):
                problems.append(f"{where}: names {match.group(0)}, which is not in the repository")
            if SPLIT.search(line):
                problems.append(f"{where}: a citation ends the line; keep its section on the same line")
            for match in CITATION.finditer(line):
                document, section = match.groups()
                if document not in headings:
                    target = root / document
                    headings[document] = headings_of(target) if target.is_file() else None
                    titles = headings[document] or []
                    for title in sorted({title for title in titles if titles.count(title) > 1}):
                        problems.append(f'{document}: two sections are titled "{title}"')
                if headings[document] is None:
                    problems.append(f"{where}: cites {document}, which does not exist")
                elif section not in headings[document]:
                    problems.append(f'{where}: cites {document} "{section}", which has no such section')
    return problems


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    problems = problems_in(pathlib.Path(sys.argv[1]).resolve())
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"FAIL: {len(problems)} problem(s) with references", file=sys.stderr)
        return 1
    print("every reference points inside the repository")
    return 0


if __name__ == "__main__":
    sys.exit(main())
