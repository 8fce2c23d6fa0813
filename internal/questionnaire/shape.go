package questionnaire

import (
	"slices"
	"strings"

	yaml "go.yaml.in/yaml/v4"
)

// Shape is which of the program's two YAML formats a file's root mapping looks like. A file
// given where the other format was expected would otherwise be reported key by key, a dozen
// problems that hide the one mistake: the wrong file.
type Shape int

// The shapes ShapeOf tells apart.
const (
	ShapeUnknown       Shape = iota // neither format, or a mix: checked key by key
	ShapeQuestionnaire              // a questionnaire
	ShapeAnswers                    // an answers file
)

// requiredKeys are the top-level keys every questionnaire has.
var requiredKeys = []string{"id", "version", "language", "title", "scoring", "recommendations", "sections"}

// structureKeys are the top-level keys that hold a questionnaire's content; an answers file has
// none of them, at any level.
var structureKeys = []string{"sections", "scoring", "recommendations", "profile"}

// answersKeys are the top-level keys of an answers file, which a questionnaire never has.
var answersKeys = []string{"questionnaire", "assessment", "answers", "accepted"}

// answersBlocks are the answers file's keys whose values are mappings.
var answersBlocks = []string{"questionnaire", "assessment", "answers"}

// ShapeOf tells which format the root mapping of a file has the shape of. An answers file has a
// questionnaire, assessment or answers mapping and none of the keys a questionnaire requires; a
// questionnaire has sections, scoring, recommendations or profile and none of the keys of an
// answers file. Anything else, such as a file with keys of both, is ShapeUnknown.
func ShapeOf(root *yaml.Node) Shape {
	if root == nil || root.Kind != yaml.MappingNode {
		return ShapeUnknown
	}
	var questionnaireKey, structure, answersKey, answersBlock bool
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			continue
		}
		questionnaireKey = questionnaireKey || slices.Contains(requiredKeys, k.Value)
		structure = structure || slices.Contains(structureKeys, k.Value)
		answersKey = answersKey || slices.Contains(answersKeys, k.Value)
		answersBlock = answersBlock || (slices.Contains(answersBlocks, k.Value) && v.Kind == yaml.MappingNode)
	}
	switch {
	case answersBlock && !questionnaireKey:
		return ShapeAnswers
	case structure && !answersKey:
		return ShapeQuestionnaire
	}
	return ShapeUnknown
}

// WrongFile returns the one problem of the file name, of shape got, given where the other
// format was expected, with the command that does take it; nil when got is ShapeUnknown.
func WrongFile(name string, got Shape) Problems {
	var msg string
	switch got {
	case ShapeAnswers:
		msg = "this is an answers file, not a questionnaire; to check it, run vendorcheck report " + shellArg(name)
	case ShapeQuestionnaire:
		msg = "this is a questionnaire, not an answers file; to answer it, run vendorcheck interview --questionnaire " + shellArg(name)
	default:
		return nil
	}
	return Problems{{File: name, Msg: msg}}
}

// shellArg quotes s for a POSIX shell when it holds anything but letters, digits and
// -_./:@%+=, so that the command WrongFile suggests can be pasted as it is.
func shellArg(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:@%+=,") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
