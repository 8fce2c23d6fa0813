// Command vendorcheck assesses collaboration-platform vendors against Macao's Personal Data
// Protection Act and writes scored Markdown reports. See the README for a tour.
package main

import (
	"context"
	"os"

	"github.com/vendorcheck/vendorcheck/internal/cli"
)

func main() {
	os.Exit(cli.Main(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
