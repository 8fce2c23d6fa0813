package report

import (
	"os"
	"path/filepath"
	"testing"
)

// TestNumbers checks how scores, weights and shares are written.
func TestNumbers(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"score whole", score1(100), "100.0"},
		{"score rounds half up", score1(42.25), "42.3"},
		{"score rounds down", score1(66.66666), "66.7"},
		{"score tiny negative", score1(-0.01), "0.0"},
		{"num whole", num(3), "3"},
		{"num half", num(0.5), "0.5"},
		{"num thirds", num(2.0 / 3), "0.67"},
		{"num float noise", num(0.1 + 0.2), "0.3"},
		{"percent", percent(0.93333), "93.3%"},
		{"percent all", percent(1), "100.0%"},
		{"counted one", messagesEn.count(messagesEn.extraCount, 1), "1 answer"},
		{"counted none", messagesEn.count(messagesEn.extraCount, 0), "0 answers"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, tt.got, tt.want)
		}
	}
}

// TestLinkOrText checks that only plain web addresses become links.
func TestLinkOrText(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"https://www.gpdp.gov.mo/", "<https://www.gpdp.gov.mo/>"},
		{"http://example.org/a?b=c#d", "<http://example.org/a?b=c#d>"},
		{"https://example.org/a b", "https\\://example.org/a b"},
		{"https://example.org/<script>", "https\\://example.org/\\<script>"},
		{"javascript:alert(1)", "javascript:alert(1)"},
		{"ftp://example.org/", "ftp\\://example.org/"},
		{"https://", "https\\://"},
	}
	for _, tt := range tests {
		if got := linkOrText(tt.in); got != tt.want {
			t.Errorf("linkOrText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestEvidenceFile checks which evidence entries are read as files, and their SHA-256.
func TestEvidenceFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "annex.txt"), []byte("abc"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "folder"), 0o700); err != nil {
		t.Fatal(err)
	}
	const abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" // SHA-256 of "abc"
	tests := []struct {
		name, entry, digest string
		isFile              bool
	}{
		{"relative file", "annex.txt", abc, true},
		{"absolute file", filepath.Join(dir, "annex.txt"), abc, true},
		{"spaces around", "  annex.txt ", abc, true},
		{"free text", "Vendor sales call, 2026-11-20", "", false},
		{"missing file", "missing.pdf", "", false},
		{"folder", "folder", "", false},
		{"device", "/dev/null", "", false},
		{"empty", "", "", false},
		{"line break", "annex.txt\nmore", "", false},
	}
	for _, tt := range tests {
		e := evidenceFile(dir, nil, tt.entry)
		if e.err != nil || e.digest != tt.digest || e.isFile != tt.isFile {
			t.Errorf("%s: evidenceFile(%q) = %+v; want %q, %v, nil", tt.name, tt.entry, e, tt.digest, tt.isFile)
		}
	}
	if got, want := messagesEn.evidenceItem(Options{EvidenceDir: dir}, "annex.txt", "annex.txt"), "annex.txt (file SHA-256: "+abc+")"; got != want {
		t.Errorf("evidenceItem = %q, want %q", got, want)
	}
	if got, want := messagesEn.evidenceItem(Options{EvidenceDir: dir}, "see https://x.example", Text("see https://x.example")), "see https\\://x.example"; got != want {
		t.Errorf("evidenceItem = %q, want %q", got, want)
	}
}
