package tui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/vendorcheck/vendorcheck/internal/interview"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

// screen is what the user sees: the stripped view.
func (d *driver) screen() string { return ansi.Strip(d.m.render()) }

// squeeze drops every space, so that a text reads the same however it was wrapped (a line may
// end in a hyphen).
func squeeze(s string) string { return strings.Join(strings.Fields(s), "") }

// mainText is the text of the main pane as one line: the section list, the form's border and
// the runs of spaces that wrapping leaves are dropped.
func (d *driver) mainText() string {
	var parts []string
	for _, l := range strings.Split(d.screen(), "\n") {
		if _, after, ok := strings.Cut(l, "│"); ok {
			l = after
		}
		parts = append(parts, strings.NewReplacer("┃", " ", "❯", " ", "[ ]", " ", "[x]", " ").Replace(l))
	}
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}

// bodyLines are the lines of the main pane above the status, progress and key lines.
func (d *driver) bodyLines() []string {
	lines := strings.Split(d.screen(), "\n")
	lines = lines[:len(lines)-3]
	for i, l := range lines {
		if _, after, ok := strings.Cut(l, "│"); ok {
			lines[i] = after
		}
	}
	return lines
}

// keyBar is the last line of the screen.
func (d *driver) keyBar() string {
	lines := strings.Split(d.screen(), "\n")
	return lines[len(lines)-1]
}

// TestOptionsReadInFullAt80x24 walks the profile and the first section of the built-in
// questionnaire at 80×24, moving through every option, and checks that each option label, each
// help text and each reference shows in full on some screen (the help and references with
// ctrl+o when they do not fit).
func TestOptionsReadInFullAt80x24(t *testing.T) {
	d, _ := builtinDriver(t, "en", 80, 24)
	d.keys("Acme", "enter", "enter", "enter", "enter", "enter", "enter")
	first := d.m.s.QN.Sections[0]
	for d.m.state == stateQuestion && (d.m.s.Question(d.m.cur).Section == nil || d.m.s.Question(d.m.cur).Section == first) {
		q := d.m.s.Question(d.m.cur)
		seen := d.mainText()
		for range q.Options {
			d.keys("down")
			seen += " " + d.mainText()
		}
		for i, o := range q.Options {
			if !strings.Contains(squeeze(seen), squeeze(o.Label)) {
				t.Errorf("%s: option %d %q never shows in full:\n%s", q.ID, i+1, o.Label, d.screen())
			}
		}
		if d.m.infoCut() {
			// Scrolled a line at a time, the reader shows one new line at the bottom.
			d.keys("ctrl+o")
			lines := d.bodyLines()
			for range 100 {
				before := d.screen()
				d.keys("down")
				if d.screen() == before {
					break
				}
				body := d.bodyLines()
				lines = append(lines, body[len(body)-1])
			}
			seen = strings.Join(lines, " ")
			d.keys("esc")
		}
		if !strings.Contains(squeeze(seen), squeeze(q.Help)) {
			t.Errorf("%s: the help never shows in full:\n%s", q.ID, seen)
		}
		for _, id := range q.Refs {
			if r := d.m.s.QN.Reference(id); r != nil && !strings.Contains(squeeze(seen), squeeze(r.Title)) {
				t.Errorf("%s: reference %q never shows", q.ID, r.Title)
			}
		}
		d.keys("1", "enter")
	}
}

// TestEnterOnUntouchedRecordsNothing checks that enter on a question where nothing was chosen
// records no answer, and that the key bar names what enter does in each state.
func TestEnterOnUntouchedRecordsNothing(t *testing.T) {
	d, path := newDriver(t)
	d.keys("Acme", "enter", "enter", "enter", "enter", "enter", "enter")
	if bar := d.keyBar(); !strings.HasPrefix(bar, "enter skip") {
		t.Errorf("untouched, the key bar says %q", bar)
	}
	d.keys("enter")
	if d.current() != "uses-files" || loadSaved(t, path).Answers["data-kinds"] != nil {
		t.Fatalf("enter on untouched data-kinds: screen %q, answer %+v", d.current(), loadSaved(t, path).Answers["data-kinds"])
	}
	d.keys("down")
	if bar := d.keyBar(); !strings.HasPrefix(bar, "enter save & next") {
		t.Errorf("after a move, the key bar says %q", bar)
	}
	d.keys("enter")
	if a := loadSaved(t, path).Answers["uses-files"]; a == nil || a.Choice != "no" {
		t.Errorf("uses-files = %+v, want no", a)
	}
	d.keys("ctrl+b")
	if bar := d.keyBar(); !strings.HasPrefix(bar, "enter next") {
		t.Errorf("on an answer as recorded, the key bar says %q", bar)
	}
}

