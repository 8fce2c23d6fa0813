package report

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// TestNoCharmImports checks that the packages below the terminal UI import no Charm package,
// directly or not, so that no terminal escape code can reach a report file.
func TestNoCharmImports(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("runs go list")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not on PATH")
	}
	const module = "github.com/vendorcheck/vendorcheck/internal/"
	roots := []string{module + "questionnaire", module + "assessment", module + "scoring", module + "report", module + "interview"}
	for _, root := range roots {
		out, err := exec.Command(goBin, append([]string{"list", "-deps"}, root)...).Output()
		if err != nil {
			t.Fatalf("go list -deps %s: %v", root, err)
		}
		deps := strings.Fields(string(out))
		if !slices.Contains(deps, root) {
			t.Fatalf("go list -deps %s does not list the package itself:\n%s", root, out)
		}
		for _, dep := range deps {
			if strings.HasPrefix(dep, "charm.land/") || strings.HasPrefix(dep, "github.com/charmbracelet/") {
				t.Errorf("%s depends on %s: no package below internal/tui may import a Charm package", root, dep)
			}
		}
	}
}
