package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/vendorcheck/vendorcheck/internal/assessment"
)

// detailsForm is the details screen: a Huh form (see editor) with one field per detail,
// interviewees separated by commas.
type detailsForm struct {
	msgs *messages
	// The details as typed, the interviewees in one line.
	vendor, product, organisation, assessor, interviewees, date string

	ed     *editor
	width  int
	err    string
	saving bool
}

// detailField is one field of the details screen: its key in the form, its label and the value
// it edits.
type detailField struct {
	key, label string
	value      *string
}

// fields lists the details screen's fields in order.
func (f *detailsForm) fields() []detailField {
	c := f.msgs
	return []detailField{
		{"vendor", c.detailVendor, &f.vendor},
		{"product", c.detailProduct, &f.product},
		{"organisation", c.detailOrganisation, &f.organisation},
		{"assessor", c.detailAssessor, &f.assessor},
		{"interviewees", c.detailInterviewees, &f.interviewees},
		{"date", c.detailDate, &f.date},
	}
}

// newDetailsForm fills the details screen from d, the date defaulting to today.
func newDetailsForm(d *assessment.Details, msgs *messages, today string, width int, isDark, plain bool) *detailsForm {
	f := &detailsForm{msgs: msgs, width: width,
		vendor: d.Vendor, product: d.Product, organisation: d.Organisation, assessor: d.Assessor,
		interviewees: joinList(d.Interviewees), date: d.Date}
	if f.date == "" {
		f.date = today
	}
	var keys []string
	for _, d := range f.fields() {
		keys = append(keys, d.key)
	}
	f.ed = newEditor(f.group, keys, max(width, minLabelledForm), isDark, plain, keys[0])
	return f
}

// group makes the fields of the form from the values.
func (f *detailsForm) group() *huh.Group {
	width := 0
	for _, d := range f.fields() {
		width = max(width, ansi.StringWidth(d.label))
	}
	var fields []huh.Field
	for _, d := range f.fields() {
		in := textField(d.key, pad(d.label, width+labelGap), d.value)
		if d.value == &f.interviewees {
			in.Placeholder(f.msgs.intervieweesHint)
		}
		fields = append(fields, in)
	}
	return huh.NewGroup(fields...)
}

// last reports whether the focus is on the last field.
func (f *detailsForm) last() bool { return f.ed.index() == len(f.ed.keys)-1 }

// setSize resizes the form.
func (f *detailsForm) setSize(w int) {
	if f != nil && w != f.width {
		f.width = w
		f.ed.resize(max(w, minLabelledForm))
	}
}

// setDark restyles the form for a dark or light background.
func (f *detailsForm) setDark(isDark bool) {
	if f != nil {
		f.ed.setDark(isDark)
	}
}

// apply copies the fields into d; it refuses a date not written YYYY-MM-DD.
func (f *detailsForm) apply(d *assessment.Details) error {
	if err := checkDate(f.msgs, strings.TrimSpace(f.date)); err != nil {
		return err
	}
	f.keepTyped(d)
	return nil
}

// keepTyped copies the fields into d, the date only when it is one.
func (f *detailsForm) keepTyped(d *assessment.Details) {
	d.Vendor, d.Product = strings.TrimSpace(f.vendor), strings.TrimSpace(f.product)
	d.Organisation, d.Assessor = strings.TrimSpace(f.organisation), strings.TrimSpace(f.assessor)
	d.Interviewees = splitList(f.interviewees, evidenceSeps)
	if date := strings.TrimSpace(f.date); checkDate(f.msgs, date) == nil {
		d.Date = date
	}
}

// backToStart reports whether esc on the details screen goes back to the start screen: when it
// was offered, and no question has been shown yet.
func (m *Model) backToStart() bool { return m.offersStart() && !m.begun }

