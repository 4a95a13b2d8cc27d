#!/usr/bin/env python3
"""Fills kaishu_en.ts from the source texts, which are English already.

Run after lupdate (cmake --build <dir> --target update_translations). Every entry gets the source
text as its translation; plural entries ("%n field(s) changed") get the English singular and plural
forms, made from the "(s)" that follows the number. Nothing but the standard library is used.

Usage: python3 translations/fill_english.py [path/to/kaishu_en.ts]
"""

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

PLURAL_MARK = re.compile(r"(%L?n\b[^()]*?)\(s\)")


def english_forms(source: str) -> list[str]:
    """Singular and plural of a numerus source text: the first "(s)" after %n decides."""
    singular = PLURAL_MARK.sub(lambda m: m.group(1), source, count=1)
    plural = PLURAL_MARK.sub(lambda m: m.group(1) + "s", source, count=1)
    return [singular, plural]


def fill(path: Path) -> int:
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for form in english_forms(source):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
        filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return filled


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("kaishu_en.ts")
    print(f"{path}: {fill(path)} entries filled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
