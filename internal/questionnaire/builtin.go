package questionnaire

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/vendorcheck/vendorcheck/questionnaires"
)

// DefaultID is the id of the questionnaire the interview offers first.
const DefaultID = "collab-vendor-mo"

var (
	builtinOnce sync.Once
	builtinList []*Questionnaire
	builtinErr  error
)

// Builtins returns the questionnaires embedded in the binary, sorted by id then language. They
// are parsed once; each one's Source is "builtin:<file name>". Callers must not modify them.
func Builtins() ([]*Questionnaire, error) {
	builtinOnce.Do(func() {
		builtinList, builtinErr = loadBuiltins(questionnaires.FS)
	})
	return slices.Clone(builtinList), builtinErr
}

// loadBuiltins parses every <id>.<language>.yaml file at the root of fsys.
func loadBuiltins(fsys fs.FS) ([]*Questionnaire, error) {
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return nil, fmt.Errorf("list built-in questionnaires: %w", err)
	}
	var list []*Questionnaire
	var errs []error
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs = append(errs, fmt.Errorf("read built-in questionnaire %s: %w", name, err))
			continue
		}
		qn, err := Parse("builtin:"+name, data)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if want := qn.ID + "." + qn.Language + ".yaml"; name != want {
			errs = append(errs, fmt.Errorf("built-in questionnaire %s: file name should be %s (<id>.<language>.yaml)", name, want))
			continue
		}
		list = append(list, qn)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	slices.SortFunc(list, func(a, b *Questionnaire) int {
		if c := strings.Compare(a.ID, b.ID); c != 0 {
			return c
		}
		return strings.Compare(a.Language, b.Language)
	})
	return list, nil
}

// Find returns the questionnaire named by idOrPath. A path (an existing file, or a name ending
// in .yaml or .yml) is loaded from disk; otherwise it is the id of a built-in, taken in lang when
// there is such a translation: the exact tag first, then its base language, then English, then
// any.
func Find(idOrPath, lang string) (*Questionnaire, error) {
	if isPath(idOrPath) {
		return Load(idOrPath)
	}
	all, err := Builtins()
	if err != nil {
		return nil, err
	}
	return pick(all, idOrPath, lang)
}

// isPath reports whether s names a questionnaire file rather than a built-in id.
func isPath(s string) bool {
	switch strings.ToLower(path.Ext(s)) {
	case ".yaml", ".yml":
		return true
	}
	fi, err := os.Stat(s)
	return err == nil && fi.Mode().IsRegular()
}

// pick chooses among the questionnaires with the id the one whose language best matches lang.
func pick(all []*Questionnaire, id, lang string) (*Questionnaire, error) {
	var same []*Questionnaire
	for _, qn := range all {
		if qn.ID == id {
			same = append(same, qn)
		}
	}
	if len(same) == 0 {
		return nil, fmt.Errorf("no built-in questionnaire %q and no file by that name (built-in: %s; or give the path of a .yaml file)",
			id, strings.Join(builtinIDs(all), ", "))
	}
	base := baseLanguage(lang)
	matches := []func(*Questionnaire) bool{
		func(qn *Questionnaire) bool { return strings.EqualFold(qn.Language, lang) },
		func(qn *Questionnaire) bool { return strings.EqualFold(qn.Language, base) },
		func(qn *Questionnaire) bool { return baseLanguage(qn.Language) == base },
		func(qn *Questionnaire) bool { return strings.EqualFold(qn.Language, "en") },
	}
	for _, match := range matches {
		if i := slices.IndexFunc(same, match); i >= 0 {
			return same[i], nil
		}
	}
	return same[0], nil
}

// builtinIDs lists the distinct ids of the questionnaires, in order.
func builtinIDs(all []*Questionnaire) []string {
	var ids []string
	for _, qn := range all {
		if !slices.Contains(ids, qn.ID) {
			ids = append(ids, qn.ID)
		}
	}
	if len(ids) == 0 {
		return []string{"none"}
	}
	return ids
}