// detailsKey handles a key on the details screen: enter on the last field starts the questions.
func (m *Model) detailsKey(msg tea.KeyPressMsg) tea.Cmd {
	f := m.details
	if f.saving {
		return nil
	}
	if m.reading {
		m.readerKey(msg)
		return nil
	}
	f.err = ""
	switch {
	case key.Matches(msg, m.keys().Read) && m.aboutCut():
		m.reading, m.readTop = true, 0
	case key.Matches(msg, m.keys().FieldDown):
		f.ed.move(1)
	case key.Matches(msg, m.keys().FieldUp):
		f.ed.move(-1)
	case key.Matches(msg, m.keys().Cancel) && m.backToStart():
		if m.fromDraft { // the draft is set aside as it was
			m.use(m.first)
			m.fromDraft = false
		} else { // what was typed is kept for the questionnaire chosen next
			f.keepTyped(&m.s.File.Assessment)
		}
		m.openStart()
	case key.Matches(msg, m.keys().Next) && !f.last():
		f.ed.move(1)
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
		f.ed.update(msg)
	}
	return nil
}

// detailsView draws the details screen: the questionnaire's title, id and as much of its
// description (reflowed) as fits h lines above the form (the rest on the Read key), the keys
// and any error.
func (m *Model) detailsView(w, h int) []string {
	if m.reading {
		return m.readerView(h)
	}
	below := m.detailsBelow(w, strings.Split(m.details.ed.view(), "\n"))
	about := m.aboutLines(w)
	if room := max(h-len(below), 1); len(about) > room {
		keep := max(room-1, 0) // and a line that says how many more there are
		more := m.st.Faint.Render(truncate(msgf(m.t().moreInfo, len(about)-keep, m.keys().Read.Help().Key), w))
		about = append(about[:keep:keep], more)
	}
	return append(about, below...)
}

// detailsBelow draws the part of the details screen under the description: its heading, the
// form's lines, the keys and any error.
func (m *Model) detailsBelow(w int, form []string) []string {
	below := []string{"", m.st.Heading.Render(m.t().detailsTitle), ""}
	below = append(below, form...)
	below = append(below, "", m.st.Faint.Render(truncate(m.t().detailsKeys, w)))
	if m.details.err != "" {
		below = append(below, wrap(m.st.Error, m.details.err, w, 0)...)
	}
	return below
}

// aboutLines are the questionnaire's title, id line and description, reflowed to w cells, a
// blank line between the description's paragraphs.
func (m *Model) aboutLines(w int) []string {
	qn := m.s.QN
	lines := wrap(m.st.Title, qn.Title, w, 0)
	lines = append(lines, m.st.Faint.Render(truncate(msgf(m.t().idLine, qn.ID, qn.Version, qn.Language), w)))
	for i, p := range paragraphs(qn.Description) {
		if i > 0 {
			lines = append(lines, "")
		}
		lines = append(lines, wrap(m.st.Faint, p, w, 0)...)
	}
	return lines
}

// aboutCut reports whether the description does not fit above the details form with a one-line
// key help (the key help itself depends on this: helpView). It counts the form's lines without
// drawing it.
func (m *Model) aboutCut() bool {
	if m.details == nil {
		return false
	}
	w := m.mainWidth()
	return len(m.aboutLines(w)) > m.bodyHeight(oneLine)-len(m.detailsBelow(w, nil))-m.details.ed.lines
}

// detailsKeys lists the keys of the details screen: the Read key when the description is cut.
func (m *Model) detailsKeys() []key.Binding {
	k := m.keys()
	if m.reading {
		return m.readerKeys()
	}
	ks := []key.Binding{k.FieldDown, k.Next}
	if m.aboutCut() {
		ks = append(ks, k.Read)
	}
	if m.backToStart() {
		back := k.Cancel
		back.SetHelp("esc", m.t().keyBack)
		ks = append(ks, back)
	}
	return append(ks, k.Quit)
}

// onPath starts the questions once the answers file of a new interview is named and saved.
func (m *Model) onPath(msg pathMsg) (tea.Model, tea.Cmd) {
	if msg.err != nil {
		m.details.err = msg.err.Error()
		return m, nil
	}
	m.s.Path, m.s.Store = msg.path, msg.store
	m.status = msgf(m.t().savingTo, msg.path)
	m.goTo(m.s.FirstOpen())
	return m, nil
}
