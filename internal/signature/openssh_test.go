package signature

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// sshKeygen returns the path of ssh-keygen, or skips the test where OpenSSH is not installed.
func sshKeygen(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("ssh-keygen")
	if err != nil {
		t.Skip("ssh-keygen not found: install openssh-client to check signatures against OpenSSH")
	}
	return path
}

// keygen makes a key pair of the type with ssh-keygen in dir and returns the private key's path.
func keygen(t *testing.T, bin, dir, typ, passphrase string) string {
	t.Helper()
	key := filepath.Join(dir, "id_"+typ)
	args := []string{"-q", "-t", typ, "-a", "2", "-N", passphrase, "-C", "alice@example.org", "-f", key}
	if typ == "rsa" {
		args = append(args, "-b", "2048") // the smallest OpenSSH accepts, to keep the test quick
	}
	if out, err := exec.Command(bin, args...).CombinedOutput(); err != nil {
		t.Fatalf("ssh-keygen %v: %v\n%s", args, err, out)
	}
	return key
}

// TestOpenSSHInterop signs in Go and verifies with ssh-keygen -Y verify, and the reverse, for
// each key type; one changed byte fails both.
func TestOpenSSHInterop(t *testing.T) {
	bin := sshKeygen(t)
	message := []byte("# Report\n\nVendor: Lark\nRating: Medium risk\n")
	changed := bytes.Clone(message)
	changed[len(changed)-2] ^= 1
	for _, typ := range []string{"ed25519", "ecdsa", "rsa"} {
		t.Run(typ, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			key := keygen(t, bin, dir, typ, "")
			pub := readFile(t, key+".pub")
			signersPath := filepath.Join(dir, "allowed_signers")
			writeFile(t, signersPath, append([]byte("alice@example.org "), pub...))
			signers, err := ParseSigners("allowed_signers", readFile(t, signersPath))
			if err != nil {
				t.Fatal(err)
			}

			// Go signs; OpenSSH verifies the message, and refuses the changed one.
			signer, err := LoadKey(readFile(t, key), nil)
			if err != nil {
				t.Fatal(err)
			}
			sig, err := Sign(bytes.NewReader(message), signer)
			if err != nil {
				t.Fatal(err)
			}
			sigPath := filepath.Join(dir, "go.sig")
			writeFile(t, sigPath, sig)
			if out, err := opensshVerify(bin, signersPath, sigPath, message); err != nil {
				t.Errorf("ssh-keygen refuses Go's signature: %v\n%s", err, out)
			}
			if out, err := opensshVerify(bin, signersPath, sigPath, changed); err == nil {
				t.Errorf("ssh-keygen accepts Go's signature of a changed message:\n%s", out)
			}

			// OpenSSH signs; Go verifies the message, and refuses the changed one.
			msgPath := filepath.Join(dir, "message")
			writeFile(t, msgPath, message)
			if out, err := exec.Command(bin, "-Y", "sign", "-f", key, "-n", Namespace, msgPath).CombinedOutput(); err != nil {
				t.Fatalf("ssh-keygen -Y sign: %v\n%s", err, out)
			}
			osig := readFile(t, msgPath+".sig")
			v, err := Verify(bytes.NewReader(message), osig, signers, time.Now())
			if err != nil {
				t.Fatalf("Go refuses OpenSSH's signature: %v", err)
			}
			if got := strings.Join(v.Signer.Principals, ","); got != "alice@example.org" {
				t.Errorf("signed by %q, want alice@example.org", got)
			}
			if _, err := Verify(bytes.NewReader(changed), osig, signers, time.Now()); !errors.Is(err, ErrChanged) {
				t.Errorf("Go on a changed message: %v, want ErrChanged", err)
			}
		})
	}
}

// TestOpenSSHOtherNamespace refuses a signature OpenSSH made for another purpose.
func TestOpenSSHOtherNamespace(t *testing.T) {
	bin := sshKeygen(t)
	dir := t.TempDir()
	key := keygen(t, bin, dir, "ed25519", "")
	signers, err := ParseSigners("pub", readFile(t, key+".pub"))
	if err != nil {
		t.Fatal(err)
	}
	msgPath := filepath.Join(dir, "message")
	writeFile(t, msgPath, []byte("hello\n"))
	if out, err := exec.Command(bin, "-Y", "sign", "-f", key, "-n", "file", msgPath).CombinedOutput(); err != nil {
		t.Fatalf("ssh-keygen -Y sign: %v\n%s", err, out)
	}
	_, err = Verify(strings.NewReader("hello\n"), readFile(t, msgPath+".sig"), signers, time.Now())
	if err == nil || !strings.Contains(err.Error(), `made for "file"`) {
		t.Errorf("a signature for namespace file: %v, want it refused", err)
	}
}

// TestOpenSSHPassphrase opens a key OpenSSH protected with a passphrase.
func TestOpenSSHPassphrase(t *testing.T) {
	bin := sshKeygen(t)
	key := readFile(t, keygen(t, bin, t.TempDir(), "ed25519", "correct horse"))
	if _, err := LoadKey(key, nil); err == nil || !strings.Contains(err.Error(), "passphrase") {
		t.Errorf("no way to ask: %v, want a passphrase error", err)
	}
	if _, err := LoadKey(key, func() ([]byte, error) { return []byte("wrong"), nil }); !errors.Is(err, ErrWrongPassphrase) {
		t.Errorf("wrong passphrase: %v, want ErrWrongPassphrase", err)
	}
	if _, err := LoadKey(key, func() ([]byte, error) { return []byte("correct horse"), nil }); err != nil {
		t.Errorf("right passphrase: %v", err)
	}
}

// opensshVerify runs ssh-keygen -Y verify on message as alice@example.org.
func opensshVerify(bin, signers, sig string, message []byte) ([]byte, error) {
	cmd := exec.Command(bin, "-Y", "verify", "-n", Namespace, "-f", signers, "-I", "alice@example.org", "-s", sig)
	cmd.Stdin = bytes.NewReader(message)
	return cmd.CombinedOutput()
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
}
