package tui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// layoutLangs are the languages the layout is checked in: words of different lengths, and
// Chinese, whose characters take two cells and whose lines break anywhere.
var layoutLangs = []string{"en", "pt", "zh-Hant"}

// frame is the screen checked to fill the window exactly: as many lines as the window is high,
// none wider than it.
func (d *driver) frame(where string) []string {
	d.t.Helper()
	lines := strings.Split(d.screen(), "\n")
	if len(lines) != d.m.height {
		d.t.Errorf("%s at %dx%d: %d lines, want %d", where, d.m.width, d.m.height, len(lines), d.m.height)
	}
	for _, l := range lines {
		if w := ansi.StringWidth(l); w > d.m.width {
			d.t.Errorf("%s at %dx%d: a line is %d cells wide: %q", where, d.m.width, d.m.height, w, l)
		}
	}
	return lines
}

// sidebarEdge is the cell of the section list's rule on the screen, -1 when there is none.
func sidebarEdge(lines []string) int {
	for _, l := range lines {
		if before, _, ok := strings.Cut(l, "│"); ok {
			return ansi.StringWidth(before)
		}
	}
	return -1
}

// TestFrameFillsWindow visits every screen of the interview in each language at a large, the
// smallest supported and a narrow window: each fills the window's height exactly, no line is
// wider than the window, and below 80 columns the section list is folded away.
func TestFrameFillsWindow(t *testing.T) {
	for _, lang := range layoutLangs {
		for _, size := range [][2]int{{120, 40}, {80, 24}, {60, 20}} {
			t.Run(fmt.Sprintf("%s/%dx%d", lang, size[0], size[1]), func(t *testing.T) {
				t.Parallel()
				d, _ := builtinDriver(t, lang, size[0], size[1])
				folded := size[0] < foldBelow
				check := func(where string) {
					t.Helper()
					lines := d.frame(where)
					if d.m.state == stateSummary { // the report at the window's width, tables and all
						return
					}
					if edge := sidebarEdge(lines[:len(lines)-3]); folded != (edge < 0) {
						t.Errorf("%s: section list at cell %d, folded %v", where, edge, folded)
					}
				}
				check("details")
				d.keys("Acme", "enter", "enter", "enter", "enter", "enter", "enter")
				for i := 0; i < 8 && d.m.state == stateQuestion; i++ {
					check("question " + d.current())
					d.keys("ctrl+o")
					check("reading " + d.current())
					d.keys("esc", "1", "enter")
				}
				d.keys("?")
				check("question with every key")
				d.keys("?", "ctrl+g")
				check("picker")
				d.keys("esc", "ctrl+r")
				check("review")
				d.keys("a")
				check("findings")
				d.keys("enter")
				check("accepting a risk")
				d.keys("esc", "esc", "up", "enter")
				if d.m.state != stateSummary {
					t.Fatalf("finish: state %v", d.m.state)
				}
				check("summary")
			})
		}
	}
	d := newStartDriver(t, "none.answers.yaml")
	for _, size := range []tea.WindowSizeMsg{{Width: 120, Height: 40}, {Width: 80, Height: 24}, {Width: 60, Height: 20}} {
		d.send(size)
		d.frame("start")
	}
}

