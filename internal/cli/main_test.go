package cli

import (
	"context"
	"os"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the scripts under testdata/script run the program as the command vendorcheck,
// and has fang lay out help for a terminal of 80 columns (see TestHelpFitsTerminal), except in
// the run of TestPipedHelp, which lets fang measure.
func TestMain(m *testing.M) {
	if os.Getenv(pipedHelpEnv) == "" {
		os.Setenv(fangWidthEnv, strconv.Itoa(helpColumns))
	}
	testscript.Main(m, map[string]func(){
		"vendorcheck": func() {
			os.Exit(Main(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
		},
	})
}

// TestScripts runs the command-line scenarios in testdata/script.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:  "testdata/script",
		Cmds: map[string]func(*testscript.TestScript, bool, []string){"xlsxset": xlsxSet},
		Setup: func(env *testscript.Env) error {
			env.Setenv("NO_COLOR", "1")
			return nil
		},
	})
}
