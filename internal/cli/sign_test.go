package cli

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/pem"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/crypto/ssh"
)

// writeKey writes an Ed25519 private key (protected when passphrase is not empty) and its .pub
// to dir and returns the private key's path and the public key's line.
func writeKey(t *testing.T, dir, passphrase string) (string, string) {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	var block *pem.Block
	if passphrase == "" {
		block, err = ssh.MarshalPrivateKey(priv, "alice@example.org")
	} else {
		block, err = ssh.MarshalPrivateKeyWithPassphrase(priv, "alice@example.org", []byte(passphrase))
	}
	if err != nil {
		t.Fatal(err)
	}
	sshPub, err := ssh.NewPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	line := strings.TrimSpace(string(ssh.MarshalAuthorizedKey(sshPub)))
	key := filepath.Join(dir, "id_ed25519")
	if err := os.WriteFile(key, pem.EncodeToMemory(block), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(key+".pub", []byte(line+" alice@example.org\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return key, line
}

// signCLI runs the program and returns its exit code, stdout and stderr.
func signCLI(args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := Main(context.Background(), args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

// TestSignVerify signs a file, verifies it, and fails after one byte changes.
func TestSignVerify(t *testing.T) {
	dir := t.TempDir()
	key, pub := writeKey(t, dir, "")
	file := filepath.Join(dir, "lark.report.md")
	if err := os.WriteFile(file, []byte("# Lark\n\nRating: Medium risk\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	signers := filepath.Join(dir, "allowed_signers")
	if err := os.WriteFile(signers, []byte("alice@example.org "+pub+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}

	code, out, errOut := signCLI("sign", file, "--key", key)
	if code != exitOK {
		t.Fatalf("sign: exit %d: %s", code, errOut)
	}
	for _, want := range []string{"Signed " + file, "Signature: " + file + ".sig", "alice@example.org " + pub} {
		if !strings.Contains(out, want) {
			t.Errorf("sign output lacks %q:\n%s", want, out)
		}
	}
	if code, _, errOut := signCLI("sign", file, "--key", key); code != exitFailed || !strings.Contains(errOut, "--force") {
		t.Errorf("signing again without --force: exit %d, %s", code, errOut)
	}

	code, out, errOut = signCLI("verify", file, "--signers", signers)
	if code != exitOK || !strings.Contains(out, "good signature by alice@example.org") {
		t.Fatalf("verify: exit %d\n%s%s", code, out, errOut)
	}

	data, _ := os.ReadFile(file)
	data[3] ^= 0x20 // "Lark" -> "LaRk"
	if err := os.WriteFile(file, data, 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut = signCLI("verify", file, "--signers", signers)
	if code != exitFailed || out != "" || !strings.Contains(errOut, "BAD") || !strings.Contains(errOut, "changed") {
		t.Errorf("verify of a changed file: exit %d\nstdout %q\nstderr %q", code, out, errOut)
	}
}

// TestSignPassphrase asks for the passphrase of a protected key, and refuses a wrong one.
func TestSignPassphrase(t *testing.T) {
	dir := t.TempDir()
	key, _ := writeKey(t, dir, "s3cret")
	file := filepath.Join(dir, "r.md")
	if err := os.WriteFile(file, []byte("r\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	saved := passphraseReader
	t.Cleanup(func() { passphraseReader = saved })
	var prompts []string
	typed := "guess"
	passphraseReader = func(_ *streams, prompt string) func() ([]byte, error) {
		return func() ([]byte, error) { prompts = append(prompts, prompt); return []byte(typed), nil }
	}
	if code, _, errOut := signCLI("sign", file, "--key", key); code != exitFailed || !strings.Contains(errOut, "wrong passphrase") {
		t.Errorf("wrong passphrase: exit %d, %s", code, errOut)
	}
	typed = "s3cret"
	if code, _, errOut := signCLI("sign", file, "--key", key); code != exitOK {
		t.Errorf("right passphrase: exit %d, %s", code, errOut)
	}
	if len(prompts) != 2 || !strings.Contains(prompts[0], key) {
		t.Errorf("prompts %q, want two naming the key", prompts)
	}
	passphraseReader = func(*streams, string) func() ([]byte, error) { return nil }
	if code, _, errOut := signCLI("sign", file, "--key", key, "--force"); code != exitFailed || !strings.Contains(errOut, "no terminal") {
		t.Errorf("no terminal: exit %d, %s", code, errOut)
	}
}

// TestSignVerifyUsage checks the messages of wrong usage and missing files.
func TestSignVerifyUsage(t *testing.T) {
	dir := t.TempDir()
	key, _ := writeKey(t, dir, "")
	file := filepath.Join(dir, "r.md")
	if err := os.WriteFile(file, []byte("r\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		code int
		says string
	}{
		{"sign without key", []string{"sign", file}, exitUsage, "needs --key"},
		{"sign two files", []string{"sign", file, file, "--key", key}, exitUsage, "one file to sign"},
		{"sign with the public key", []string{"sign", file, "--key", key + ".pub"}, exitFailed, "give the private key"},
		{"sign a missing file", []string{"sign", filepath.Join(dir, "nope"), "--key", key}, exitFailed, "nope"},
		{"verify without signers", []string{"verify", file}, exitUsage, "needs --signers"},
		{"verify without signature", []string{"verify", file, "--signers", key + ".pub"}, exitFailed, "r.md.sig"},
		{"verify with a bad signers file", []string{"verify", file, "--signers", file}, exitFailed, "r.md:1: no key"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := signCLI(tt.args...)
			if code != tt.code || !strings.Contains(errOut, tt.says) {
				t.Errorf("exit %d (want %d), stderr %q does not say %q", code, tt.code, errOut, tt.says)
			}
		})
	}
}

// TestSignerName takes the signer's name from the .pub comment, when it has a usable one.
func TestSignerName(t *testing.T) {
	dir := t.TempDir()
	key, _ := writeKey(t, dir, "")
	if got := signerName(key); got != "alice@example.org" {
		t.Errorf("with .pub: %q", got)
	}
	if err := os.Remove(key + ".pub"); err != nil && !errors.Is(err, os.ErrNotExist) {
		t.Fatal(err)
	}
	if got := signerName(key); got != "you@example.org" {
		t.Errorf("without .pub: %q", got)
	}
}