// TestLayoutUsesTheWindow checks the questions of the profile and the first section in each
// language at 120×40 and 80×24 for wasted cells: the section list is no wider than its longest
// entry needs with its rule (and when it cuts a title, it is as wide as it may be), the main
// column is the rest of the window, and the prompt and the options are wrapped to the right
// edge of the window: the first word of each wrapped line would not have fitted on the line
// before.
func TestLayoutUsesTheWindow(t *testing.T) {
	for _, lang := range layoutLangs {
		for _, size := range [][2]int{{120, 40}, {80, 24}} {
			t.Run(fmt.Sprintf("%s/%dx%d", lang, size[0], size[1]), func(t *testing.T) {
				t.Parallel()
				w := size[0]
				d, _ := builtinDriver(t, lang, w, size[1])
				d.keys("Acme", "enter", "enter", "enter", "enter", "enter", "enter")
				first := d.m.s.QN.Sections[0]
				wrapped := 0
				for d.m.state == stateQuestion && (d.m.s.Question(d.m.cur).Section == nil || d.m.s.Question(d.m.cur).Section == first) {
					q := d.m.s.Question(d.m.cur)
					lines := d.frame(q.ID)
					body := lines[:len(lines)-3]
					edge := sidebarEdge(body)
					if edge < 0 {
						t.Fatalf("%s: no section list:\n%s", q.ID, d.screen())
					}
					needs, cut := 0, false
					for _, l := range body {
						side, _, _ := strings.Cut(l, "│")
						needs = max(needs, entryNeeds(side))
						cut = cut || strings.Contains(side, "…")
					}
					// The rule comes after the widest entry and one space; the main column after
					// the rule and one space.
					if edge > needs+1 {
						t.Errorf("%s: the section list's rule is at cell %d, its widest entry needs %d:\n%s", q.ID, edge, needs, d.screen())
					}
					if side := edge + 2; cut && side != w/sidebarShare {
						t.Errorf("%s: the section list cuts titles but is %d cells wide, not %d", q.ID, side, w/sidebarShare)
					}
					if side := edge + 2; d.m.mainWidth() != w-side {
						t.Errorf("%s: the main column is %d cells wide, the window less the section list %d", q.ID, d.m.mainWidth(), w-side)
					}
					for _, para := range append([][]string{promptLines(q.Prompt, body)}, optionLines(body)...) {
						if len(para) > 1 {
							wrapped++
							if err := packed(para, w); err != nil {
								t.Errorf("%s: %v:\n%s", q.ID, err, d.screen())
							}
						}
					}
					d.keys("1", "enter")
				}
				if wrapped == 0 {
					t.Error("no prompt or option was wrapped: nothing was checked")
				}
			})
		}
	}
}

// sidebarCounts matches an entry of the section list: its title, the spaces that line the
// counts up, and its count.
var sidebarCounts = regexp.MustCompile(`^(.*?\S) +(\d+/\d+)$`)

// entryNeeds is the width a line of the section list needs: its text, with one space before
// a section's count.
func entryNeeds(side string) int {
	side = strings.TrimRight(side, " ")
	if m := sidebarCounts.FindStringSubmatch(side); m != nil {
		return ansi.StringWidth(m[1]) + 1 + ansi.StringWidth(m[2])
	}
	return ansi.StringWidth(side)
}

// promptLines finds the prompt in the body's lines: the lines after the first (where the
// question is) that read as the prompt.
func promptLines(prompt string, body []string) []string {
	var text string
	for i := 1; i < len(body); i++ {
		_, main, _ := strings.Cut(body[i], "│")
		text += main
		if squeeze(text) == squeeze(prompt) {
			return body[1 : i+1]
		}
	}
	return nil
}

// optionMarks are what the form draws before an option's label: the border, the cursor, the
// tick box and the number, which starts an option (the lines after it are indented as far).
var optionMarks = regexp.MustCompile(`^┃\s*(?:❯\s*)?(?:\[[ x]\]\s*)?(\d+\.\s)?`)

// optionLines finds the options of the focused answer in the body's lines: one paragraph of
// lines for each, whole lines of the screen.
func optionLines(body []string) [][]string {
	var paras [][]string
	for _, l := range body {
		_, main, _ := strings.Cut(l, "│")
		main = strings.TrimLeft(main, " ")
		if !strings.HasPrefix(main, "┃") {
			continue
		}
		if m := optionMarks.FindStringSubmatch(main); m[1] != "" || len(paras) == 0 {
			paras = append(paras, nil)
		}
		paras[len(paras)-1] = append(paras[len(paras)-1], l)
	}
	return paras
}

