package cli

import "github.com/spf13/cobra"

func newInterviewCmd(std *streams) *cobra.Command {
	return &cobra.Command{
		Use:   "interview",
		Short: "Run the interactive interview (the default command)",
		Args:  noArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return notAvailable(cmd) },
	}
}
