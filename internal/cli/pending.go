package cli

import (
	"fmt"

	"github.com/spf13/cobra"
)

// notAvailable is the error of a command this version does not provide yet.
func notAvailable(cmd *cobra.Command) error {
	return fmt.Errorf("%s is not available in this version yet", cmd.CommandPath())
}
