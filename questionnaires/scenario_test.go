package questionnaires_test

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/vendorcheck/vendorcheck/internal/assessment"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
	"github.com/vendorcheck/vendorcheck/internal/scoring"
)

// scenario is one answers file in testdata/scenarios and the verdict a privacy professional
// would expect from it, written down before the scorer was run.
type scenario struct {
	file           string
	rating         string
	recommendation string
	knockOuts      []string // ids of the questions or rules with a critical finding, sorted
	why            string   // the one-line reason for the expected verdict
}

var scenarios = []scenario{
	{"foreign-no-route", "Critical risk", "Suspend and remedy", []string{"transfer-basis"},
		"data stored in Singapore with no art. 19 or 20 route is an unlawful transfer today"},
	{"no-dpa", "Critical risk", "Suspend and remedy", []string{"dpa-signed"},
		"the art. 15 processor contract is needed for any personal data; no split of the data cures its absence"},
	{"advertising-allowed", "Critical risk", "Suspend and remedy", []string{"own-purpose-use"},
		"a vendor that may use the data for advertising is a controller of it, not your processor"},
	{"all-unknown", "Critical risk", "Suspend and find out: too little is known", []string{"storage-location"},
		"nothing is known, so no rating can be trusted and no middle course may be suggested"},
	{"selfhosted-health-unchecked", "Low risk", "Keep with enhanced controls", nil,
		"a strong platform in Macao, but health data processed with no art. 7 basis checked is a high finding, so not keep as is"},
	{"candidate-provider-keys", "Low risk", "Adopt with conditions", nil,
		"provider-held keys and an unfiled notification are high findings: adopt only once the conditions are in the contract"},
	{"low-three-knockouts", "Critical risk", "Suspend and remedy", []string{"dpa-signed", "own-purpose-use", "subprocessor-list"},
		"knock-outs suspend the use whatever its sensitivity"},
	{"stored-abroad-said-no-transfer", "Critical risk", "Suspend and remedy", []string{"stored-abroad-no-transfer"},
		"storage outside the MSAR answered as no transfer means the transfer has no identified route"},
	{"health-said-kept-off", "Low risk", "Keep with enhanced controls", nil,
		"the profile puts health data on the platform while the answer keeps it off: the contradiction is a high finding"},
	{"candidate-strong", "Low risk", "Adopt", nil,
		"a candidate with the best answer everywhere can be adopted, reviewed in two years"},
	{"candidate-sensitive-vendor-keys", "Low risk", "Adopt for limited, low-sensitivity use", nil,
		"health data and ID numbers under keys the vendor holds, in a weak jurisdiction: adopt only for the low-risk part"},
	{"draft-essentials-missing", "Critical risk", "Do not adopt yet: too little is known", nil,
		"a candidate whose transfer route, contract and own use are still unanswered cannot be adopted on a partial score"},
	{"vendor-keys-weak-jurisdiction", "Low risk", "Keep with enhanced controls", []string(nil),
		"vendor-held keys together with compellable authorities is a high risk that forbids keep as is"},
	{"ic-unnotified-unauthorised-health", "Critical risk", "Pause sensitive processing and fix the basics", []string{"sensitive-authorisation"},
		"health data processed before its authorisation and no art. 21 notification: never 'the controls are in place'"},
	{"ic-no-lines-of-defence", "Critical risk", "Pause sensitive processing and fix the basics", []string{"no-line-of-defence"},
		"no classification, no approval of uses and no access logs: none of the seed's three lines of defence"},
}

// TestScenarios scores each scenario with the built-in questionnaire it names and checks the
// rating, the recommendation and the knock-outs against what was expected.
func TestScenarios(t *testing.T) {
	t.Parallel()
	for _, sc := range scenarios {
		t.Run(sc.file, func(t *testing.T) {
			f, err := assessment.Load(filepath.Join("testdata", "scenarios", sc.file+".answers.yaml"))
			if err != nil {
				t.Fatal(err)
			}
			qn, err := questionnaire.Find(f.Questionnaire.ID, f.Questionnaire.Language)
			if err != nil {
				t.Fatal(err)
			}
			warnings, err := assessment.Check(f, qn)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range warnings {
				t.Errorf("warning: %s", w)
			}
			r := scoring.Score(qn, f)
			var knockOuts []string
			for _, fd := range r.Findings {
				if fd.Severity == questionnaire.SeverityCritical {
					knockOuts = append(knockOuts, findingID(fd))
				}
			}
			slices.Sort(knockOuts)
			rec := ""
			if r.Recommendation != nil {
				rec = r.Recommendation.Title
			}
			if r.Rating != sc.rating || rec != sc.recommendation || !slices.Equal(knockOuts, sc.knockOuts) {
				t.Errorf("got %s, %q, knock-outs %v (overall %.1f, sensitivity %s); want %s, %q, %v because %s",
					r.Rating, rec, knockOuts, r.Overall, r.Sensitivity, sc.rating, sc.recommendation, sc.knockOuts, sc.why)
			}
		})
	}
}

// findingID names the question or rule a finding comes from.
func findingID(f scoring.Finding) string {
	if f.Rule != nil {
		return f.Rule.ID
	}
	return f.Question.ID
}