// TestLastOpenQuestionLeadsToReview answers the questions out of order: after the last open
// question the review shows, not a question already answered; a question fixed from the review
// returns to it.
func TestLastOpenQuestionLeadsToReview(t *testing.T) {
	d, _ := newDriver(t)
	d.keys("Acme", "enter", "enter", "enter", "enter", "enter", "enter")
	d.keys("enter", "1", "enter") // data-kinds skipped, uses-files yes
	for d.m.state == stateQuestion {
		d.keys("ctrl+u")
	}
	if d.m.state != stateReview || !strings.Contains(d.screen(), "Still open") {
		t.Fatalf("after the last question: state %v\n%s", d.m.state, d.screen())
	}
	// The review lists data-kinds (unanswered) first; fixing it returns to the review, on the
	// entry that followed it.
	open := len(d.m.open)
	d.keys("enter")
	if d.current() != "data-kinds" {
		t.Fatalf("review enter opens %q", d.current())
	}
	d.keys("1", "enter")
	if d.m.state != stateReview || len(d.m.open) != open-1 || d.m.list != 0 {
		t.Fatalf("after fixing: state %v, %d open (want %d), cursor %d", d.m.state, len(d.m.open), open-1, d.m.list)
	}
	// Esc on a question opened from the review goes back too; end and home move the cursor.
	d.keys("enter", "esc")
	if d.m.state != stateReview {
		t.Fatalf("esc from a question opened in the review: state %v", d.m.state)
	}
	d.keys("end")
	if d.m.list != len(d.m.open) || !strings.Contains(d.screen(), "❯ Finish") {
		t.Errorf("end: cursor %d of %d\n%s", d.m.list, len(d.m.open), d.screen())
	}
	d.keys("home")
	if d.m.list != 0 {
		t.Errorf("home: cursor %d", d.m.list)
	}
}

// TestErrorShownInFull checks that a refused answer's reason is never cut at 80×24.
func TestErrorShownInFull(t *testing.T) {
	d, _ := toStorage(t)
	d.keys("ctrl+g", "end", "enter", "1", "enter") // certifications: ISO 27001 shows cert-expiry
	for i := 0; i < 10 && d.current() != "cert-expiry" && d.m.state == stateQuestion; i++ {
		d.keys("pgdown")
	}
	if d.current() != "cert-expiry" {
		t.Fatalf("screen shows %q, want cert-expiry", d.current())
	}
	d.keys("2027-02-30", "enter")
	want := msgf(messagesEn.errDate, "2027-02-30")
	if !strings.Contains(squeeze(d.mainText()), squeeze(want)) {
		t.Errorf("the error %q is not shown in full:\n%s", want, d.screen())
	}
}

// TestUnfocusedFieldShowsStart types a note longer than its field, leaves it, and checks that
// the start of the note shows.
func TestUnfocusedFieldShowsStart(t *testing.T) {
	d, _ := toStorage(t)
	d.keys("tab", "tab", "Start of the evidence "+strings.Repeat("x", 80), "tab")
	if !strings.Contains(d.screen(), "Start of the evidence") {
		t.Errorf("the evidence field does not show its start:\n%s", d.screen())
	}
	d.keys("shift+tab") // back in the field, the cursor at the end: typing goes on
	d.keys("!")
	if !strings.HasSuffix(d.m.form.evidence, "x!") {
		t.Errorf("typing in the field again: %q", d.m.form.evidence)
	}
}

// TestExclusiveOptionAlone ticks an exclusive option with others, on screen and in the
// accessible mode.
func TestExclusiveOptionAlone(t *testing.T) {
	d, _ := toStorage(t)
	q := d.m.s.QN.Question("certifications")
	none := slices.IndexFunc(q.Options, func(o questionnaire.Option) bool { return o.ID == "none" })
	q.Options[none].Exclusive = true
	d.keys("ctrl+g", "end", "enter") // the security section starts with certifications
	if d.current() != "certifications" {
		t.Fatalf("screen shows %q", d.current())
	}
	d.keys("1", "2")
	d.keys(string(rune('1' + none)))
	if !slices.Equal(d.m.form.choices, []string{"none"}) {
		t.Errorf("ticking none: %v", d.m.form.choices)
	}
	d.keys("1")
	if !slices.Equal(d.m.form.choices, []string{"iso27001"}) {
		t.Errorf("ticking iso27001 after none: %v", d.m.form.choices)
	}
	if _, err := parseAnswer(&messagesEn, q, "1,"+string(rune('1'+none))); err == nil || !strings.Contains(err.Error(), "cannot be ticked with another") {
		t.Errorf("accessible 1 and none: %v", err)
	}
}

