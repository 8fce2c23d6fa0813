package cli

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// The example files of the documentation, one of each format.
const (
	exampleAnswers       = "../../docs/examples/singapore-byok.answers.yaml"
	exampleQuestionnaire = "../../docs/examples/questionnaire-minimal.yaml"
)

// TestExitCodes checks the exit status and the first error line of usage and work failures.
func TestExitCodes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"help", []string{"--help"}, exitOK, ""},
		{"unknown command", []string{"frobnicate"}, exitUsage, "unknown command"},
		{"unknown flag", []string{"list", "--nope"}, exitUsage, "unknown flag"},
		{"list takes no args", []string{"list", "extra"}, exitUsage, "takes no arguments"},
		{"validate needs a file", []string{"validate"}, exitUsage, "at least one questionnaire file"},
		{"validate missing file", []string{"validate", "does-not-exist.yaml"}, exitFailed, "does-not-exist.yaml"},
		{"report needs a file", []string{"report"}, exitUsage, "at least one answers file"},
		{"report bad format", []string{"report", "--format", "pdf", "x.yaml"}, exitUsage, "unknown --format"},
		{"report missing file", []string{"report", "nope.answers.yaml"}, exitFailed, "nope.answers.yaml"},
		{"validate an answers file", []string{"validate", exampleAnswers}, exitFailed,
			"vendorcheck: " + exampleAnswers + ": this is an answers file, not a questionnaire; to check it, run vendorcheck report " + exampleAnswers + "\n"},
		{"report a questionnaire", []string{"report", exampleQuestionnaire}, exitFailed,
			"vendorcheck: " + exampleQuestionnaire + ": this is a questionnaire, not an answers file; to answer it, run vendorcheck interview --questionnaire " + exampleQuestionnaire + "\n"},
		{"unknown language", []string{"guide", "--lang", "fr"}, exitUsage, `unknown language "fr" (vendorcheck speaks en, pt, zh-Hant)`},
		{"simplified Chinese", []string{"report", "--lang", "zh-Hans", "x.yaml"}, exitUsage, `unknown language "zh-Hans"`},
		{"language of the interview", []string{"interview", "--accessible", "--lang", "garbage"}, exitUsage, "unknown language"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var out, errOut bytes.Buffer
			code := Main(context.Background(), tt.args, strings.NewReader(""), &out, &errOut)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tt.code, errOut.String())
			}
			if tt.stderr != "" && !strings.Contains(errOut.String(), tt.stderr) {
				t.Errorf("stderr %q does not mention %q", errOut.String(), tt.stderr)
			}
			if tt.code != exitOK && strings.Count(errOut.String(), "\x1b[") > 0 {
				t.Errorf("stderr has escape codes: %q", errOut.String())
			}
		})
	}
}
