package tui

import (
	"errors"
	"os"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/progress"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// state is the screen the interview shows.
type state int

// The screens of the interview.
const (
	stateStart    state = iota // choose the questionnaire or a draft
	stateDetails               // the assessment details
	stateQuestion              // one question
	statePicker                // jump to a section
	stateReview                // what is still unanswered or unknown, and finishing
	stateSummary               // the score and the report preview
	stateDone                  // finished or stopped
)

// errNoPath reports that no answers file could be named.
var errNoPath = errors.New("no answers file named")

// Model is the root Bubble Tea model of the interview.
type Model struct {
	s     *Session
	opt   Options
	state state

	width, height int
	isDark, plain bool
	st            styles

	cur     int           // the current question, an index into s.Questions()
	form    *questionForm // nil off the question screen
	details *detailsForm  // nil until the details screen is shown
	list    int           // the cursor of the picker and the review
	open    []int         // the questions the review lists
	status  string

	preview  viewport.Model
	result   *scoring.Result
	target   reportTarget
	progress progress.Model
	help     help.Model
	// helpCache and sideCache are the last key help and section list drawn, and what they
	// were drawn for.
	helpCache struct {
		key  helpKey
		view string
	}
	sideCache struct {
		key   sidebarKey
		lines []string
	}

	saver *saver
	seq   int
	// Finished is set when the user finished the interview, Aborted when they stopped it.
	Finished, Aborted bool
}

// New makes the interview model for the session at 80×24 until the terminal says its size.
func New(s *Session, opt Options) *Model {
	m := &Model{s: s, opt: opt, width: 80, height: 24, isDark: true, plain: os.Getenv("NO_COLOR") != "", saver: &saver{}}
	m.st = newStyles(m.isDark, m.plain)
	m.progress = progress.New(progress.WithoutPercentage(), progress.WithWidth(40))
	if m.plain {
		m.progress = progress.New(progress.WithoutPercentage(), progress.WithWidth(40), progress.WithFillCharacters('#', '.'), progress.WithColors())
	}
	m.help = help.New()
	m.preview = viewport.New()
	if m.offersStart() {
		m.openStart()
	} else if opt.AskDetails || s.Path == "" {
		m.state = stateDetails
		m.details = newDetailsForm(&s.File.Assessment, s.msgs, opt.Today, m.mainWidth(), m.isDark, m.plain)
	} else {
		m.goTo(s.FirstOpen())
	}
	m.resize()
	return m
}

// t is the catalogue of the interview's own words, in the questionnaire's language.
func (m *Model) t() *messages { return m.s.msgs }

// keys are the interview's keys, described in the questionnaire's language.
func (m *Model) keys() *keyMap { return m.s.msgs.keys() }

// Init asks the terminal for its background colour.
func (m *Model) Init() tea.Cmd { return tea.RequestBackgroundColor }

// Update dispatches a message to the handler of the current screen.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.resize()
		if m.state == stateSummary {
			return m, m.renderCmd(m.preview.Width() - 2)
		}
		return m, nil
	case tea.BackgroundColorMsg:
		m.isDark = msg.IsDark()
		m.st = newStyles(m.isDark, m.plain)
		m.form.setDark(m.isDark)
		m.details.setDark(m.isDark)
		return m, nil
	case savedMsg:
		if msg.err != nil {
			m.status = msgf(m.t().couldNotSave, msg.err.Error())
		}
		return m, nil
	case pathMsg:
		return m.onPath(msg)
	case renderedMsg:
		return m.onRendered(msg)
	case resumedMsg:
		return m.onResumed(msg)
	case tea.PasteMsg:
		m.paste(msg)
		return m, nil
	case tea.KeyPressMsg:
		if key.Matches(msg, m.keys().Quit) {
			cmd := m.keep(true)
			m.Aborted = true
			m.state = stateDone
			return m, tea.Batch(cmd, tea.Quit)
		}
		if m.toggleHelp(msg) {
			return m, nil
		}
		return m.onKey(msg)
	}
	return m, nil
}

// onKey sends a key press to the current screen.
func (m *Model) onKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch m.state {
	case stateStart:
		return m, m.startKey(msg)
	case stateDetails:
		return m, m.detailsKey(msg)
	case stateQuestion:
		return m, m.questionKey(msg)
	case statePicker:
		return m, m.pickerKey(msg)
	case stateReview:
		return m, m.reviewKey(msg)
	case stateSummary:
		return m, m.summaryKey(msg)
	}
	return m, nil
}

// paste gives pasted text to the focused text field of the question or details screen.
func (m *Model) paste(msg tea.PasteMsg) {
	switch {
	case m.state == stateQuestion && m.form.typing():
		m.form.form.Update(msg)
	case m.state == stateDetails && !m.details.saving:
		m.details.form.Update(msg)
	}
}