// packed reports a line of a wrapped paragraph (whole lines of the screen) that leaves room at
// the right edge for the first word of the line after it: a word ends at a space or after a
// hyphen (a run of Chinese characters is one word, cut only when longer than a line), and
// Chinese text keeps room for a closing punctuation mark to hang at the end of a line
// (wrapLines). A blank line, which a scrolled list of options may end with, ends the paragraph.
func packed(lines []string, right int) error {
	text := strings.Join(lines, "")
	hang := 0
	if ansi.StringWidth(text) != utf8.RuneCountInString(text) {
		hang = hangRoom
	}
	for i := 0; i+1 < len(lines); i++ {
		line := strings.TrimRight(lines[i], " ")
		next := strings.TrimLeft(optionMarks.ReplaceAllString(strings.TrimLeft(afterRule(lines[i+1]), " "), ""), " ")
		if next == "" {
			return nil
		}
		word := firstWord(next)
		gap := 1 // the space the line broke at
		if strings.HasSuffix(line, "-") {
			gap = 0
		}
		if ansi.StringWidth(line)+gap+ansi.StringWidth(word) <= right-hang {
			return fmt.Errorf("%q would fit after %q within %d cells", word, line, right-hang)
		}
	}
	return nil
}

// afterRule is a screen line after the section list, if any.
func afterRule(l string) string {
	if _, after, ok := strings.Cut(l, "│"); ok {
		return after
	}
	return l
}

// firstWord is the start of s up to a space, or through a hyphen.
func firstWord(s string) string {
	if i := strings.IndexAny(s, " -"); i >= 0 {
		return s[:i+strings.Count(s[i:i+1], "-")]
	}
	return s
}

// TestHelpShowsMoreInLargerWindow walks the profile and the first section at 80×24 and 120×40
// side by side: where the question's help, evidence and references are cut at 80×24, more of
// their text shows at 120×40 and, where they are cut there too, in more lines.
func TestHelpShowsMoreInLargerWindow(t *testing.T) {
	for _, lang := range layoutLangs {
		t.Run(lang, func(t *testing.T) {
			t.Parallel()
			small, _ := builtinDriver(t, lang, 80, 24)
			large, _ := builtinDriver(t, lang, 120, 40)
			cut := 0
			for _, d := range []*driver{small, large} {
				d.keys("Acme", "enter", "enter", "enter", "enter", "enter", "enter")
			}
			first := small.m.s.QN.Sections[0]
			for small.m.state == stateQuestion && (small.m.s.Question(small.m.cur).Section == nil || small.m.s.Question(small.m.cur).Section == first) {
				q := small.m.s.Question(small.m.cur)
				if large.current() != q.ID {
					t.Fatalf("80×24 shows %s, 120×40 %s", q.ID, large.current())
				}
				if small.m.infoCut() {
					cut++
					s, l := helpShown(small, q.Prompt), helpShown(large, q.Prompt)
					if len(squeeze(strings.Join(l, " "))) <= len(squeeze(strings.Join(s, " "))) {
						t.Errorf("%s: no more of the help at 120×40 than at 80×24:\n%s", q.ID, large.screen())
					}
					if large.m.infoCut() && len(l) <= len(s) {
						t.Errorf("%s: %d lines of help at 120×40, %d at 80×24:\n%s", q.ID, len(l), len(s), large.screen())
					}
				}
				small.keys("1", "enter")
				large.keys("1", "enter")
			}
			if cut == 0 {
				t.Error("no question's help was cut at 80×24: nothing was checked")
			}
		})
	}
}

// helpShown is the lines of the question's help, evidence and references shown between its
// prompt and the blank line above its form, less the line that says how many more there are.
func helpShown(d *driver, prompt string) []string {
	lines := d.frame(d.current())
	body := lines[:len(lines)-3]
	var help []string
	for _, l := range body[1+len(promptLines(prompt, body)):] {
		l = strings.TrimSpace(afterRule(l))
		if l == "" {
			break
		}
		help = append(help, l)
	}
	if d.m.infoCut() {
		help = help[:len(help)-1]
	}
	return help
}
