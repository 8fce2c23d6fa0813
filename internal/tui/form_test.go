package tui

import (
	"image/color"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
)

// TestFormFieldsCycle walks the question form's fields with tab and shift+tab, picks options by
// number and moves the source, and checks what is saved.
func TestFormFieldsCycle(t *testing.T) {
	d, path := toStorage(t)
	steps := []struct {
		keys  []string
		focus string
	}{
		{nil, fieldAnswer},
		{[]string{"tab"}, fieldNote},
		{[]string{"tab"}, fieldEvidence},
		{[]string{"tab"}, fieldSource},
		{[]string{"tab"}, fieldAnswer}, // tab on the last field comes round to the answer
		{[]string{"tab", "tab", "shift+tab"}, fieldNote},
		{[]string{"shift+tab"}, fieldAnswer},
	}
	for _, s := range steps {
		d.keys(s.keys...)
		if got := d.m.form.focus(); got != s.focus || d.current() != "storage-location" {
			t.Fatalf("after %v: focus %q on %q, want %q on storage-location", s.keys, got, d.current(), s.focus)
		}
	}
	// The source moves with right and left; enter answers from any field.
	d.keys("2", "tab", "tab", "tab", "right", "right", "right", "left", "enter")
	a := loadSaved(t, path).Answers["storage-location"]
	if a == nil || a.Choice != "abroad" || a.Source != assessment.SourceDocumented {
		t.Fatalf("storage-location = %+v, want abroad, documented", a)
	}
}

// TestFormMultiDigits ticks options of a multiple-choice question by number: the cursor stays on
// the option ticked, and the answer lists the options in the questionnaire's order.
func TestFormMultiDigits(t *testing.T) {
	d, path := newDriver(t)
	d.keys("Acme", "enter", "enter", "enter", "enter", "enter", "enter")
	d.keys("ctrl+g", "down", "down", "enter") // the security section starts with certifications
	if d.current() != "certifications" {
		t.Fatalf("screen shows %q, want certifications", d.current())
	}
	d.keys("2", "1", "space") // tick 2 and 1, then untick 1 with space: the cursor is on it
	d.keys("3", "2", "2", "enter")
	a := loadSaved(t, path).Answers["certifications"]
	if a == nil || !slices.Equal(a.Choices, []string{"soc2", "none"}) {
		t.Fatalf("certifications = %+v, want soc2 and none", a)
	}
}

// TestPasteIntoFields pastes into a details field and into a note: both keep the text; a paste
// on the options changes nothing.
func TestPasteIntoFields(t *testing.T) {
	d, path := newDriver(t)
	d.send(tea.PasteMsg{Content: "Acme Chat Ltd."})
	d.keys("enter", "enter", "enter", "enter", "enter", "enter", "1")
	d.send(tea.PasteMsg{Content: "ignored"})
	d.keys("tab")
	d.send(tea.PasteMsg{Content: "from the call notes"})
	d.keys("enter")
	f := loadSaved(t, path)
	if f.Assessment.Vendor != "Acme Chat Ltd." {
		t.Errorf("vendor %q", f.Assessment.Vendor)
	}
	if a := f.Answers["data-kinds"]; a == nil || a.Note != "from the call notes" || a.Choice != "contact-only" {
		t.Errorf("data-kinds = %+v", a)
	}
}

// TestSidebarFollowsAnswers checks the section list, which is kept between key presses, shows
// each answer's progress and the current section.
func TestSidebarFollowsAnswers(t *testing.T) {
	d, _ := newDriver(t)
	d.keys("Acme", "enter", "enter", "enter", "enter", "enter", "enter")
	profile := func() string {
		for _, l := range strings.Split(ansi.Strip(d.m.render()), "\n") {
			side := strings.Fields(strings.Split(l, "│")[0])
			if len(side) == 2 && strings.HasSuffix(side[0], "Profile") {
				return side[1]
			}
		}
		return ""
	}
	if got := profile(); got != "0/2" {
		t.Fatalf("before answering, Profile shows %q", got)
	}
	d.keys("1", "enter")
	if got := profile(); got != "1/2" {
		t.Fatalf("after one answer, Profile shows %q", got)
	}
	d.keys("ctrl+u")
	if got := profile(); got != "2/2" {
		t.Fatalf("after two answers, Profile shows %q", got)
	}
	if !strings.Contains(ansi.Strip(d.m.render()), "▸Data residency") {
		t.Errorf("the section list does not mark the current section:\n%s", ansi.Strip(d.m.render()))
	}
}

func TestSplitListSeparators(t *testing.T) {
	tests := []struct {
		in, seps string
		want     []string
	}{
		{"dpa.pdf, annex 2; call notes", evidenceSeps, []string{"dpa.pdf", "annex 2", "call notes"}},
		{"合同.pdf，附件二；會議紀錄、電郵", evidenceSeps, []string{"合同.pdf", "附件二", "會議紀錄", "電郵"}},
		{"陳大文、李小明，IT manager", listSeps, []string{"陳大文", "李小明", "IT manager"}},
		{" ; ,, ", evidenceSeps, nil},
	}
	for _, tt := range tests {
		if got := splitList(tt.in, tt.seps); !slices.Equal(got, tt.want) {
			t.Errorf("splitList(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestLightBackground checks the screens restyle for a light terminal: the question form and the
// rest of the screen change colours, and nothing else.
func TestLightBackground(t *testing.T) {
	t.Setenv("NO_COLOR", "")
	d, _ := newDriver(t)
	d.keys("Acme", "enter", "enter", "enter", "enter", "enter", "enter")
	dark := d.m.render()
	d.send(tea.BackgroundColorMsg{Color: color.White})
	light := d.m.render()
	if d.m.isDark || dark == light {
		t.Fatal("a light background changed nothing")
	}
	if ansi.Strip(dark) != ansi.Strip(light) {
		t.Errorf("the text changed with the background:\n%s\n---\n%s", ansi.Strip(dark), ansi.Strip(light))
	}
	if d.m.form.view() == newQuestionForm(d.m.form.q, nil, d.m.t(), d.m.mainWidth(), d.m.formRoom(), true, false).view() {
		t.Error("the question form kept its dark colours")
	}
}
