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

// builtinFile is one embedded questionnaire file, parsed the first time it is needed: a command
// that uses one questionnaire does not pay for parsing the others.
type builtinFile struct {
	name     string // <id>.<language>.yaml
	id, lang string // from the name
	once     sync.Once
	qn       *Questionnaire
	err      error
}

// builtinFiles lists the embedded questionnaire files.
var builtinFiles = sync.OnceValues(func() ([]*builtinFile, error) {
	return listBuiltins(questionnaires.FS)
})

// listBuiltins lists the <id>.<language>.yaml files at the root of fsys, sorted by name.
func listBuiltins(fsys fs.FS) ([]*builtinFile, error) {
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return nil, fmt.Errorf("list built-in questionnaires: %w", err)
	}
	files := make([]*builtinFile, 0, len(names))
	for _, name := range names {
		id, lang, _ := strings.Cut(strings.TrimSuffix(name, ".yaml"), ".")
		files = append(files, &builtinFile{name: name, id: id, lang: lang})
	}
	return files, nil
}

// load parses the file once, checking that its name matches its id and language.
func (b *builtinFile) load(fsys fs.FS) (*Questionnaire, error) {
	b.once.Do(func() {
		data, err := fs.ReadFile(fsys, b.name)
		if err != nil {
			b.err = fmt.Errorf("read built-in questionnaire %s: %w", b.name, err)
			return
		}
		var qn *Questionnaire
		if root := cachedRoot(b.name, data); root != nil {
			qn, err = decodeRoot("builtin:"+b.name, root)
		} else {
			qn, err = Parse("builtin:"+b.name, data)
		}
		if err != nil {
			b.err = err
			return
		}
		if want := qn.ID + "." + qn.Language + ".yaml"; b.name != want {
			b.err = fmt.Errorf("built-in questionnaire %s: file name should be %s (<id>.<language>.yaml)", b.name, want)
			return
		}
		b.qn = qn
	})
	return b.qn, b.err
}

// Builtins returns the questionnaires embedded in the binary, sorted by id then language. They
// are parsed once; each one's Source is "builtin:<file name>". Callers must not modify them.
func Builtins() ([]*Questionnaire, error) {
	files, err := builtinFiles()
	if err != nil {
		return nil, err
	}
	return loadAll(questionnaires.FS, files)
}

// loadAll parses every file, reporting every one that fails.
func loadAll(fsys fs.FS, files []*builtinFile) ([]*Questionnaire, error) {
	var list []*Questionnaire
	var errs []error
	for _, b := range files {
		qn, err := b.load(fsys)
		if err != nil {
			errs = append(errs, err)
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
// any. Only the chosen built-in is parsed.
func Find(idOrPath, lang string) (*Questionnaire, error) {
	if isPath(idOrPath) {
		return Load(idOrPath)
	}
	files, err := builtinFiles()
	if err != nil {
		return nil, err
	}
	b, err := pickFile(files, idOrPath, lang)
	if err != nil {
		return nil, err
	}
	return b.load(questionnaires.FS)
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

// pickFile chooses among the files with the id the one whose language best matches lang.
func pickFile(files []*builtinFile, id, lang string) (*builtinFile, error) {
	var same []*builtinFile
	for _, b := range files {
		if b.id == id {
			same = append(same, b)
		}
	}
	if len(same) == 0 {
		return nil, fmt.Errorf("no built-in questionnaire %q and no file by that name (built-in: %s; or give the path of a .yaml file)",
			id, strings.Join(builtinIDs(files), ", "))
	}
	base := baseLanguage(lang)
	matches := []func(*builtinFile) bool{
		func(b *builtinFile) bool { return strings.EqualFold(b.lang, lang) },
		func(b *builtinFile) bool { return strings.EqualFold(b.lang, base) },
		func(b *builtinFile) bool { return baseLanguage(b.lang) == base },
		func(b *builtinFile) bool { return strings.EqualFold(b.lang, "en") },
	}
	for _, match := range matches {
		if i := slices.IndexFunc(same, match); i >= 0 {
			return same[i], nil
		}
	}
	return same[0], nil
}

// builtinIDs lists the distinct ids of the files, in order.
func builtinIDs(files []*builtinFile) []string {
	var ids []string
	for _, b := range files {
		if !slices.Contains(ids, b.id) {
			ids = append(ids, b.id)
		}
	}
	if len(ids) == 0 {
		return []string{"none"}
	}
	return ids
}
