package cli

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"
	"github.com/vendorcheck/vendorcheck/internal/questionnaire"
)

func newValidateCmd(std *streams) *cobra.Command {
	return &cobra.Command{
		Use:   "validate FILE...",
		Short: "Check questionnaire files for problems",
		Long: `Check one or more questionnaire files. Every problem is printed on its own line as
file:line:col: what is wrong (what is allowed); past the first 50 problems of a file, the others
are counted. The exit status is 1 if any file has a problem.`,
		Example: `  vendorcheck validate my-questionnaire.yaml
  vendorcheck validate questionnaires/*.yaml`,
		Args: minArgs(1, "at least one questionnaire file"),
		RunE: func(_ *cobra.Command, args []string) error { return validateRun(std, args) },
	}
}

func validateRun(std *streams, paths []string) error {
	var failed []error
	for _, path := range paths {
		qn, err := questionnaire.Load(path)
		if err != nil {
			failed = append(failed, err)
			continue
		}
		fmt.Fprintf(std.say, "%s: ok (%s %s, %s, %d scored questions)\n", path, qn.ID, qn.Version, qn.Language, qn.ScoredCount())
	}
	return errors.Join(failed...)
}
