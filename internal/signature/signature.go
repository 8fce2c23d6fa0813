// Package signature signs files with an SSH key and checks such signatures, in the format of
// OpenSSH's `ssh-keygen -Y sign` (an armored SSHSIG blob), so that either tool checks what the
// other signed. Signatures are made in the namespace "vendorcheck"; a signature made for another
// purpose (git commits, say) is refused. Keys come from files only: no agent, no network.
package signature

import (
	"bytes"
	"crypto/x509"
	"errors"
	"fmt"
	"io"

	"github.com/hiddeco/sshsig"
	"golang.org/x/crypto/ssh"
)

// Namespace is the SSH signature namespace of vendorcheck's signatures: `ssh-keygen -Y verify
// -n vendorcheck` checks them.
const Namespace = "vendorcheck"

// hash is the hash signed over, OpenSSH's default.
const hash = sshsig.HashSHA512

// ErrWrongPassphrase is returned by LoadKey when the passphrase does not open the key.
var ErrWrongPassphrase = errors.New("wrong passphrase")

// LoadKey reads an OpenSSH (or PEM) private key. When the key is protected by a passphrase,
// passphrase is called once to ask for it; a nil passphrase refuses such a key.
func LoadKey(data []byte, passphrase func() ([]byte, error)) (ssh.Signer, error) {
	signer, err := ssh.ParsePrivateKey(data)
	var missing *ssh.PassphraseMissingError
	switch {
	case err == nil:
		return signer, nil
	case errors.As(err, &missing):
		if passphrase == nil {
			return nil, errors.New("the key is protected by a passphrase, and there is no terminal to ask for it")
		}
	case isPublicKey(data):
		return nil, errors.New("this is a public key; give the private key (the file without .pub)")
	default:
		return nil, fmt.Errorf("not a private key: %w", err)
	}
	pass, err := passphrase()
	if err != nil {
		return nil, fmt.Errorf("read the passphrase: %w", err)
	}
	signer, err = ssh.ParsePrivateKeyWithPassphrase(data, pass)
	clear(pass)
	if errors.Is(err, x509.IncorrectPasswordError) {
		return nil, ErrWrongPassphrase
	}
	if err != nil {
		return nil, fmt.Errorf("open the key: %w", err)
	}
	return signer, nil
}

// isPublicKey reports whether data is an SSH public key (a .pub file or an authorized_keys line).
func isPublicKey(data []byte) bool {
	_, _, _, _, err := ssh.ParseAuthorizedKey(bytes.TrimSpace(data))
	return err == nil
}

// Sign signs the bytes of message with signer and returns the armored signature, as
// `ssh-keygen -Y sign -n vendorcheck` writes it to FILE.sig.
func Sign(message io.Reader, signer ssh.Signer) ([]byte, error) {
	sig, err := sshsig.Sign(message, signer, hash, Namespace)
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	return sshsig.Armor(sig), nil
}

// Fingerprint names a public key the way ssh-keygen -l does: its type and SHA-256 fingerprint.
func Fingerprint(key ssh.PublicKey) string {
	return keyName(key.Type()) + " key " + ssh.FingerprintSHA256(key)
}

// keyName is the short name of a key type: ED25519, ECDSA, RSA.
func keyName(t string) string {
	switch t {
	case ssh.KeyAlgoED25519:
		return "ED25519"
	case ssh.KeyAlgoRSA:
		return "RSA"
	case ssh.KeyAlgoECDSA256, ssh.KeyAlgoECDSA384, ssh.KeyAlgoECDSA521:
		return "ECDSA"
	case ssh.KeyAlgoSKED25519:
		return "ED25519-SK"
	case ssh.KeyAlgoSKECDSA256:
		return "ECDSA-SK"
	}
	return t
}
