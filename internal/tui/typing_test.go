package tui

import (
	"slices"
	"strings"
	"testing"
)

// typedText is full of letters and signs that are keys elsewhere in the interview: j and k move
// down and up a list, g and G, q, ?, space, h and l are keys of lists and selects.
const typedText = "Jake Kjell gq? hl jkJK"

// typeInto types typedText into the focused field and checks that the screen shows it whole in
// the field labelled label: on the label's line, or on the next for a note.
func (d *driver) typeInto(label string) {
	d.t.Helper()
	d.keys(typedText)
	lines := strings.Split(d.screen(), "\n")
	for i, l := range lines {
		if before, after, ok := strings.Cut(l, label); ok && !strings.Contains(before, typedText) {
			if i+1 < len(lines) {
				after += "\n" + lines[i+1]
			}
			if !strings.Contains(after, typedText) {
				d.t.Errorf("typed %q into %s, the screen shows %q", typedText, label, strings.Fields(after))
			}
			return
		}
	}
	d.t.Errorf("no field %s on the screen:\n%s", label, d.screen())
}

// TestDetailsTakeEveryPrintableKey types text full of list keys into every field of the details
// screen: each field shows it whole and the saved file holds it.
func TestDetailsTakeEveryPrintableKey(t *testing.T) {
	d, path := newDriver(t)
	for _, label := range []string{"Vendor", "Product", "Organisation", "Assessor", "Interviewees"} {
		d.typeInto(label)
		if d.m.state != stateDetails {
			t.Fatalf("typing into %s left the details screen: state %v", label, d.m.state)
		}
		if label == "Vendor" { // home and end go to the ends of the text, not of the form
			d.keys("home", "<", "end", ">")
		}
		d.keys("tab")
	}
	d.typeInto("Date") // after the date already there; the form then refuses it
	if d.keys("enter"); d.m.state != stateDetails || d.m.details.err == "" {
		t.Fatalf("a date with letters is taken: state %v", d.m.state)
	}
	d.backspaces(len(typedText))
	d.keys("enter")
	a := loadSaved(t, path).Assessment
	if a.Vendor != "<"+typedText+">" {
		t.Errorf("saved vendor %q, want %q between < and >", a.Vendor, typedText)
	}
	got := []string{a.Product, a.Organisation, a.Assessor}
	if want := slices.Repeat([]string{typedText}, 3); !slices.Equal(got, want) || !slices.Equal(a.Interviewees, []string{typedText}) {
		t.Errorf("saved product, organisation, assessor %q and interviewees %q; want each %q", got, a.Interviewees, typedText)
	}
	if a.Date != "2026-11-28" {
		t.Errorf("saved date %q", a.Date)
	}
}

// TestQuestionFieldsTakeEveryPrintableKey types text full of list keys into the note and the
// evidence of a choice and into a text answer: each shows whole and is saved whole.
func TestQuestionFieldsTakeEveryPrintableKey(t *testing.T) {
	d, path := newDriver(t)
	d.keys("Acme", "enter", "enter", "enter", "enter", "enter", "enter")
	if d.current() != "data-kinds" {
		t.Fatalf("the first question is %q", d.current())
	}
	d.keys("tab")
	d.typeInto("Note")
	d.keys("tab")
	d.typeInto("Evidence")
	d.keys("enter") // nothing chosen: the note and the evidence are kept
	if a := loadSaved(t, path).Answers["data-kinds"]; a == nil || a.Note != typedText || !slices.Equal(a.Evidence, []string{typedText}) {
		t.Errorf("data-kinds saved %+v, want the note and the evidence %q", a, typedText)
	}
	for range len(d.m.s.Questions()) {
		if d.current() == "security-contact" {
			break
		}
		d.keys("pgdown")
	}
	if d.current() != "security-contact" {
		t.Fatalf("no text question reached: on %q", d.current())
	}
	d.typeInto("Answer")
	d.keys("home", "<", "end", ">", "enter")
	if a := loadSaved(t, path).Answers["security-contact"]; a == nil || a.Text != "<"+typedText+">" {
		t.Errorf("security-contact saved %+v, want the text %q between < and >", a, typedText)
	}
}

// TestAcceptFormTakesEveryPrintableKey types text full of list keys into the fields of the form
// that accepts a risk: each shows whole and the acceptance holds it.
func TestAcceptFormTakesEveryPrintableKey(t *testing.T) {
	d, path := acceptDriver(t, "en", true)
	d.keys("a", "enter")
	d.typeInto("Accepted by")
	d.keys("tab", "2027-03-31", "tab")
	d.typeInto("Reason")
	d.keys("enter")
	f := loadSaved(t, path)
	if len(f.Accepted) != 1 || f.Accepted[0].By != typedText || f.Accepted[0].Reason != typedText {
		t.Errorf("accepted %+v, want by and reason %q", f.Accepted, typedText)
	}
}

// TestEnterNamedOnListsInEachLanguage checks that the key bar names what enter does on the
// review (open the question under the cursor, or finish on the last entry) and on the section
// picker (go to the section), in each language.
func TestEnterNamedOnListsInEachLanguage(t *testing.T) {
	for _, lang := range []string{"en", "pt", "zh-Hant"} {
		t.Run(lang, func(t *testing.T) {
			d, _ := builtinDriver(t, lang, 80, 24)
			c := d.m.t()
			d.keys("Acme", "enter", "enter", "enter", "enter", "enter", "enter", "ctrl+r")
			if d.m.state != stateReview {
				t.Fatalf("ctrl+r shows state %v", d.m.state)
			}
			if bar := d.keyBar(); !strings.Contains(bar, "enter "+c.keyOpen+" ") {
				t.Errorf("on an open question, the review's key bar says %q", bar)
			}
			d.keys("up") // the last entry
			if bar := d.keyBar(); !strings.Contains(bar, "enter "+c.keyFinish+" ") {
				t.Errorf("on the last entry, the review's key bar says %q", bar)
			}
			d.keys("ctrl+g")
			if bar := d.keyBar(); d.m.state != statePicker || !strings.Contains(bar, "enter "+c.keyGoTo+" ") {
				t.Errorf("the section picker's key bar says %q", bar)
			}
		})
	}
}
