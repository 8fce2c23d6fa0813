package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/vendorcheck/vendorcheck/internal/assessment"
)

// detailsForm is the details screen: one field per detail, interviewees separated by commas.
type detailsForm struct {
	msgs   *messages
	inputs []textinput.Model
	focus  int
	err    string
	saving bool
}

// newInput makes a one-line text field with a steady cursor: no timer ticks, no redraws while
// the user reads.
func newInput(placeholder string, width int) textinput.Model {
	t := textinput.New()
	t.Prompt = ""
	t.Placeholder = placeholder
	t.CharLimit = 2000
	t.SetWidth(max(width, 10))
	st := t.Styles()
	st.Cursor.Blink = false
	t.SetStyles(st)
	return t
}

// pad fills s with spaces to w display cells: a Chinese character takes two.
func pad(s string, w int) string { return s + strings.Repeat(" ", max(0, w-ansi.StringWidth(s))) }

// newDetailsForm fills the details screen from d, the date defaulting to today.
func newDetailsForm(d *assessment.Details, msgs *messages, today string) detailsForm {
	date := d.Date
	if date == "" {
		date = today
	}
	values := []string{d.Vendor, d.Product, d.Organisation, d.Assessor, strings.Join(d.Interviewees, ", "), date}
	f := detailsForm{msgs: msgs}
	for i, v := range values {
		t := newInput("", 40)
		t.SetValue(v)
		if i == 4 {
			t.Placeholder = msgs.intervieweesHint
		}
		f.inputs = append(f.inputs, t)
	}
	f.inputs[0].Focus()
	return f
}

// setWidth resizes the fields.
func (f *detailsForm) setWidth(w int) {
	for i := range f.inputs {
		f.inputs[i].SetWidth(max(w, 10))
	}
}

// move focuses field n.
func (f *detailsForm) move(n int) {
	f.inputs[f.focus].Blur()
	f.focus = (n + len(f.inputs)) % len(f.inputs)
	f.inputs[f.focus].Focus()
}

// apply copies the fields into d; it refuses a date not written YYYY-MM-DD.
func (f *detailsForm) apply(d *assessment.Details) error {
	v := func(i int) string { return strings.TrimSpace(f.inputs[i].Value()) }
	if err := checkDate(f.msgs, v(5)); err != nil {
		return err
	}
	d.Vendor, d.Product, d.Organisation, d.Assessor = v(0), v(1), v(2), v(3)
	d.Interviewees = splitList(v(4), ",")
	d.Date = v(5)
	return nil
}

// detailsKey handles a key on the details screen: enter on the last field starts the questions.
func (m *Model) detailsKey(msg tea.KeyPressMsg) tea.Cmd {
	f := &m.details
	if f.saving {
		return nil
	}
	f.err = ""
	switch {
	case msg.String() == "tab" || msg.String() == "down":
		f.move(f.focus + 1)
	case msg.String() == "shift+tab" || msg.String() == "up":
		f.move(f.focus - 1)
	case key.Matches(msg, m.keys().Cancel) && m.offersStart() && m.s.Path == "":
		m.openStart()
	case key.Matches(msg, m.keys().Next) && f.focus < len(f.inputs)-1:
		f.move(f.focus + 1)
	case key.Matches(msg, m.keys().Next):
		if err := f.apply(&m.s.File.Assessment); err != nil {
			f.err = err.Error()
			return nil
		}
		if m.s.Path != "" {
			m.goTo(m.s.FirstOpen())
			return m.saveCmd()
		}
		f.saving = true
		return m.nameCmd()
	default:
		var cmd tea.Cmd
		f.inputs[f.focus], cmd = f.inputs[f.focus].Update(msg)
		return cmd
	}
	return nil
}

// detailsView draws the details screen.
func (m *Model) detailsView(w int) []string {
	qn := m.s.QN
	lines := []string{
		m.st.Title.Render(truncate(qn.Title, w)),
		m.st.Faint.Render(truncate(msgf(m.t().idLine, qn.ID, qn.Version, qn.Language), w)),
	}
	lines = append(lines, wrap(m.st.Faint, strings.TrimSpace(qn.Description), w, 4)...)
	lines = append(lines, "", m.st.Heading.Render(m.t().detailsTitle), "")
	for i, t := range m.details.inputs {
		label := pad(m.t().detailLabels[i], 13)
		style := m.st.Label
		if i == m.details.focus {
			style = m.st.Focus
		}
		lines = append(lines, style.Render(label)+" "+t.View())
	}
	lines = append(lines, "", m.st.Faint.Render(truncate(m.t().detailsKeys, w)))
	if m.details.err != "" {
		lines = append(lines, wrap(m.st.Error, m.details.err, w, 2)...)
	}
	return lines
}
