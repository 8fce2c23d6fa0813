package cli

import (
	"fmt"

	"github.com/spf13/cobra"
)

// notAvailable is the error of a command this version does not provide yet.
func notAvailable(cmd *cobra.Command) error {
	return fmt.Errorf("%s is not available in this version yet", cmd.CommandPath())
}

func newCompareCmd(std *streams) *cobra.Command {
	return &cobra.Command{
		Use:   "compare ANSWERS...",
		Short: "Compare two or more vendors assessed with the same questionnaire",
		RunE:  func(cmd *cobra.Command, _ []string) error { return notAvailable(cmd) },
	}
}

func newDiffCmd(std *streams) *cobra.Command {
	return &cobra.Command{
		Use:   "diff OLD NEW",
		Short: "Show what changed between two assessments of the same vendor",
		RunE:  func(cmd *cobra.Command, _ []string) error { return notAvailable(cmd) },
	}
}

func newGuideCmd(std *streams) *cobra.Command {
	return &cobra.Command{
		Use:   "guide [ID-or-PATH]",
		Short: "Write a printable interview guide for a questionnaire",
		RunE:  func(cmd *cobra.Command, _ []string) error { return notAvailable(cmd) },
	}
}