// questionKey handles a key on a question screen.
func (m *Model) questionKey(msg tea.KeyPressMsg) tea.Cmd {
	q := m.s.Question(m.cur)
	switch {
	case key.Matches(msg, m.keys().Next):
		a, err := m.form.answer()
		if errors.Is(err, errSkip) {
			cmd := m.keep(false)
			m.goTo(m.s.Next(m.cur))
			return cmd
		}
		if err != nil {
			m.form.err = err.Error()
			return nil
		}
		return m.commit(a)
	case msg.String() == "shift+tab" && m.form.focus() != fieldAnswer:
		m.form.update(msg) // the previous field; on the answer, shift+tab goes back a question
		return nil
	case key.Matches(msg, m.keys().Back):
		cmd := m.keep(true)
		m.back()
		return cmd
	case key.Matches(msg, m.keys().Skip):
		cmd := m.keep(false)
		m.goTo(m.s.Next(m.cur))
		return cmd
	case key.Matches(msg, m.keys().Unknown):
		return m.commit(m.form.extras(&assessment.Answer{Unknown: true}))
	case key.Matches(msg, m.keys().NA):
		if !q.AllowNA {
			m.form.err = m.t().noNA
			return nil
		}
		return m.commit(m.form.extras(&assessment.Answer{NA: true}))
	case key.Matches(msg, m.keys().Sections):
		cmd := m.keep(true)
		m.openPicker()
		return cmd
	case key.Matches(msg, m.keys().Review):
		cmd := m.keep(true)
		m.openReview()
		return cmd
	}
	m.form.update(msg)
	return nil
}

// keep records what was typed on the question screen before it is left without an answer
// (back, skip, a jump, quitting), so that no note, evidence or source is lost, and saves it.
// withValue also keeps a valid typed date or text; skipping leaves the answer as it was.
func (m *Model) keep(withValue bool) tea.Cmd {
	if m.state != stateQuestion {
		return nil
	}
	q := m.s.Question(m.cur)
	a := m.form.kept(m.s.Answer(q.ID), withValue)
	if a == nil {
		return nil
	}
	m.s.SetAnswer(q.ID, a)
	m.status = msgf(m.t().keptTyped, truncate(q.Prompt, 40))
	return m.saveCmd()
}

// commit records the answer to the current question, saves, and moves to the next question
// visible with the new answers.
func (m *Model) commit(a *assessment.Answer) tea.Cmd {
	q := m.s.Question(m.cur)
	old := m.s.Answer(q.ID)
	if sameAnswer(a, old) && old.Answered() {
		m.goTo(m.s.Next(m.cur))
		return nil
	}
	if old != nil {
		a.By = old.By
	}
	m.s.SetAnswer(q.ID, a)
	m.status = msgf(m.t().saved, describe(m.t(), q, a))
	cmd := m.saveCmd()
	m.goTo(m.s.Next(m.cur))
	return cmd
}

// goTo shows question i, or the review after the last question.
func (m *Model) goTo(i int) {
	if i >= len(m.s.Questions()) {
		m.openReview()
		return
	}
	m.state = stateQuestion
	m.cur = i
	q := m.s.Question(i)
	m.form = newQuestionForm(q, m.s.Answer(q.ID), m.t(), m.mainWidth(), m.formRoom(), m.isDark, m.plain)
}

// back shows the previous visible question, or the details before the first one.
func (m *Model) back() {
	if i := m.s.Prev(m.cur); i >= 0 {
		m.goTo(i)
		return
	}
	m.state = stateDetails
	m.form = nil
	m.details = newDetailsForm(&m.s.File.Assessment, m.t(), m.opt.Today, m.mainWidth(), m.isDark, m.plain)
}

// onPath starts the questions once the answers file of a new interview is named and saved.
func (m *Model) onPath(msg pathMsg) (tea.Model, tea.Cmd) {
	if msg.err != nil {
		m.details.err = msg.err.Error()
		return m, nil
	}
	m.s.Path = msg.path
	m.status = msgf(m.t().savingTo, msg.path)
	m.goTo(m.s.FirstOpen())
	return m, nil
}

// onRendered shows the rendered report in the preview.
func (m *Model) onRendered(msg renderedMsg) (tea.Model, tea.Cmd) {
	if msg.err != nil {
		m.status = msgf(m.t().couldNotRender, msg.err.Error())
		return m, nil
	}
	m.result = msg.result
	m.target = msg.target
	m.preview.SetContent(msg.preview)
	m.resize()
	return m, nil
}

// resize fits the components to the window.
func (m *Model) resize() {
	m.help.SetWidth(m.width)
	m.progress.SetWidth(max(m.width-24, 10))
	m.form.setSize(m.mainWidth(), m.formRoom())
	m.details.setSize(m.mainWidth())
	m.preview.SetWidth(m.width)
	m.preview.SetHeight(max(m.height-2-lipgloss.Height(m.helpView())-len(summaryLinesFor(m.result)), 3))
}
