// Package questionnaires holds the built-in questionnaires, one YAML file each named
// <id>.<language>.yaml, and the JSON Schema of the format for editors. They are embedded in the
// binary, so the program works from any folder with nothing else installed.
package questionnaires

import "embed"

//go:generate go run ./internal/gen

// Entry describes a built-in questionnaire, for listing it without parsing it (see Index, which
// go generate writes from the files).
type Entry struct {
	File      string // <id>.<language>.yaml
	ID        string
	Version   string
	Language  string
	Title     string
	Questions int // every question, the profile's included, as guide and the interview count them
}

// Nodes holds the YAML node trees of the built-in files, which go generate writes so that a
// built-in loads without parsing YAML (see internal/questionnaire/nodecache.go).
//
//go:embed builtin.nodes
var Nodes string

// FS holds the built-in questionnaire files and schema.json.
//
//go:embed *.yaml schema.json
var FS embed.FS
