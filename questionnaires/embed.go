// Package questionnaires holds the built-in questionnaires, one YAML file each named
// <id>.<language>.yaml, and the JSON Schema of the format for editors. They are embedded in the
// binary, so the program works from any folder with nothing else installed.
package questionnaires

import "embed"

// FS holds the built-in questionnaire files and schema.json.
//
//go:embed *.yaml schema.json
var FS embed.FS
