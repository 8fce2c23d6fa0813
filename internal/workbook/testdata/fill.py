"""Fill in a workbook made by 'vendorcheck sheet' as a vendor would, with openpyxl.

Usage: fill.py WORKBOOK.xlsx FILLED.json

It knows only what a spreadsheet user sees: the drop-down lists (data validations) of the
questions sheet, the date cells, the note and evidence columns, and the unlocked cells of the
instructions sheet for the respondent. It picks answers from the lists, saves the workbook in
place and writes what it filled in, by the ids of the hidden columns, as JSON.
"""
import datetime
import json
import sys

import openpyxl

path, out = sys.argv[1], sys.argv[2]
wb = openpyxl.load_workbook(path)
instructions, questions = wb.worksheets[0], wb.worksheets[1]


def list_values(formula):
    sheet, ref = formula.lstrip("=").split("!")
    return [c.value for row in wb[sheet][ref.replace("$", "")] for c in row if c.value is not None]


validations = {}
for dv in questions.data_validations.dataValidation:
    values = list_values(dv.formula1) if dv.type == "list" else None
    for rng in dv.sqref.ranges:
        for row in questions.iter_rows(min_row=rng.min_row, max_row=rng.max_row,
                                       min_col=rng.min_col, max_col=rng.max_col):
            for c in row:
                validations[c.coordinate] = (dv.type, values)

header = [c.value for c in questions[1]]
ID, OPTION = header.index("id") + 1, header.index("option") + 1
ANSWER, DATE, NOTE, EVIDENCE = 5, 6, 7, 8

filled = {}
for r in range(2, questions.max_row + 1):
    qid = questions.cell(r, ID).value
    if not qid:
        continue
    entry = filled.setdefault(qid, {})
    answer = questions.cell(r, ANSWER)
    kind, values = validations.get(answer.coordinate, (None, None))
    option = questions.cell(r, OPTION).value
    if option:  # one option of a multi question: its list is yes, no
        if r % 2 == 0:
            answer.value = values[0]
            entry.setdefault("ticks", []).append(option)
        else:
            answer.value = values[1]
        continue
    date = questions.cell(r, DATE)
    if validations.get(date.coordinate, (None,))[0] == "date":
        date.value = datetime.datetime(2027, 3, 31)
        date.number_format = "yyyy-mm-dd"
        entry["date"] = "2027-03-31"
    elif kind == "list" and len(values) > 2:  # a choice: the options, unknown, n/a
        entry["label"] = values[r % len(values)]
        answer.value = entry["label"]
    elif kind is None:  # text
        entry["text"] = "Typed in openpyxl on row %d" % r
        answer.value = entry["text"]
    if r % 3 == 0:
        entry["note"] = "Note %d" % r
        questions.cell(r, NOTE).value = entry["note"]
    if r % 4 == 0:
        entry["evidence"] = ["soc2-2026.pdf", "https://example.com/dpa"]
        questions.cell(r, EVIDENCE).value = "soc2-2026.pdf\nhttps://example.com/dpa"

unlocked = [c for row in instructions.iter_rows() for c in row if not c.protection.locked]
unlocked[0].value = "Chan Tai Man"
unlocked[1].value = "DPO"
wb.save(path)
json.dump({"respondent": "Chan Tai Man, DPO", "answers": filled}, open(out, "w"), ensure_ascii=False, indent=1)
