package signature

import (
	"bytes"
	"crypto/ed25519"
	"encoding/pem"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/ssh"
)

// newKey makes an Ed25519 key pair: its signer and its authorized_keys line.
func newKey(t *testing.T) (ssh.Signer, string) {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	signer, err := ssh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return signer, strings.TrimSpace(string(ssh.MarshalAuthorizedKey(signer.PublicKey())))
}

func mustSigners(t *testing.T, text string) []Signer {
	t.Helper()
	s, err := ParseSigners("signers", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestVerify checks who signed and every way a signature is refused.
func TestVerify(t *testing.T) {
	alice, alicePub := newKey(t)
	_, bobPub := newKey(t)
	message := "the report\n"
	sig, err := Sign(strings.NewReader(message), alice)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 12, 2, 8, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		signers string
		message string
		sig     []byte
		who     string // the principals of the signer, when good
		err     error  // the kind of failure, when not good
		mention string // what the failure says
	}{
		{name: "good", signers: "bob@x " + bobPub + "\nalice@x,a@y " + alicePub, message: message, sig: sig, who: "alice@x,a@y"},
		{name: "pub file", signers: alicePub + " alice@laptop", message: message, sig: sig, who: "alice@laptop"},
		{name: "namespace allowed", signers: `alice@x namespaces="git,vendor*" ` + alicePub, message: message, sig: sig, who: "alice@x"},
		{name: "valid now", signers: `alice@x valid-after=20260101,valid-before="20270101Z" ` + alicePub, message: message, sig: sig, who: "alice@x"},
		{name: "one byte changed", signers: "alice@x " + alicePub, message: "the report!", sig: sig, err: ErrChanged},
		{name: "byte added", signers: "alice@x " + alicePub, message: message + "\n", sig: sig, err: ErrChanged},
		{name: "unknown key", signers: "bob@x " + bobPub, message: message, sig: sig, err: ErrUnknownSigner, mention: "not in the list"},
		{name: "namespace excluded", signers: `alice@x namespaces="git,!vendorcheck,*" ` + alicePub, message: message, sig: sig, err: ErrUnknownSigner, mention: "allows only namespaces"},
		{name: "not yet valid", signers: "alice@x valid-after=20270101 " + alicePub, message: message, sig: sig, err: ErrUnknownSigner, mention: "only after"},
		{name: "expired", signers: "alice@x valid-before=202612010000Z " + alicePub, message: message, sig: sig, err: ErrUnknownSigner, mention: "only before"},
		{name: "certificate authority", signers: "*@x cert-authority " + alicePub, message: message, sig: sig, err: ErrUnknownSigner},
		{name: "not a signature", signers: "alice@x " + alicePub, message: message, sig: []byte("hello"), mention: "not an SSH signature"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := Verify(strings.NewReader(tt.message), tt.sig, mustSigners(t, tt.signers), now)
			if tt.who != "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				if got := strings.Join(v.Signer.Principals, ","); got != tt.who {
					t.Errorf("signed by %q, want %q", got, tt.who)
				}
				return
			}
			if err == nil {
				t.Fatal("accepted")
			}
			if tt.err != nil && !errors.Is(err, tt.err) {
				t.Errorf("error %v, want %v", err, tt.err)
			}
			if !strings.Contains(err.Error(), tt.mention) {
				t.Errorf("error %q does not say %q", err, tt.mention)
			}
		})
	}
}

// TestSignatureChanged refuses a signature with one byte of its body changed.
func TestSignatureChanged(t *testing.T) {
	alice, pub := newKey(t)
	sig, err := Sign(strings.NewReader("x"), alice)
	if err != nil {
		t.Fatal(err)
	}
	block, _ := pem.Decode(sig)
	block.Bytes[len(block.Bytes)-1] ^= 1
	_, err = Verify(strings.NewReader("x"), pem.EncodeToMemory(block), mustSigners(t, "a@x "+pub), time.Now())
	if !errors.Is(err, ErrChanged) {
		t.Errorf("altered signature: %v, want ErrChanged", err)
	}
}

// TestVerifyReadError reports a message that cannot be read as such, not as a change.
func TestVerifyReadError(t *testing.T) {
	alice, pub := newKey(t)
	sig, err := Sign(strings.NewReader("x"), alice)
	if err != nil {
		t.Fatal(err)
	}
	broken := errors.New("disk on fire")
	_, err = Verify(failingReader{broken}, sig, mustSigners(t, "a@x "+pub), time.Now())
	if !errors.Is(err, broken) || errors.Is(err, ErrChanged) {
		t.Errorf("unreadable message: %v", err)
	}
}

type failingReader struct{ err error }

func (f failingReader) Read([]byte) (int, error) { return 0, f.err }

