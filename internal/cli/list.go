package cli

import (
	"encoding/json"
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"
	"github.com/vendorcheck/vendorcheck/questionnaires"
)

type listOptions struct {
	json bool
}

func newListCmd(std *streams) *cobra.Command {
	var opts listOptions
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the built-in questionnaires",
		Long:  "List the questionnaires built into the program: id, version, language, title and the number of scored questions.",
		Example: `  vendorcheck list
  vendorcheck list --json`,
		Args: noArgs,
		RunE: func(*cobra.Command, []string) error { return listRun(std, opts) },
	}
	cmd.Flags().BoolVar(&opts.json, "json", false, "print the list as JSON")
	return cmd
}

// listEntry is one built-in questionnaire as `list --json` prints it.
type listEntry struct {
	ID        string `json:"id"`
	Version   string `json:"version"`
	Language  string `json:"language"`
	Title     string `json:"title"`
	Questions int    `json:"questions"`
}

func listRun(std *streams, opts listOptions) error {
	// The generated index says what the files say (a test checks it): nothing is parsed.
	entries := make([]listEntry, 0, len(questionnaires.Index))
	for _, e := range questionnaires.Index {
		entries = append(entries, listEntry{e.ID, e.Version, e.Language, e.Title, e.Questions})
	}
	if opts.json {
		enc := json.NewEncoder(std.out)
		enc.SetIndent("", "  ")
		return enc.Encode(entries)
	}
	tw := tabwriter.NewWriter(std.out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tVERSION\tLANGUAGE\tQUESTIONS\tTITLE")
	for _, e := range entries {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\n", e.ID, e.Version, e.Language, e.Questions, e.Title)
	}
	return tw.Flush()
}
