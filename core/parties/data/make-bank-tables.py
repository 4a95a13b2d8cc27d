#!/usr/bin/env python3
"""Converts zengin-code/source-data (banks.json, branches/NNNN.json) into the two tables that
Kaishu embeds: banks.tsv and branches.tsv, UTF-8, tab-separated, a header line, sorted by code.

    python3 make-bank-tables.py [SOURCE_DIR] [OUTPUT_DIR]

SOURCE_DIR defaults to ../shared/data/banks beside the repository, OUTPUT_DIR to this script's
folder. The output depends only on the input: running it twice gives the same bytes.

banks.tsv:    code  name  short_name  kana
branches.tsv: bank_code  code  name  kana

short_name and a branch's name are the source's name as written; kana is the source's full-width
reading (Zengin style: small kana written large, － for the long vowel). A bank's name is its short
name with 銀行 appended for the codes of domestic banks (see is_domestic_bank); other institutions
keep the name as listed (北海道信金, 熊本宇城農協, シティバンク、エヌ・エイ). The half-width form
is not stored: Kaishu derives it at load time with the same code that writes Zengin payer names.
"""

import json
import pathlib
import re
import sys

# Codes in the ranges of domestic banks that are not banks (0200: a funds-transfer operator).
NOT_A_BANK = {"0200"}


def is_domestic_bank(code):
    """City, net, regional, trust and other domestic banks (0001-0399), second-tier regional banks
    (0500-0599) and Japan Post Bank (9900). Foreign banks (0400-0499, 0600-0999) and cooperative
    institutions (1000 onwards) are listed under their own names."""
    number = int(code)
    return code not in NOT_A_BANK and (number <= 399 or 500 <= number <= 599 or number == 9900)


def load(path, code_pattern):
    with open(path, encoding="utf-8") as f:
        table = json.load(f)
    for key, entry in table.items():
        if not re.fullmatch(code_pattern, key) or entry.get("code") != key:
            sys.exit(f"{path}: entry {key!r} has code {entry.get('code')!r}")
        for field in ("name", "kana"):
            value = entry.get(field)
            if not value or re.search(r"[\t\r\n]", value) or value != value.strip():
                sys.exit(f"{path}: entry {key} has an unusable {field} {value!r}")
    return table


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in [header] + rows:
            f.write("\t".join(row) + "\n")


def main():
    here = pathlib.Path(__file__).resolve().parent
    repository = here.parents[2]
    source = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else repository.parent / "shared/data/banks"
    output = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else here

    banks = load(source / "banks.json", r"\d{4}")
    bank_rows = []
    for code in sorted(banks):
        short_name = banks[code]["name"]
        name = short_name + "銀行" if is_domestic_bank(code) and not short_name.endswith("銀行") else short_name
        bank_rows.append([code, name, short_name, banks[code]["kana"]])

    branch_rows = []
    for path in sorted((source / "branches").glob("*.json")):
        bank_code = path.stem
        if bank_code not in banks:
            sys.exit(f"{path}: no bank {bank_code} in banks.json")
        branches = load(path, r"\d{3}")
        for code in sorted(branches):
            branch_rows.append([bank_code, code, branches[code]["name"], branches[code]["kana"]])

    write(output / "banks.tsv", ["code", "name", "short_name", "kana"], bank_rows)
    write(output / "branches.tsv", ["bank_code", "code", "name", "kana"], branch_rows)
    print(f"{len(bank_rows)} banks, {len(branch_rows)} branches written to {output}")


if __name__ == "__main__":
    main()
