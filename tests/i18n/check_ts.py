#!/usr/bin/env python3
"""Fails when a Qt Linguist .ts file is not finished: an entry unfinished, empty, vanished or obsolete,
a plural entry without every form its language needs, or a translation that lost or invented a
placeholder (%1, %2, %n) or a keyboard accelerator. Prints every problem as FILE: CONTEXT: SOURCE: WHY.

    check_ts.py FILE.ts...
"""
import re
import sys
import xml.etree.ElementTree as ET

# Plural forms per language, as Qt counts them (QLocale's numerus rules).
FORMS = {"en": 2, "ru": 3, "uk": 3, "bg": 2, "zh_CN": 1}
PLACEHOLDER = re.compile(r"%(?:n|L?\d{1,2})")


def placeholders(text):
    # %L1 and %1 are the same argument; the order may change in a translation.
    return sorted(set(p.replace("L", "") for p in PLACEHOLDER.findall(text)))


def check(path):
    problems = []
    root = ET.parse(path).getroot()
    lang = root.get("language", "")
    forms = FORMS.get(lang)
    if forms is None:
        return [f"{path}: unknown language {lang!r}"]
    count = 0
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source", "")
            where = f"{path}: {name}: {source[:60]!r}"
            tr = message.find("translation")
            if tr is None:
                problems.append(f"{where}: no translation")
                continue
            kind = tr.get("type", "")
            if kind in ("unfinished", "vanished", "obsolete"):
                problems.append(f"{where}: {kind}")
                continue
            if message.get("numerus") == "yes":
                texts = [f.text or "" for f in tr.findall("numerusform")]
                if len(texts) != forms:
                    problems.append(f"{where}: {len(texts)} plural forms, {lang} needs {forms}")
            else:
                texts = [tr.text or ""]
            for text in texts:
                if not text.strip():
                    problems.append(f"{where}: empty translation")
                elif placeholders(text) != placeholders(source):
                    # A plural form may leave %n out ("one point" for 1) only where the form is
                    # unambiguous; require it everywhere to keep the check simple and strict.
                    problems.append(f"{where}: placeholders {placeholders(text)} in {text[:60]!r}, "
                                    f"the source has {placeholders(source)}")
                if re.search(r"&[^&\s;]", source.replace("&&", "")) and "&" not in text.replace("&&", ""):
                    problems.append(f"{where}: the keyboard accelerator (&) is lost in {text[:60]!r}")
    if count == 0:
        problems.append(f"{path}: no entries at all")
    return problems


def main():
    problems = []
    for path in sys.argv[1:]:
        problems += check(path)
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem(s) in the translations", file=sys.stderr)
        return 1
    print(f"{len(sys.argv) - 1} translation file(s) complete")
    return 0


if __name__ == "__main__":
    sys.exit(main())