// TestLoadKeyPassphrase asks for the passphrase only for a protected key, and once.
func TestLoadKeyPassphrase(t *testing.T) {
	_, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := ssh.MarshalPrivateKey(priv, "alice")
	if err != nil {
		t.Fatal(err)
	}
	locked, err := ssh.MarshalPrivateKeyWithPassphrase(priv, "alice", []byte("s3cret"))
	if err != nil {
		t.Fatal(err)
	}
	asked := 0
	ask := func(pass string) func() ([]byte, error) {
		return func() ([]byte, error) { asked++; return []byte(pass), nil }
	}
	if _, err := LoadKey(pem.EncodeToMemory(plain), ask("unused")); err != nil || asked != 0 {
		t.Errorf("plain key: %v, asked %d times", err, asked)
	}
	if _, err := LoadKey(pem.EncodeToMemory(locked), ask("s3cret")); err != nil || asked != 1 {
		t.Errorf("locked key: %v, asked %d times", err, asked)
	}
	if _, err := LoadKey(pem.EncodeToMemory(locked), ask("guess")); !errors.Is(err, ErrWrongPassphrase) {
		t.Errorf("wrong passphrase: %v", err)
	}
	failed := errors.New("no tty")
	if _, err := LoadKey(pem.EncodeToMemory(locked), func() ([]byte, error) { return nil, failed }); !errors.Is(err, failed) {
		t.Errorf("failing prompt: %v", err)
	}
	_, pub := newKey(t)
	if _, err := LoadKey([]byte(pub), nil); err == nil || !strings.Contains(err.Error(), "public key") {
		t.Errorf("a public key: %v, want it named", err)
	}
	if _, err := LoadKey([]byte("hello"), nil); err == nil {
		t.Error("junk accepted as a key")
	}
}

// TestParseSigners reads the allowed-signers format and names the line of each problem.
func TestParseSigners(t *testing.T) {
	_, pub := newKey(t)
	tests := []struct {
		name, text string
		principals string // of the first signer
		line       int
		problem    string
	}{
		{"plain", "alice@x " + pub, "alice@x", 1, ""},
		{"comments and blanks", "# people\n\n  alice@x,bob@y " + pub + " laptop\n", "alice@x,bob@y", 3, ""},
		{"quoted principals", `"alice@x,*@y" namespaces="vendorcheck" ` + pub, "alice@x,*@y", 1, ""},
		{"crlf", "alice@x " + pub + "\r\n", "alice@x", 1, ""},
		{"pub line without comment", pub, "", 1, ""},
		{"empty", "# nobody\n", "", 0, "no signers"},
		{"principals only", "\nalice@x", "", 0, "signers:2: no key"},
		{"bad key", "alice@x ssh-ed25519 AAAAnope", "", 0, "signers:1:"},
		{"unknown option", "alice@x no-touch-required " + pub, "", 0, `unknown option "no-touch-required"`},
		{"bad time", "alice@x valid-after=2026-01-01 " + pub, "", 0, "is not a time"},
		{"option without value", "alice@x namespaces " + pub, "", 0, "needs a value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := ParseSigners("signers", []byte(tt.text))
			if tt.problem != "" {
				if err == nil || !strings.Contains(err.Error(), tt.problem) {
					t.Errorf("error %v, want %q", err, tt.problem)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(s[0].Principals, ","); got != tt.principals || s[0].Line != tt.line {
				t.Errorf("got %q at line %d, want %q at line %d", got, s[0].Line, tt.principals, tt.line)
			}
		})
	}
}

// TestMatchList follows ssh_config's pattern-lists.
func TestMatchList(t *testing.T) {
	tests := []struct {
		list string
		want bool
	}{
		{"vendorcheck", true},
		{"file,vendorcheck", true},
		{"file", false},
		{"vendor*", true},
		{"vendorcheck?", false},
		{"?endorchec?", true},
		{"*", true},
		{"*,!vendor*", false},
		{"!file", false}, // a negation alone matches nothing
		{"", false},
	}
	for _, tt := range tests {
		if got := matchList("vendorcheck", tt.list); got != tt.want {
			t.Errorf("matchList(vendorcheck, %q) = %v, want %v", tt.list, got, tt.want)
		}
	}
}

// TestFingerprint names the key as ssh-keygen -l does.
func TestFingerprint(t *testing.T) {
	signer, _ := newKey(t)
	got := Fingerprint(signer.PublicKey())
	want := fmt.Sprintf("ED25519 key %s", ssh.FingerprintSHA256(signer.PublicKey()))
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// FuzzParseSigners never panics on any signers file, and names a line in every problem.
func FuzzParseSigners(f *testing.F) {
	_, pub := newKey(&testing.T{})
	f.Add([]byte("alice@x " + pub))
	f.Add([]byte(`"a b",c namespaces="x,y" valid-after=20260101Z ` + pub + " c"))
	f.Fuzz(func(t *testing.T, data []byte) {
		signers, err := ParseSigners("s", data)
		if err == nil && len(signers) == 0 {
			t.Fatal("no error and no signers")
		}
		for _, s := range signers {
			if s.Key == nil || s.Line < 1 {
				t.Fatalf("signer without key or line: %+v", s)
			}
		}
	})
}

// FuzzVerify never panics on any signature file and never accepts a forged one.
func FuzzVerify(f *testing.F) {
	alice, pub := newKey(&testing.T{})
	sig, _ := Sign(strings.NewReader("m"), alice)
	signers, _ := ParseSigners("s", []byte("a@x "+pub))
	f.Add(sig)
	f.Add([]byte("-----BEGIN SSH SIGNATURE-----\nU1NIU0lH\n-----END SSH SIGNATURE-----\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, err := Verify(strings.NewReader("m"), data, signers, time.Now()); err == nil && !bytes.Equal(bytes.TrimSpace(data), bytes.TrimSpace(sig)) {
			// Another armoring of the same signature may verify; a different signature must not.
			block, _ := pem.Decode(data)
			orig, _ := pem.Decode(sig)
			if block == nil || !bytes.Equal(block.Bytes, orig.Bytes) {
				t.Fatalf("accepted a signature that is not alice's: %q", data)
			}
		}
	})
}