func TestParagraphs(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"one line", []string{"one line"}},
		{"a YAML block\nwith breaks\n", []string{"a YAML block with breaks"}},
		{"first\n\nsecond\npart", []string{"first", "second part"}},
		{"list:\n- one\n- two\n  more", []string{"list:", "- one", "- two more"}},
		{"1. first\n2. second", []string{"1. first", "2. second"}},
		{"中文第一行\n第二行", []string{"中文第一行第二行"}},
		{"English\n中文", []string{"English 中文"}},
	} {
		if got := paragraphs(c.in); !slices.Equal(got, c.want) {
			t.Errorf("paragraphs(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestSummarySaysDraft finishes with questions unanswered: the summary says it is a draft and
// how many are open; without a vendor no title ends in a dash.
func TestSummarySaysDraft(t *testing.T) {
	for _, vendor := range []string{"Acme", ""} {
		d, _ := newDriver(t)
		if vendor != "" {
			d.keys(vendor)
		}
		d.keys("enter", "enter", "enter", "enter", "enter", "enter")
		d.keys("1", "enter", "ctrl+r", "end", "enter")
		if d.m.state != stateSummary || d.m.result == nil {
			t.Fatalf("finish: state %v", d.m.state)
		}
		screen := d.screen()
		title := strings.Split(screen, "\n")[0]
		wantTitle := "Draft assessment — " + vendor
		if vendor == "" {
			wantTitle = "Draft assessment"
		}
		if strings.TrimSpace(title) != wantTitle {
			t.Errorf("title %q, want %q", title, wantTitle)
		}
		if want := fmt.Sprintf("%d questions unanswered", d.m.result.Unanswered); !strings.Contains(screen, want) || strings.Contains(screen, "complete —") {
			t.Errorf("the summary does not say it is a draft:\n%s", screen)
		}
	}
}

// TestStartShowsTitlesAndTime checks that the start screen shows every built-in
// questionnaire's title in full at 80×24, with its questions and the time they take.
func TestStartShowsTitlesAndTime(t *testing.T) {
	d := newStartDriver(t, "none.answers.yaml")
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	screen := d.screen()
	for _, qn := range d.m.opt.Questionnaires {
		if !strings.Contains(screen, qn.Title) {
			t.Errorf("title %q not in full:\n%s", qn.Title, screen)
		}
	}
	qn := d.m.s.QN
	if want := msgf(messagesEn.estimate, qn.Language, qn.ID, len(qn.Questions()), interview.EstimateMinutes(interview.AskedAtFirst(qn), 0)); !strings.Contains(screen, want) {
		t.Errorf("no estimate for collab-vendor-mo:\n%s", screen)
	}
	d.keys("end")
	if d.m.list != len(d.m.opt.Questionnaires)+len(d.m.opt.Drafts)-1 {
		t.Errorf("end: cursor %d", d.m.list)
	}
}

// TestNarrowWindowGivesQuestionTheWidth checks that at 60×20 the section list folds away and
// the question uses the whole width, every line within it.
func TestNarrowWindowGivesQuestionTheWidth(t *testing.T) {
	d, _ := builtinDriver(t, "en", 60, 20)
	d.keys("Acme", "enter", "enter", "enter", "enter", "enter", "enter")
	screen := d.screen()
	if strings.Contains(screen, "│") || d.m.mainWidth() < 59 {
		t.Errorf("at 60×20 the section list still shows (main pane %d wide):\n%s", d.m.mainWidth(), screen)
	}
	lines := strings.Split(screen, "\n")
	if len(lines) > 20 {
		t.Errorf("%d lines", len(lines))
	}
	for _, l := range lines {
		if w := ansi.StringWidth(l); w > 60 {
			t.Errorf("line %d wide: %q", w, l)
		}
	}
}

// TestResizeKeepsCursor moves the cursor of a multiple choice, resizes the window, and checks
// that the cursor stays on the same option.
func TestResizeKeepsCursor(t *testing.T) {
	d, _ := toStorage(t)
	d.keys("ctrl+g", "end", "enter", "down", "down") // certifications, a multiple choice
	before, _ := d.m.form.ed.hovered()
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	if after, _ := d.m.form.ed.hovered(); after != before || before == "" {
		t.Errorf("cursor on %q before the resize, %q after", before, after)
	}
}
