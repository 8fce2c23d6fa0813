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
	"github.com/vendorcheck/vendorcheck/internal/interview"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
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
	s *interview.Session
	// first is the session the interview began with, which the start screen may set aside for
	// another (a questionnaire chosen, or a draft: fromDraft); begun is set once a question is
	// shown, from when the answers are saved when the program ends.
	first     *interview.Session
	fromDraft bool
	begun     bool
	msgs      *messages // the interview's own words, in the questionnaire's language
	opt       Options
	state     state

	width, height int
	isDark, plain bool
	st            styles

	cur     int           // the current question, an index into s.Questions()
	form    *questionForm // nil off the question screen
	details *detailsForm  // nil until the details screen is shown
	list    int           // the cursor of the picker and the review
	open    []int         // the questions the review lists
	acc     *acceptForm   // accepting a risk from the review; nil otherwise
	status  string

	// fromReview is set on a question opened from the review, where enter and esc go back;
	// reviewAt is the review's cursor then.
	fromReview bool
	reviewAt   int
	// reading is set while the question's help, evidence and references are shown in full,
	// scrolled to line readTop.
	reading bool
	readTop int
	// infoCache holds the help, evidence and references of a question drawn at a width.
	infoCache struct {
		q     *questionnaire.Question
		width int
		dark  bool
		lines []string
	}

	preview  viewport.Model
	result   *scoring.Result
	target   reportTarget
	progress progress.Model
	help     help.Model
	// helpCache holds the key help lines drawn, by what they were drawn for; sideCache the
	// last section list drawn and what for.
	helpCache map[helpKey]string
	sideCache struct {
		key   sidebarKey
		lines []string
	}
	sideNeeds sidebarNeedsCache
	minutes   []int // how long each questionnaire of the start screen takes (openStart)

	// Finished is set when the user finished the interview, Aborted when they stopped it.
	Finished, Aborted bool
}

// New makes the interview model for the session at 80×24 until the terminal says its size.
func New(s *interview.Session, opt Options) *Model {
	m := &Model{s: s, first: s, msgs: messagesFor(s.QN.Language), opt: opt, width: 80, height: 24, isDark: true, plain: os.Getenv("NO_COLOR") != ""}
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
		m.details = newDetailsForm(&s.File.Assessment, m.msgs, opt.Today, m.mainWidth(), m.isDark, m.plain)
	} else {
		m.goTo(s.FirstOpen())
	}
	m.resize()
	return m
}

// t is the catalogue of the interview's own words, in the questionnaire's language.
func (m *Model) t() *messages { return m.msgs }

// keys are the interview's keys, described in the questionnaire's language.
func (m *Model) keys() *keyMap { return m.msgs.keys() }

// Init asks the terminal for its background colour.
func (m *Model) Init() tea.Cmd { return tea.RequestBackgroundColor }

// Update dispatches a message to the handler of the current screen.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.resize()
		if m.state == stateSummary {
			return m, m.renderCmd(m.previewWidth())
		}
		return m, nil
	case tea.BackgroundColorMsg:
		m.isDark = msg.IsDark()
		m.st = newStyles(m.isDark, m.plain)
		m.form.setDark(m.isDark)
		m.details.setDark(m.isDark)
		m.acc.setDark(m.isDark)
		return m, nil
	case savedMsg:
		switch {
		case msg.err != nil:
			m.status = msgf(m.t().couldNotSave, msg.err.Error())
		case msg.moved != "":
			m.status = msgf(m.t().changedOnDisk, msg.s.Path, msg.moved)
			msg.s.Moved(msg.moved)
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
		if key.Matches(msg, m.keys().Quit) && m.state == stateSummary {
			return m, m.quitSummary()
		}
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
		m.form.ed.update(msg)
	case m.state == stateReview && m.acc != nil && m.acc.ed != nil:
		m.acc.ed.update(msg)
	case m.state == stateDetails && !m.details.saving:
		m.details.ed.update(msg)
	}
}

// resize fits the components to the window.
func (m *Model) resize() {
	m.help.SetWidth(m.width)
	m.form.setSize(m.mainWidth(), m.formRoom())
	m.details.setSize(m.mainWidth())
	m.acc.setSize(m.mainWidth())
	m.preview.SetWidth(m.width)
	if m.state == stateSummary {
		m.preview.SetHeight(max(m.height-len(m.summaryHeader())-lipgloss.Height(m.helpView()), minBody))
	}
}
