package cli

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/vendorcheck/vendorcheck/internal/report"
)

// checkFormat refuses a --format value that is not one of allowed (markdown also as md), as a
// usage error listing them.
func checkFormat(format string, allowed ...string) (string, error) {
	if format == "md" {
		format = "markdown"
	}
	for _, a := range allowed {
		if format == a {
			return format, nil
		}
	}
	return "", usageError{fmt.Errorf("unknown --format %q (use %s)", format, strings.Join(allowed, ", "))}
}

// renderDocument writes a document as Markdown or HTML.
func renderDocument(d *report.Document, format string) ([]byte, error) {
	var buf bytes.Buffer
	var err error
	if format == "html" {
		err = d.HTML(&buf)
	} else {
		err = d.Markdown(&buf)
	}
	return buf.Bytes(), err
}
