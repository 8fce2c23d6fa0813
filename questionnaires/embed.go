// Package questionnaires holds the built-in questionnaires, one YAML file each named
// <id>.<language>.yaml, and the JSON Schema of the format for editors. They are embedded in the
// binary, so the program works from any folder with nothing else installed.
package questionnaires

import "embed"

// FS holds the built-in questionnaire files and schema.json.
//
// The pattern is "*" only until the first built-in YAML file exists (an embed pattern must match
// a file); it then becomes "*.yaml schema.json".
//
//go:embed *
var FS embed.FS
