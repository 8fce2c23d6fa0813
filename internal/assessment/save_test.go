package assessment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSave(t *testing.T) {
	t.Parallel()
	qn := mustLoadMinimal(t)
	tests := []struct {
		name     string
		existing os.FileMode // 0: no file at the path yet
	}{
		{"new file", 0},
		{"replaces a world-readable file", 0o644},
		{"replaces a read-only file", 0o444},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			path := filepath.Join(dir, "v.answers.yaml")
			if tt.existing != 0 {
				if err := os.WriteFile(path, []byte("old content"), tt.existing); err != nil {
					t.Fatal(err)
				}
			}
			f := awkwardFile(t)
			if err := Save(path, f, qn); err != nil {
				t.Fatal(err)
			}
			info, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			if info.Mode().Perm() != 0o600 {
				t.Errorf("mode %v, want 0600", info.Mode().Perm())
			}
			data, _ := os.ReadFile(path)
			want, _ := Marshal(f, qn)
			if string(data) != string(want) {
				t.Errorf("saved bytes differ from Marshal:\n%s", data)
			}
			again, err := Load(path)
			if err != nil {
				t.Fatal(err)
			}
			assertSame(t, f, again)
			if entries, _ := os.ReadDir(dir); len(entries) != 1 {
				t.Errorf("temporary files left beside the answers: %v", entries)
			}
		})
	}
}

func TestSaveFailures(t *testing.T) {
	t.Parallel()
	qn := mustLoadMinimal(t)
	dir := t.TempDir()

	// A file Marshal refuses leaves the saved one as it was.
	path := filepath.Join(dir, "v.answers.yaml")
	if err := Save(path, awkwardFile(t), qn); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	bad := awkwardFile(t)
	bad.Answers["controls"] = &Answer{Unknown: true, NA: true}
	err := Save(path, bad, qn)
	if err == nil || !strings.HasPrefix(err.Error(), "save "+path+": write answers: answer \"controls\" has more than one answer") {
		t.Errorf("error %v", err)
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Error("a refused save changed the file")
	}

	// A folder that does not exist.
	missing := filepath.Join(dir, "no-such-folder", "v.answers.yaml")
	if err := Save(missing, awkwardFile(t), qn); err == nil || !strings.HasPrefix(err.Error(), "cannot write "+missing+": ") {
		t.Errorf("error %v", err)
	}
}
